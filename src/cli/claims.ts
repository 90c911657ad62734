/**
 * `npm run claims -- [--json] [FILE...]`: print the dated claims of articles.
 *
 * With `--json`, stdout holds only a JSON array with one object per claim (the
 * contract later tools rely on); without it, a table for editors: the words,
 * the resolved interval and the rule that produced it. Files default to
 * `content/articles/*.md` and need not be inside `content/`. Problems go to
 * stderr as `file:line:column: severity: reason [rule]`; the exit code is 1
 * when any file has an error.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareMessages } from '../pipeline/compare-messages.ts';
import { extractClaims } from '../pipeline/extract-claims.ts';
import { formatMessage } from '../pipeline/format-message.ts';
import { readArticle } from '../pipeline/read-article.ts';
import type { Claim, ContentMessage } from '../pipeline/types.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
let files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  const dir = 'content/articles';
  files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(dir, name));
}

const claims: Claim[] = [];
const messages: ContentMessage[] = [];
for (const file of files) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    messages.push({ file, line: 1, column: 1, rule: 'file-unreadable', severity: 'error', reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    continue;
  }
  const article = readArticle(text, path.relative(process.cwd(), file) || file);
  messages.push(...article.messages);
  if (!article.meta) continue;
  const extracted = extractClaims(article.slug, article.tree, article.bodyLine, article.meta.published, article.file);
  messages.push(...extracted.messages);
  claims.push(...extracted.claims);
}

for (const message of messages.sort(compareMessages)) process.stderr.write(`${formatMessage(message)}\n`);
if (json) {
  process.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
} else {
  printTable(claims);
}
process.exitCode = messages.some((message) => message.severity === 'error') ? 1 : 0;

/** Why a claim has its date: the rule, the tense it was read in and the day it was read against. */
function why(claim: Claim): string {
  if (claim.basis === 'report') return `reported: no date words, dated by publication ${claim.anchor}`;
  if (claim.basis === 'editor') return `editor: set by a correction in the article`;
  const counted = claim.rule === 'shift' ? `counted from ${claim.anchor}` : `read against ${claim.anchor}`;
  return `${claim.basis} ${claim.rule}, ${claim.tense ?? 'past'} tense, ${counted}`;
}

function printTable(rows: readonly Claim[]): void {
  let current = '';
  for (const claim of rows) {
    if (claim.article !== current) {
      current = claim.article;
      process.stdout.write(`\n${current}\n`);
    }
    const interval = claim.start === claim.end ? claim.start : `${claim.start}..${claim.end}`;
    const words = claim.expression === null ? '(no date words)' : `"${claim.expression}"`;
    const sentence = claim.sentence.length > 100 ? `${claim.sentence.slice(0, 99)}…` : claim.sentence;
    process.stdout.write(
      `  line ${String(claim.line).padStart(3)}  ${words.padEnd(26)} ${interval.padEnd(22)} ${claim.label.padEnd(16)} ${why(claim)}\n` +
        `            ${sentence}\n`,
    );
  }
  process.stdout.write(`\n${rows.length} claims\n`);
}
