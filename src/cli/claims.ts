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
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatClaimsTable } from './claims-table.ts';
import { readText } from './read-text.ts';
import { compareMessages } from '../pipeline/messages.ts';
import { extractClaims } from '../pipeline/claims/index.ts';
import { formatMessage } from '../pipeline/messages.ts';
import { readArticle } from '../pipeline/reading/index.ts';
import type { Claim, ContentMessage } from '../pipeline/model/index.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
let files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  const dir = 'content/articles';
  files = (await readdir(dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(dir, name));
}

const claims: Claim[] = [];
const messages: ContentMessage[] = [];
for (const file of files) {
  const text = await readText(file, messages);
  if (text === null) continue;
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
  process.stdout.write(formatClaimsTable(claims));
}
process.exitCode = messages.some((message) => message.severity === 'error') ? 1 : 0;
