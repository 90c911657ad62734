import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  ARTICLES_DIR,
  LEDGER_FILE,
  STORY_FILE,
  articleName,
  buildCorpus,
  fileSystemCause,
  lostLedgerIds,
  readArticleFiles,
  readLedger,
  readStory,
} from '../pipeline/corpus/index.ts';
import { defaultStory } from '../pipeline/model/index.ts';
import { formatMessage } from '../pipeline/messages.ts';
import { href } from '../site/index.ts';
import type { Corpus } from '../pipeline/model/index.ts';
import { articleDigest, openArticleCache, pipelineVersion } from './article-cache.ts';
import { publishCorpus } from './current-site.ts';

const LEDGER_NOTE =
  'Every event id Dateline has published, so that links never break. Written by the build: commit it with your articles, never edit it by hand.';

/** How long the articles folder must be quiet after a change before dev mode reads it again. */
const SETTLE_MS = 150;

let cached: { key: string; corpus: Corpus } | null = null;
/** Loads (the first, and the dev server's after each save) run one at a time, so the ledger is written once per run. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Read every article and run the pipeline, once per distinct set of files
 * and ledger. Warnings are logged once; errors stop the build with one
 * message per problem (file, line, field, rule), no stack trace.
 */
function loadCorpus(context: LoaderContext): Promise<{ key: string; corpus: Corpus }> {
  const next = queue.then(() => loadCorpusNow(context));
  queue = next.catch(() => undefined);
  return next;
}

async function loadCorpusNow(context: LoaderContext): Promise<{ key: string; corpus: Corpus }> {
  const root = fileURLToPath(context.config.root);
  // The articles as every command reads them (the corpus module), and the ids published so far.
  const listed = await readArticleFiles([ARTICLES_DIR], root);
  const { files } = listed;
  const ledgerPath = path.join(root, LEDGER_FILE);
  const published = await readLedger(LEDGER_FILE, root);
  const ledgerText = published.text;
  // The story's settings (title, names, figures): passed to the pipeline as data.
  const told = await readStory(STORY_FILE, root);
  // One digest per file (its path and bytes): the key of this run, and of each article in the cache.
  const digests = files.map(({ file, text }) => articleDigest(file, text));
  const keyOf = (ledger: string | null) =>
    context.generateDigest(JSON.stringify({ digests, ledger, story: told.story, storyMessages: told.messages }));
  const key = keyOf(ledgerText);
  const fresh = cached?.key !== key;
  if (fresh) {
    // Unchanged articles come from the cache of earlier builds (by path, bytes and pipeline version).
    const stages: string[] = [];
    const lap = (stage: string, ms: number) =>
      stages.push(`${stage} ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`);
    let clock = performance.now();
    const disk = await openArticleCache(
      path.join(fileURLToPath(context.config.cacheDir), 'dateline'),
      root,
      await pipelineVersion(root),
      digests,
    );
    lap('cache', performance.now() - clock);
    const corpus = buildCorpus(
      files.map((f, i) => ({ ...f, digest: digests[i]! })),
      published.ledger,
      {
        cache: disk.cache,
        onStage: lap,
        eventHref: (id) => href(`/events/${id}/`, context.config.base),
        story: told.story ?? defaultStory(),
      },
    );
    corpus.messages.unshift(...told.messages, ...listed.messages, ...published.messages);
    // The ledger only grows: an id the build would drop is a fault to stop on, never a ledger to write.
    const lost = lostLedgerIds(published.ledger, corpus.ledger);
    if (lost.length)
      corpus.messages.unshift({
        file: LEDGER_FILE,
        line: 1,
        column: 1,
        rule: 'internal-error',
        severity: 'error',
        reason: `the build would drop ${lost.length} published event id(s) (\`${lost[0]}\`…): please report it; the ledger was not written`,
      });
    clock = performance.now();
    // The cache only saves time: a build never fails for it.
    await disk
      .save()
      .catch((error: Error) =>
        context.logger.warn(`could not save the article cache (${error.message}): the next build reads every article`),
      );
    lap('saved', performance.now() - clock);
    context.logger.info(`${files.length} articles, ${disk.hits} unchanged since the last build: ${stages.join(', ')}`);
    if (disk.rejected)
      context.logger.warn(
        `${disk.rejected} cache entr${disk.rejected === 1 ? 'y was' : 'ies were'} damaged or of another shape: ${disk.rejected === 1 ? 'its article was' : 'their articles were'} read again`,
      );
    cached = { key, corpus };
  }
  const { corpus } = cached!;
  const errors = corpus.messages.filter((message) => message.severity === 'error');
  if (fresh) {
    for (const message of corpus.messages)
      if (message.severity === 'warning') context.logger.warn(formatMessage(message));
  }
  if (errors.length) {
    const error = new AstroError(
      `${errors.length} error${errors.length === 1 ? '' : 's'} in ${errors.every((e) => e.file === STORY_FILE) ? STORY_FILE : ARTICLES_DIR}:\n${errors.map(formatMessage).join('\n')}`,
      'Fix each file at the line named above, then build again. Nothing in dist/ was changed.',
    );
    error.stack = ''; // a problem in content, not a crash: no stack trace
    throw error;
  }
  if (fresh) {
    const text = `${JSON.stringify({ note: LEDGER_NOTE, ...corpus.ledger }, null, 2)}\n`;
    if (text !== ledgerText) {
      // Write and rename: a reader never sees half a ledger.
      try {
        await writeFile(`${ledgerPath}.tmp`, text);
        await rename(`${ledgerPath}.tmp`, ledgerPath);
      } catch (problem) {
        const error = new AstroError(
          `cannot write ${LEDGER_FILE}: ${fileSystemCause(problem)}`,
          'Make the file and its folder writable, then build again. Nothing in dist/ was changed.',
        );
        error.stack = '';
        throw error;
      }
      cached = { key: keyOf(text), corpus };
      context.logger.info(`updated ${LEDGER_FILE}: commit it with the articles, so that published links keep working`);
    }
  }
  return cached!;
}

/**
 * The content loader of Dateline: runs the pipeline over `content/articles/`
 * (once per distinct set of files), hands the corpus to the pages
 * (`publishCorpus`), and keeps one entry, the run's key and size, in its
 * collection: a new entry tells the dev server that the pages changed. In
 * dev, saving an article runs it again.
 *
 * @returns An Astro content loader.
 */
export function datelineLoader(): Loader {
  return {
    name: 'dateline',
    load: async (context) => {
      const sync = async () => {
        const { key, corpus } = await loadCorpus(context);
        publishCorpus(corpus);
        const data = { key, articles: corpus.articles.length, events: corpus.events.length };
        context.store.clear();
        context.store.set({ id: 'run', data, digest: key });
      };
      await sync();
      // A save arrives as one event or several (create, truncate, write, rename), and a file read
      // between them is half written (an error, or pages built from half an article, with no event
      // left to put it right): sync once the folder has been quiet for a moment, one sync at a time.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const storyFile = path.join(fileURLToPath(context.config.root), STORY_FILE);
      context.watcher?.add(storyFile);
      context.watcher?.on('all', (_event, file) => {
        if (
          path.resolve(file) === storyFile ||
          (articleName(file) && file.includes(`${path.sep}${ARTICLES_DIR.split('/').join(path.sep)}${path.sep}`))
        ) {
          clearTimeout(timer);
          timer = setTimeout(() => {
            running = running.then(sync).catch((error: Error) => context.logger.error(error.message));
          }, SETTLE_MS);
        }
      });
    },
  };
}
