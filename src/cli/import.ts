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
import { readCommandLine, usageError, type Command, type CommandOption } from './command-line.ts';

const command = {
  synopsis: 'npm run import -- FILE [options]',
  about: `Turn a saved web page (.html, "Save page as..." in a browser) or a text capture of one (.txt)
into content/articles/<slug>.md: frontmatter from what the page says, with a comment saying where
each value came from (INFERRED ones to check), and the article's own text as Markdown, the page's
furniture left out. It prints what it dropped and the claims the article will contribute, with the
events they feed. A value given here wins over the page's. It writes nothing when it finds no title
or no date and none is given, and never replaces an article without --force. Exit code: 0 written,
1 a problem with the page, 2 a mistake in the command line.`,
  options: {
    title: { type: 'string', value: 'TEXT', description: 'the title, when the page has none (or to replace it)' },
    published: {
      type: 'string',
      value: 'DATE',
      description: 'the publication day, YYYY-MM-DD, when the page states none',
    },
    note: { type: 'string', value: 'TEXT', description: 'how you know the date (kept as publishedNote)' },
    outlet: { type: 'string', value: 'NAME', description: 'the outlet that published it' },
    via: { type: 'string', value: 'NAME', description: 'the outlet it relays, if any' },
    author: { type: 'string', value: 'NAME', description: 'the byline' },
    url: { type: 'string', value: 'URL', description: "the article's address (http or https)" },
    slug: { type: 'string', value: 'SLUG', description: 'the file name, without .md (default: from the title)' },
    charset: {
      type: 'string',
      value: 'NAME',
      description: "the file's character encoding, when it declares none (windows-1252, windows-1251, shift_jis...)",
    },
    out: { type: 'string', value: 'DIR', default: 'content/articles', description: 'where to write' },
    force: { type: 'boolean', default: false, description: 'replace an article that already exists' },
  },
  examples: [
    ['npm run import -- ~/Downloads/page.html', 'a saved web page'],
    [
      'npm run import -- capture.txt --published 2024-10-31 --note "the press conference it calls yesterday was on October 30"',
      'a text capture that states no date',
    ],
  ],
} as const satisfies Command<Record<string, CommandOption>>;
const { values, positionals } = readCommandLine(command);
if (positionals.length !== 1) {
  usageError(command, `give exactly one file to import${positionals.length ? ` (got ${positionals.length})` : ''}`);
}

// The importer and the pipeline once the command line is read: `--help` and mistakes answer at once.
const [
  { composeArticle },
  { decodePage },
  { importHtml },
  { importText },
  { slugify },
  {
    ARTICLES_DIR,
    LEDGER_FILE,
    analyseArticles,
    articleName,
    buildCorpus,
    fileSystemCause,
    readArticleFiles,
    readLedger,
    readStory,
  },
  { findExpressions },
  { formatMessage },
  { formatClaimsTable },
] = await Promise.all([
  import('../import/compose-article.ts'),
  import('../import/decode-page.ts'),
  import('../import/import-html.ts'),
  import('../import/import-text.ts'),
  import('../import/slugify.ts'),
  import('../pipeline/corpus/index.ts'),
  import('../pipeline/dates/index.ts'),
  import('../pipeline/messages.ts'),
  import('./claims-table.ts'),
]);

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
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (error) {
  fail([`cannot read the file: ${fileSystemCause(error)}`]);
}
const html =
  /\.x?html?$/i.test(file) ||
  (!/\.(?:txt|text|md)$/i.test(file) &&
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*(?:<!doctype html|<html|<head|<body|<\?xml)/i.test(
      new TextDecoder('latin1').decode(bytes!.subarray(0, 256)),
    ));
// By the encoding the page declares (or --charset), never into mojibake: or refuse, saying why.
const decoded = decodePage(bytes!, html, values.charset ?? null);
if (!decoded.ok) fail([decoded.reason]);
if (!decoded.ok) process.exit(1); // narrows the type; fail() has exited already
const source = decoded.text;
const capture = html ? importHtml(source) : importText(source, { title: values.title });
if (decoded.encoding !== 'utf-8') capture.notes.push(`read as ${decoded.encoding}, from ${decoded.source}`);
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

const given = values.slug ?? slugify(composed.title);
if (!given) fail(['cannot make a file name from the title (it has no letters or digits): give one with --slug NAME']);
// The one rule of what an article's file name and slug are (the corpus module's, as the build's), before writing.
const name = articleName(`${given}.md`);
if (/[\\/]/.test(given) || !name || name.problem)
  fail([`--slug ${given}: ${name?.problem ?? 'a slug is a file name, not a path'} (give another with --slug NAME)`]);
const slug = name!.slug;
const outDir = values.out;
const target = path.join(outDir, `${slug}.md`);
const shown = display(target);
if (existsSync(target) && !values.force) {
  fail([`${shown} already exists: pass --force to replace it, or --slug NAME to import under another name`]);
}
const clash = (await readdir(outDir).catch(() => [] as string[])).find(
  (other) => other !== `${slug}.md` && articleName(other)?.key === name!.key,
);
if (clash)
  fail([
    `\`${slug}\` is also the slug of ${display(path.join(outDir, clash))} (slugs that differ only in capitals, or in how their accents are encoded, collide): give another with --slug NAME`,
  ]);
// What the build will read: refuse to write an article it would reject.
const check = analyseArticles([{ file: shown, text: composed.text }]).messages;
if (check.some((message) => message.severity === 'error')) fail(check.map(formatMessage));

try {
  await mkdir(outDir, { recursive: true });
  await writeFile(target, composed.text);
} catch (error) {
  fail([`cannot write ${shown}: ${fileSystemCause(error)}`]);
}

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
// Read as the build reads them (the corpus module), with the published ids when these are the site's articles.
const { files } = await readArticleFiles([display(outDir)]);
const ledger = path.resolve(outDir) === path.resolve(ARTICLES_DIR) ? (await readLedger(LEDGER_FILE)).ledger : null;
const story = (await readStory()).story ?? undefined; // its problems are `npm run check`'s to report
const corpus = buildCorpus(files, ledger, story ? { story } : {});
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
