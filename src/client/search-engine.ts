/**
 * Search in the browser, over Pagefind's index: events and source articles
 * searched apart (events come first), names the press spells several ways
 * searched under every spelling, filters and sorting passed through. Used by
 * the search field in the header and by the search page; renders nothing.
 */
import { href } from '../site/href.ts';
import { spellingsOf } from '../site/spellings-of.ts';

/** The facets a search can be narrowed by; each is a Pagefind filter of the same name. */
export const FACETS = ['outlet', 'year', 'entity'] as const;
export type Facet = (typeof FACETS)[number];
export type Sort = 'relevance' | 'newest' | 'oldest';

/** What the reader asked for: the state kept in the search page's URL. */
export interface SearchRequest {
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
}

/** One result, ready to show. */
export interface SearchHit {
  url: string;
  kind: 'event' | 'source';
  title: string;
  /** The event's date label, or the article's publication date. */
  date: string;
  /** The article's outlet (sources only). */
  outlet: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matches. */
  excerpt: string;
}

/** What a search found. */
export interface SearchOutcome {
  events: SearchHit[];
  sources: SearchHit[];
  /** Whether more events or sources match than were loaded. */
  moreEvents: boolean;
  moreSources: boolean;
  /** How many events and sources match in all, when every shard that matched was opened; else `null`. */
  totalEvents: number | null;
  totalSources: number | null;
}

interface PagefindSubResult {
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: object) => Promise<void>;
  search: (term: string | null, options?: object) => Promise<PagefindSearch>;
}
/** What a shard says of each of its sections: title, date label, year, outlets, entity keys. */
type Facets = Record<string, { t: string; l: string; y: string; o: string[]; e: string[] }>;

let engine: Promise<Pagefind> | null = null;

/**
 * Load Pagefind (its script, then its index as queries need it). Nothing is
 * fetched before the first call; a failed load can be retried.
 *
 * @returns Pagefind's API.
 */
