/**
 * `npm run check [-- FILE|DIR...] [--watch]`: validate articles without
 * building the site. Every article (default: `content/articles/*.md`) is read
 * as the build reads it: frontmatter against the schema (required fields, real
 * calendar days, addresses), every sentence's dates, and the editor's
 * `<!-- dateline: … -->` corrections; the ledger `content/permalinks.json` is
 * checked too when the default folder is. Problems print one a line as
 * `file:line:column: severity: reason (field x) [rule]`; the exit code is 1
 * when there is an error. With `--watch`, it checks again on every save.
 */
import { watch } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import module from 'node:module';
import path from 'node:path';
import type { ContentMessage } from '../pipeline/model/index.ts';
import { readCommandLine } from './command-line.ts';
import { readText } from './read-text.ts';

const { values, positionals } = readCommandLine({
  synopsis: 'npm run check -- [FILE|DIR...] [options]',
  about: `Check articles as the build reads them, without building the site: frontmatter and schema,
real calendar days, every date, every <!-- dateline: ... --> correction, and content/permalinks.json
when the default folder is checked. Each problem is one line, file:line:column: severity: reason
[rule]. Exits 1 when there is an error, 0 when there are only warnings. FILE and DIR default to
content/articles.`,
  options: { watch: { type: 'boolean', default: false, description: 'check again on every save (Ctrl+C stops)' } },
  examples: [
    ['npm run check', 'every article in content/articles, and the ledger'],
    ['npm run check -- content/articles/<slug>.md', 'one article'],
    ['npm run check -- --watch', 'again on every save'],
  ],
});

// Run on every save: keep compiled code between runs (about a third of the start-up), then load the pipeline.
module.enableCompileCache?.();
const [{ compareMessages }, { extractClaims }, { formatMessage }, { parseLedger }, { readArticle }] = await Promise.all(
  [
    import('../pipeline/messages.ts'),
    import('../pipeline/claims/index.ts'),
    import('../pipeline/messages.ts'),
    import('../pipeline/events/index.ts'),
    import('../pipeline/reading/index.ts'),
  ],
);

const DEFAULT_DIR = 'content/articles';
const LEDGER = 'content/permalinks.json';

const targets = positionals.length ? positionals : [DEFAULT_DIR];

/** The article files named, folders expanded to their `.md` files. */
async function articleFiles(): Promise<{ files: string[]; messages: ContentMessage[] }> {
  const files: string[] = [];
  const messages: ContentMessage[] = [];
  for (const target of targets) {
    const info = await stat(target).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      messages.push({
        file: target,
        line: 1,
        column: 1,
        rule: 'file-unreadable',
        severity: 'error',
        reason: `cannot read it (${info.code ?? 'error'})`,
      });
    } else if (info.isDirectory()) {
      files.push(
        ...(await readdir(target))
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => path.join(target, name)),
      );
    } else {
      files.push(target);
    }
  }
  return { files, messages };
}

/** Check everything once; the exit code it calls for. */
async function check(): Promise<number> {
  const started = performance.now();
  const { files, messages } = await articleFiles();
  const slugs = new Map<string, string>();
  let claims = 0;
  await Promise.all(
    files.map(async (file) => {
      const text = await readText(file, messages);
      if (text === null) return;
      const article = readArticle(text, file);
      messages.push(...article.messages);
      if (!article.meta) return;
      const extracted = extractClaims(article.slug, article.tree, article.bodyLine, article.meta.published, file);
      messages.push(...extracted.messages);
      claims += extracted.claims.length;
    }),
  );
  for (const file of [...files].sort()) {
    const slug = path.basename(file, '.md');
    const other = slugs.get(slug);
    if (other)
      messages.push({
        file,
        line: 1,
        column: 1,
        rule: 'duplicate-slug',
        severity: 'error',
        reason: `same slug \`${slug}\` as ${other}: rename one of the files`,
      });
    else slugs.set(slug, file);
  }
  if (positionals.length === 0) {
    const ledger = await readFile(LEDGER, 'utf8').catch(() => null);
    if (ledger !== null) messages.push(...parseLedger(ledger, LEDGER).messages);
  }
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
    watch(target, { recursive: false }, (_event, name) => {
      if (name && !String(name).endsWith('.md') && !target.endsWith('.md')) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        process.stdout.write(`\n[${new Date().toLocaleTimeString()}] ${name ?? target} changed\n`);
        void check().then((code) => (process.exitCode = code));
      }, 100);
    });
  }
}
