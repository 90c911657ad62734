/**
 * `npm run import -- FILE [options]`: turn a saved web page (`.html`) or a
 * text capture (`.txt`) into `content/articles/<slug>.md`.
 *
 * The frontmatter is filled from what the page says (a web page's head and
 * JSON-LD; a text capture's headline, dateline and byline), with a comment
 * saying where each value came from and marking the inferred ones; the body
 * is the article's own text as Markdown, the page furniture left out. It
 * prints what it dropped and the claims the article will contribute, with
 * the events they feed. It never overwrites an article without `--force`,
 * and stops with a clear message when it finds no title or date and none is
 * given. Exit code: 0 written, 1 a problem, 2 a usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeArticle } from '../import/compose-article.ts';
import { importHtml } from '../import/import-html.ts';
import { importText } from '../import/import-text.ts';
import { slugify } from '../import/slugify.ts';
import { buildCorpus } from '../pipeline/corpus/index.ts';
import { findExpressions } from '../pipeline/dates/index.ts';
import { formatMessage } from '../pipeline/messages.ts';
import { parseLedger } from '../pipeline/events/index.ts';
import { readArticle } from '../pipeline/reading/index.ts';
import { formatClaimsTable } from './claims-table.ts';

const USAGE = `usage: npm run import -- FILE [options]

FILE is a saved web page (.html) or a text capture of one (.txt).

  --title TEXT         the title, when the page has none (or to replace it)
  --published DATE     the publication day, YYYY-MM-DD, when the page states none
  --note TEXT          how you know the date (kept as publishedNote)
  --outlet NAME        the outlet that published it
  --via NAME           the outlet it relays, if any
  --author NAME        the byline
  --url URL            the article's address (http or https)
  --slug SLUG          the file name, without .md (default: from the title)
  --out DIR            where to write (default: content/articles)
  --force              replace an article that already exists
`;

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      published: { type: 'string' },
      note: { type: 'string' },
      outlet: { type: 'string' },
      via: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      slug: { type: 'string' },
      out: { type: 'string', default: 'content/articles' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) {
  process.stderr.write(
    `error: give exactly one file to import${positionals.length ? ` (got ${positionals.length})` : ''}\n\n${USAGE}`,
  );
  process.exit(2);
}

const file = positionals[0]!;
const fail = (reasons: readonly string[], notes: readonly string[] = []): never => {
  for (const reason of reasons) process.stderr.write(`${file}: error: ${reason}\n`);
  for (const note of notes) process.stderr.write(`${file}: note: ${note}\n`);
  process.exit(1);
};
/** A path as the editor would type it: relative to here when it is below here. */
const display = (target: string) => {
  const relative = path.relative(process.cwd(), target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(target);
};
let source: string;
try {
  source = await readFile(file, 'utf8');
} catch (error) {
  fail([`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
}
const html =
  /\.x?html?$/i.test(file) ||
  (!/\.(?:txt|text|md)$/i.test(file) && /^\s*(?:<!doctype html|<html|<head|<body)/i.test(source!));
const capture = html ? importHtml(source!) : importText(source!, { title: values.title });
const composed = composeArticle(capture, values, path.basename(file));
if (!composed.ok) {
  const mentioned = [
    ...new Set(capture.body.split('\n').flatMap((line) => findExpressions(line).map((mention) => mention.text))),
  ].slice(0, 6);
  const hint =
    composed.problems.some((problem) => problem.includes('publication date')) && mentioned.length
      ? [
          `the text mentions ${mentioned.map((words) => `"${words}"`).join(', ')}: a date it reports may tell you when it was published`,
        ]
      : [];
  fail(composed.problems, hint);
}
if (!composed.ok) process.exit(1); // narrows the type; fail() has exited already

const slug = values.slug ?? slugify(composed.title);
if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
  fail([
    `cannot make a file name from ${values.slug ? `--slug ${slug}` : 'the title'}: give one with --slug, in lower case letters, digits and hyphens`,
  ]);
const outDir = values.out;
const target = path.join(outDir, `${slug}.md`);
const shown = display(target);
if (existsSync(target) && !values.force) {
  fail([`${shown} already exists: pass --force to replace it, or --slug NAME to import under another name`]);
}
// What the build will read: refuse to write an article it would reject.
const check = readArticle(composed.text, shown);
if (check.messages.some((message) => message.severity === 'error')) fail(check.messages.map(formatMessage));

await mkdir(outDir, { recursive: true });
await writeFile(target, composed.text);

const out: string[] = [`Imported ${file} (${html ? 'web page' : 'text capture'}) as ${shown}`, ''];
for (const field of composed.fields) {
  out.push(`  ${field.field.padEnd(10)} ${field.value}`);
  out.push(`  ${''.padEnd(10)} ${field.inferred ? 'INFERRED: ' : ''}${field.source}`);
}
const inferred = composed.fields.filter((field) => field.inferred);
if (inferred.length) {
  out.push(
    '',
    `Check ${inferred.length === 1 ? 'this value' : 'these values'}: ${inferred.map((field) => field.field).join(', ')} ${inferred.length === 1 ? 'is' : 'are'} inferred, not stated by the page (marked INFERRED in the file).`,
  );
}
for (const note of capture.notes) out.push(`Note: ${note}.`);
out.push(
  '',
  `Dropped ${capture.dropped.length} ${capture.dropped.length === 1 ? 'line' : 'lines'} that ${capture.dropped.length === 1 ? 'is' : 'are'} not the article's text (${html ? 'block' : 'line'} numbers of the capture):`,
);
for (const dropped of capture.dropped) {
  const text = dropped.text.length > 70 ? `${dropped.text.slice(0, 69)}…` : dropped.text;
  out.push(`  ${String(dropped.line).padStart(4)}  ${dropped.reason}: ${text}`);
}

// The claims the article will contribute, and the events they feed among the other articles.
const names = (await readdir(outDir)).filter((name) => name.endsWith('.md')).sort();
const files = await Promise.all(
  names.map(async (name) => {
    const full = path.join(outDir, name);
    return { file: display(full), text: await readFile(full, 'utf8') };
  }),
);
const ledgerFile = path.join(path.dirname(path.resolve(outDir)), 'permalinks.json');
const ledgerText =
  path.resolve(outDir) === path.resolve('content/articles')
    ? await readFile(ledgerFile, 'utf8').catch(() => null)
    : null;
const corpus = buildCorpus(files, ledgerText === null ? null : parseLedger(ledgerText, ledgerFile).ledger);
const article = corpus.articles.find((entry) => entry.slug === slug);
const claims = article?.claims ?? [];
const events = new Map(corpus.events.map((event) => [event.id, event]));
const eventOf = new Map(
  claims.map((claim) => {
    const event = events.get(article!.eventOf[claim.id]!)!;
    const others = [...new Set(event.claims.map((c) => c.article).filter((other) => other !== slug))];
    return [claim.id, `${event.id}${others.length ? ` (with ${others.join(', ')})` : ' (new)'}`] as const;
  }),
);
out.push('', `Claims the article will contribute (review them with: npm run claims -- ${shown}):`);
out.push(formatClaimsTable(claims, eventOf).trimEnd());
const fed = new Set(claims.map((claim) => article!.eventOf[claim.id]!));
const joined = [...fed].filter((id) => events.get(id)!.claims.some((claim) => claim.article !== slug)).length;
out.push(
  `They feed ${fed.size} ${fed.size === 1 ? 'event' : 'events'}: ${joined} reported by other articles too, ${fed.size - joined} new.`,
);
out.push(
  '',
  'Next: read the file and fix what the import got wrong; date or skip a sentence with a',
  '<!-- dateline: … --> comment after it; then `npm run check` and rebuild (or keep `npm run dev` running).',
);
process.stdout.write(`${out.join('\n')}\n`);
for (const message of corpus.messages.filter((m) => m.file === shown))
  process.stderr.write(`${formatMessage(message)}\n`);
