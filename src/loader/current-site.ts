import type { Corpus } from '../pipeline/model/index.ts';
import { buildSite, type Site } from '../site/index.ts';

/**
 * The most events one timeline page lists before the timeline splits by year
 * (and a long year by month), and the most any list page shows: entries are
 * at most about 3.7 KB each (a quote cut at 400 characters, six source chips,
 * a note on figures the sources give differently), so no page passes 200 KB
 * of HTML (at 60, an entity page of a 10,000-article story reached 224 KB).
 * `DATELINE_PAGE_EVENTS` overrides it (tests use a small number).
 */
const PAGE_EVENTS = Number(process.env.DATELINE_PAGE_EVENTS) || 50;

/**
 * Where the corpus the loader ran waits for the pages. Astro loads the
 * content config and the pages as two module graphs in one process (the
 * build, or the dev server), so they share only the global object: the
 * corpus is handed over there, under a registered symbol, rather than copied
 * into Astro's data store (which would hold every claim twice, and every
 * body, the build's largest cost in memory).
 */
const CORPUS = Symbol.for('dateline.corpus');
const holder = globalThis as { [CORPUS]?: Corpus };
const sites = new WeakMap<Corpus, Site>();

/**
 * Hand the corpus of the latest run to the pages (the loader calls it).
 *
 * @param corpus - The corpus.
 */
export function publishCorpus(corpus: Corpus): void {
  holder[CORPUS] = corpus;
}

/**
 * The data of every page (`buildSite`), built once per run of the corpus:
 * what the pages take their props from.
 *
 * @returns The site.
 */
export function currentSite(): Site {
  const corpus = holder[CORPUS];
  if (!corpus) throw new Error('Dateline: no corpus was loaded (the pages render only after the content loader runs)');
  let site = sites.get(corpus);
  if (!site) {
    // Netlify sets NETLIFY=true; it needs its redirects forced (`redirectRules`).
    const options = {
      perPage: PAGE_EVENTS,
      origin: import.meta.env.SITE,
      forceRedirects: process.env.NETLIFY === 'true',
    };
    sites.set(corpus, (site = buildSite(corpus, options)));
  }
  return site;
}
