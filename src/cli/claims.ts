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
import type { Claim, ContentMessage } from '../pipeline/model/index.ts';
import { readCommandLine } from './command-line.ts';

const { values, positionals } = readCommandLine({
  synopsis: 'npm run claims -- [FILE...] [options]',
  about: `Print the dated claims Dateline reads from articles: for each, the words, the interval they
resolve to, its label, and why (the rule, the tense, the date it was read against). FILE defaults to
every content/articles/*.md, and need not be inside content/. Problems go to stderr, one a line,
file:line:column: severity: reason [rule]; the exit code is 1 when a file has an error.`,
  options: {
    json: {
      type: 'boolean',
      default: false,
      description: 'print only a JSON array on stdout, one object per claim (see "The claims contract")',
    },
  },
  examples: [
    ['npm run claims -- content/articles/<slug>.md', 'a table of the claims of one article'],
    ['npm run claims -- --json content/articles/<slug>.md', 'the same as JSON'],
  ],
});
// The pipeline once the command line is read: `--help` and mistakes answer at once.
const [{ formatClaimsTable }, { readText }, { compareMessages, formatMessage }, { extractClaims }, { readArticle }] =
  await Promise.all([
    import('./claims-table.ts'),
    import('./read-text.ts'),
    import('../pipeline/messages.ts'),
    import('../pipeline/claims/index.ts'),
    import('../pipeline/reading/index.ts'),
  ]);
const json = values.json;
let files = positionals;
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