export function loadPagefind(): Promise<Pagefind> {
  // The index is written after the build (or served by the dev server): a runtime URL, not a module to bundle.
  const url = href('/pagefind/pagefind.js');
  engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

/**
 * The end of the id of an event's second section in a search shard, which
 * holds its outlets and entity names: matched, but never the excerpt shown.
 */
export const NAMES_SUFFIX = '~names';

/** At most this many spellings of a query are searched. */
const MAX_SPELLINGS = 6;
/** At most this many shards are opened for one list of results. */
const MAX_SHARDS = 40;

/**
 * The query under every spelling of the names in it: "Zelenskyy captured"
 * also as "zelensky captured", "zelenskiy captured"...
 */
function spellings(q: string): string[] {
  const words = q.trim().split(/\s+/).filter(Boolean);
  let queries = [''];
  for (const word of words) {
    queries = queries
      .flatMap((query) => spellingsOf(word).map((spelling) => `${query} ${spelling}`.trim()))
      .slice(0, MAX_SPELLINGS);
  }
  return queries;
}

const PAGEFIND_SORT: Record<Sort, object | undefined> = {
  relevance: undefined,
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

/**
 * Search events and sources. The index holds shards of events and of
 * articles (see `src/pages/search-index/`), each event or article a
 * sub-result of its shard: shards are searched (under every spelling of the
 * names in the query, best score kept), opened in order, and their matching
 * events or articles, narrowed exactly by the filters, become the results.
 * An empty query with a filter lists everything the filter keeps.
 *
 * @param pagefind - From `loadPagefind`.
 * @param request - Query, filters and sort.
 * @param limits - How many events and sources to show.
 * @returns The results, or null for an empty query without filters.
 */
export async function runSearch(
  pagefind: Pagefind,
  request: SearchRequest,
  limits: { events: number; sources: number },
): Promise<SearchOutcome | null> {
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, value]) => value)) as Partial<
    Record<Facet, string>
  >;
  const terms = request.q.trim() ? spellings(request.q) : Object.keys(filters).length ? [null] : [];
  if (terms.length === 0) return null;
  const sort = PAGEFIND_SORT[request.sort];
  /**
   * Shards of one kind across spellings: each once, with every spelling's result (to read all their matches) and
   * the spelling it came from (0: as typed). By relevance, shards matching the spelling as typed come first.
   */
  const shards = async (kind: 'event' | 'source') => {
    const searches = await Promise.all(
      terms.map((term) => pagefind.search(term, { filters: { ...filters, kind }, sort })),
    );
    const found = new Map<string, Array<{ result: PagefindResult; term: number }>>();
    searches.forEach((search, term) => {
      for (const result of search.results) {
        if (found.has(result.id)) found.get(result.id)!.push({ result, term });
        else found.set(result.id, [{ result, term }]);
      }
    });
    const all = [...found.values()];
    const rank = (results: (typeof all)[number]) => Math.min(...results.map((r) => r.term));
    const best = (results: (typeof all)[number]) => Math.max(...results.map((r) => r.result.score));
    return terms.length > 1 && request.sort === 'relevance'
      ? all.sort((a, b) => rank(a) - rank(b) || best(b) - best(a))
      : all;
  };
  const keeps = (facet: Facets[string] | undefined) =>
    Boolean(facet) &&
    (!filters.year || facet!.y === filters.year) &&
    (!filters.outlet || facet!.o.includes(filters.outlet)) &&
    (!filters.entity || facet!.e.includes(filters.entity));
  /** Open shards in order until `limit` results are found: the best sections of each first (or in date order). */
  const collect = async (
    results: Array<Array<{ result: PagefindResult; term: number }>>,
    limit: number,
    kind: SearchHit['kind'],
  ) => {
    const hits: SearchHit[] = [];
    const id = (url: string) => decodeURIComponent(url.split('#')[1] ?? '');
    let opened = 0;
    for (; opened < results.length && opened < MAX_SHARDS && hits.length <= limit; opened++) {
      // One spelling's data at a time, its sub-results kept at once: Pagefind caches a shard's fragment and
      // writes each search's matches into that one object, so that data() for two spellings at once would
      // give both the last one's matches (the other spelling's sub-results replacing the right ones).
      const datas: Array<{ data: { meta: Record<string, string>; sub_results: PagefindSubResult[] }; term: number }> =
        [];
      for (const { result, term } of results[opened]!) {
        const data = await result.data();
        datas.push({ data: { meta: data.meta, sub_results: [...data.sub_results] }, term });
      }
      const facets = JSON.parse(datas[0]!.data.meta.facets ?? '{}') as Facets;
      // Each spelling's matches in this shard, merged: a section once, by the spelling as typed where it has it
      // (another spelling's matches in the same section never replace those), else by its most matches. An
      // event's names (its outlets and entities, `NAMES_SUFFIX`) count as its matches, but its excerpt is of its
      // sentences, or none: never a list of names.
      type Match = { id: string; excerpt: string; weight: number; term: number };
      const texts = new Map<string, Match>();
      const names = new Map<string, Match>();
      const better = (a: { weight: number; term: number }, b: { weight: number; term: number } | undefined) =>
        !b || a.term < b.term || (a.term === b.term && a.weight > b.weight);
      if (request.q.trim()) {
        for (const { data, term } of datas) {
          for (const sub of data.sub_results) {
            if (!sub.url.includes('#')) continue;
            const key = id(sub.url);
            const named = key.endsWith(NAMES_SUFFIX);
            const section = {
              id: named ? key.slice(0, -NAMES_SUFFIX.length) : key,
              excerpt: named ? '' : sub.excerpt,
              weight: sub.locations.length,
              term,
            };
            const into = named ? names : texts;
            if (better(section, into.get(section.id))) into.set(section.id, section);
          }
        }
      }
      // The spelling that ranks a section is its sentences' (the names line holds the site's own spelling).
      const matched = new Map<string, Match>(texts);
      for (const [key, name] of names) {
        const text = texts.get(key);
        matched.set(key, text ? { ...text, weight: text.weight + name.weight } : name);
      }
      const order = Object.keys(facets);
      let sections = request.q.trim()
        ? [...matched.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
        : order.map((key) => ({ id: key, excerpt: '', weight: 0, term: 0 }));
      if (request.sort === 'relevance') sections = sections.sort((a, b) => a.term - b.term || b.weight - a.weight);
      else if (request.sort === 'newest') sections = sections.reverse();
      for (const section of sections) {
        const facet = facets[section.id];
        if (!keeps(facet)) continue;
        hits.push({
          url: href(kind === 'event' ? `/events/${section.id}/` : `/articles/${section.id}/`),
          kind,
          title: facet!.t,
          date: facet!.l,
          outlet: kind === 'source' ? (facet!.o[0] ?? '') : '',
          excerpt: section.excerpt,
        });
      }
    }
    // Every shard opened: the hits are all there are, and their number is exact.
    const complete = opened === results.length;
    return { hits: hits.slice(0, limit), more: hits.length > limit || !complete, total: complete ? hits.length : null };
  };
  const [eventShards, sourceShards] = await Promise.all([shards('event'), shards('source')]);
  const [events, sources] = await Promise.all([
    collect(eventShards, limits.events, 'event'),
    collect(sourceShards, limits.sources, 'source'),
  ]);
  return {
    events: events.hits,
    sources: sources.hits,
    moreEvents: events.more,
    moreSources: sources.more,
    totalEvents: events.total,
    totalSources: sources.total,
  };
}

