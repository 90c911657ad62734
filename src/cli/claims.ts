/**
 * `npm run claims -- [--json] [FILE...]`: print the dated claims of articles.
 *
 * With `--json`, stdout holds only a JSON array with one object per claim (the
 * contract later tools rely on); without it, a table for editors: the words,
 * the resolved interval and the rule that produced it. Files (or folders of
 * them) default to `content/articles/` and need not be inside `content/`. Problems go to
 * stderr as `file:line:column: severity: reason [rule]`; the exit code is 1
 * when any file has an error.
 */
import { readCommandLine } from './command-line.ts';

const { values, positionals } = readCommandLine({
  synopsis: 'npm run claims -- [FILE...] [options]',
  about: `Print the dated claims Dateline reads from articles: for each, the words, the interval they
resolve to, its label, and why (the rule, the tense, the date it was read against). FILE (a file or a
folder) defaults to content/articles, and need not be inside content/; articles are read as the build
reads them. Problems go to stderr, one a line,
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
const [{ formatClaimsTable }, { compareMessages, formatMessage }, { ARTICLES_DIR, analyseArticles, readArticleFiles }] =
  await Promise.all([
    import('./claims-table.ts'),
    import('../pipeline/messages.ts'),
    import('../pipeline/corpus/index.ts'),
  ]);

// Read as the build reads them (the corpus module): the same files, slugs, clashes and claims.
const { files, messages } = await readArticleFiles(positionals.length ? positionals : [ARTICLES_DIR]);
const analysed = analyseArticles(files);
messages.push(...analysed.messages);
const claims = analysed.articles.flatMap((article) => article.entry.claims);

for (const message of messages.sort(compareMessages)) process.stderr.write(`${formatMessage(message)}\n`);
if (values.json) {
  process.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
} else {
  process.stdout.write(formatClaimsTable(claims));
}
process.exitCode = messages.some((message) => message.severity === 'error') ? 1 : 0;
