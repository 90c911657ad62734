/**
 * `npm run check [-- FILE|DIR...] [--watch]`: validate articles without
 * building the site. Every article (default: `content/articles/*.md`) is read
 * as the build reads it: frontmatter against the schema (required fields, real
 * calendar days, addresses), every sentence's dates, and the editor's
 * `<!-- dateline: … -->` corrections; the ledger `content/permalinks.json`
 * and the story's settings `content/story.yaml` are checked too when the
 * default folder is. Problems print one a line as
 * `file:line:column: severity: reason (field x) [rule]`; the exit code is 1
 * when there is an error. With `--watch`, it checks again on every save.
 */
import { watch } from 'node:fs';
import module from 'node:module';
import { readCommandLine } from './command-line.ts';

const { values, positionals } = readCommandLine({
  synopsis: 'npm run check -- [FILE|DIR...] [options]',
  about: `Check articles as the build reads them, without building the site: frontmatter and schema,
real calendar days, every date, every <!-- dateline: ... --> correction, and content/permalinks.json
when the default folder is checked, through the same corpus module as the build (the same files,
.MD too, the same slugs and clashes). Each problem is one line, file:line:column: severity: reason
[rule]. Exits 1 when there is an error, 0 when there are only warnings. FILE and DIR default to
content/articles; then the story's settings, content/story.yaml, are checked too.`,
  options: { watch: { type: 'boolean', default: false, description: 'check again on every save (Ctrl+C stops)' } },
  examples: [
    ['npm run check', 'every article in content/articles, the ledger and content/story.yaml'],
    ['npm run check -- content/articles/<slug>.md', 'one article'],
    ['npm run check -- --watch', 'again on every save'],
  ],
});

// Run on every save: keep compiled code between runs (about a third of the start-up), then load the pipeline.
module.enableCompileCache?.();
const [
  { compareMessages, formatMessage },
  {
    ARTICLES_DIR,
    LEDGER_FILE,
    STORY_FILE,
    analyseArticles,
    articleName,
    fileSystemCause,
    readArticleFiles,
    readLedger,
    readStory,
  },
] = await Promise.all([import('../pipeline/messages.ts'), import('../pipeline/corpus/index.ts')]);

const targets = positionals.length ? positionals : [ARTICLES_DIR];

/** Check everything once, as the build reads it (the corpus module: files, slugs, frontmatter, claims); the exit code it calls for. */
async function check(): Promise<number> {
  const started = performance.now();
  const { files, messages } = await readArticleFiles(targets);
  const analysed = analyseArticles(files);
  messages.push(...analysed.messages);
  const claims = analysed.articles.reduce((sum, article) => sum + article.entry.claims.length, 0);
  if (positionals.length === 0)
    messages.push(...(await readLedger(LEDGER_FILE)).messages, ...(await readStory(STORY_FILE)).messages);
  messages.sort(compareMessages);
  for (const message of messages) process.stdout.write(`${formatMessage(message)}\n`);
  const errors = messages.filter((message) => message.severity === 'error').length;
  const warnings = messages.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict = messages.length ? `${count(errors, 'error')}, ${count(warnings, 'warning')}` : 'no problems';
  process.stdout.write(
    `${count(files.length, 'article')}, ${count(claims, 'claim')}: ${verdict} (${Math.round(performance.now() - started)} ms)\n`,
  );
  return errors ? 1 : 0;
}

process.exitCode = await check();
if (values.watch) {
  process.stdout.write(`watching ${targets.join(', ')}: checking again on every save (Ctrl+C stops)\n`);
  let timer: NodeJS.Timeout | undefined;
  for (const target of targets) {
    try {
      watch(target, { recursive: false }, (_event, name) => {
        if (name && articleName(String(name)) === null && articleName(target) === null) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          process.stdout.write(`\n[${new Date().toLocaleTimeString()}] ${name ?? target} changed\n`);
          void check().then((code) => (process.exitCode = code));
        }, 100);
      }).on('error', (error) => process.stderr.write(`${target}: error: cannot watch it: ${fileSystemCause(error)}\n`));
    } catch (error) {
      // Said once by the check above (file-unreadable); not a stack trace.
      process.stderr.write(`${target}: error: cannot watch it: ${fileSystemCause(error)}\n`);
    }
  }
}
