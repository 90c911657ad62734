import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLES_DIR, STORY_FILE, readStory } from '../pipeline/corpus/index.ts';
import { href } from '../site/index.ts';

/** One language, the story's (`content/story.yaml`); the date badges of article pages left out of the index (see the shard pages). */
const indexOptions = (language: string) => ({
  forceLanguage: language,
  excludeSelectors: ['.shard-article .claim-badge'],
});
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Index the pages the dev server renders now, as the build would index
 * `dist/`: read the list of search shards, fetch each, and keep Pagefind's
 * files in memory. `base` is the site's base path.
 */
async function indexDevSite(
  origin: string,
  base: string,
  language: string,
  logger: AstroIntegrationLogger,
): Promise<Map<string, Uint8Array>> {
  const started = performance.now();
  const { shards: paths } = (await (await fetch(`${origin}${href('/search-index/shards.json', base)}`)).json()) as {
    shards: string[];
  };
  const { index, errors } = await pagefind.createIndex(indexOptions(language));
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // A few pages at a time: the dev server renders each on request.
    for (let i = 0; i < paths.length; i += 8) {
      await Promise.all(
        paths.slice(i, i + 8).map(async (url) => {
          const content = await (await fetch(`${origin}${href(url, base)}`)).text();
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length) logger.warn(`search: could not index ${url}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(failed.join('; '));
    logger.info(
      `search: indexed ${paths.length} shards of current content in ${Math.round(performance.now() - started)} ms`,
    );
    return new Map(files.map((file) => [file.path.split(path.sep).join('/'), file.content]));
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Pagefind search for Dateline. After a build, index `dist/` into
 * `dist/pagefind/` (only the search shards under `/search-index/` mark
 * content for Pagefind). In `npm run dev`, serve `pagefind/` (under the base path) from an index of the
 * pages as they render now, made on the first search and made again after an
 * article changes, so search never shows a stale index from an earlier build.
 *
 * @returns The Astro integration.
 */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let root = '.';
  /** The story's language, read when the index is made (the loader reports a story file's errors). */
  const language = async () => (await readStory(STORY_FILE, root)).story?.language ?? 'en';
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<Map<string, Uint8Array>> | null = null;
        const articles = `${path.sep}${ARTICLES_DIR.split('/').join(path.sep)}${path.sep}`;
        const story = path.join(root, STORY_FILE);
        let again: ReturnType<typeof setTimeout> | undefined;
        const invalidate = (file: string) => {
          if (!file.includes(articles) && path.resolve(file) !== story) return;
          files = null;
          // The content loader takes the change in a little later (it waits for the save to settle, then
          // runs the pipeline): an index made in the meantime is of the old pages, so drop it once more.
          clearTimeout(again);
          again = setTimeout(() => (files = null), 2_000);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, invalidate);
        server.middlewares.use((request, response, next) => {
          const url = (request.url ?? '').split('?')[0]!;
          // Under a base path the request names it (`/story/pagefind/…`); at the root it is `/pagefind/…`.
          const prefix = [href('/pagefind/', base), '/pagefind/'].find((start) => url.startsWith(start));
          if (!prefix) return next();
          const origin = `http://${request.headers.host ?? 'localhost'}`;
          // Give the content loader a moment to take in a change before the pages are read.
          files ??= new Promise((resolve) => setTimeout(resolve, 300))
            .then(language)
            .then((lang) => indexDevSite(origin, base, lang, logger))
            .catch((error: Error) => {
              files = null;
              throw error;
            });
          files
            .then((map) => {
              const body = map.get(url.slice(prefix.length));
              response.setHeader('Cache-Control', 'no-store');
              if (!body) {
                response.statusCode = 404;
                response.end();
                return;
              }
              response.setHeader('Content-Type', TYPES[path.extname(url)] ?? 'application/octet-stream');
              response.end(body);
            })
            .catch((error: Error) => {
              logger.error(`search: could not index the dev site: ${error.message}`);
              response.statusCode = 503;
              response.end();
            });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex(indexOptions(await language()));
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only the search shards carry content for Pagefind: reading the other pages would cost time for nothing.
        const added = await index.addDirectory({ path: site, glob: 'search-index/**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(
          `indexed ${added.page_count} search shards in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        await pagefind.close();
      },
    },
  };
}