/**
 * Read a search request from a URL's query string (`?q=kursk&outlet=Reuters&sort=newest`).
 *
 * @param params - The URL's search parameters.
 * @returns The request; unknown sorts read as relevance.
 */
export function readRequest(params: URLSearchParams): SearchRequest {
  const sort = params.get('sort');
  const filters: SearchRequest['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return { q: params.get('q') ?? '', filters, sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance' };
}

/**
 * Write a search request as a query string, leaving out what is empty or default.
 *
 * @param request - The request.
 * @returns `q=kursk&outlet=Reuters`, or an empty string.
 */
export function writeRequest(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.q.trim()) params.set('q', request.q.trim());
  for (const facet of FACETS) if (request.filters[facet]) params.set(facet, request.filters[facet]!);
  if (request.sort !== 'relevance') params.set('sort', request.sort);
  return params.toString();
}

/**
 * Say what a search found, for the status line read out to screen readers:
 * "6 events and 2 sources", "6 of 9 events" (when more match than are
 * shown), "more than 10 events" (when their number is not known), "1
 * source", or that nothing matched and what to try.
 *
 * @param outcome - What the search found.
 * @param words - The query as shown (in quotes), or "these filters".
 * @param filtered - Whether filters narrowed the search.
 * @returns One sentence.
 */
export function describeOutcome(outcome: SearchOutcome, words: string, filtered: boolean): string {
  if (outcome.events.length + outcome.sources.length === 0) {
    return filtered
      ? `No results for ${words} with these filters. Try removing the filters.`
      : `No results for ${words}. Check the spelling, or try fewer words.`;
  }
  const count = (n: number, more: boolean, total: number | null, one: string) => {
    const word = (k: number) => `${one}${k === 1 ? '' : 's'}`;
    if (!more) return `${n} ${word(n)}`;
    return total !== null && total > n ? `${n} of ${total} ${word(total)}` : `more than ${n} ${word(2)}`;
  };
  const parts = [
    ...(outcome.events.length ? [count(outcome.events.length, outcome.moreEvents, outcome.totalEvents, 'event')] : []),
    ...(outcome.sources.length
      ? [count(outcome.sources.length, outcome.moreSources, outcome.totalSources, 'source')]
      : []),
  ];
  return `${parts.join(' and ')} for ${words}.`;
}

/**
 * Escape text for HTML.
 *
 * @param text - Any text.
 * @returns The text with `& < > " '` escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * One result as a list item: date, kind, title linking to the page, and the excerpt.
 *
 * @param hit - The result.
 * @returns HTML of an `<li>`.
 */
export function renderHit(hit: SearchHit): string {
  const kind =
    hit.kind === 'source'
      ? `<span class="result-kind">Source${hit.outlet ? ` · <bdi>${escapeHtml(hit.outlet)}</bdi>` : ''}</span> `
      : '';
  const date = hit.date ? `<span class="result-date">${escapeHtml(hit.date)}</span> ` : '';
  // Pagefind's excerpt is escaped text with <mark> around the matches; nothing else gets through.
  const excerpt = hit.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
  const text = excerpt ? `<p class="result-excerpt" dir="auto">${excerpt}</p>` : '';
  return `<li class="search-result result-${hit.kind}"><a href="${escapeHtml(hit.url)}">${date}${kind}<span class="result-title" dir="auto">${escapeHtml(hit.title)}</span></a>${text}</li>`;
}
