/**
 * Search in the browser, over Pagefind's index: events and source articles
 * searched apart (events come first), names the press spells several ways
 * searched under every spelling, filters and sorting passed through. Used by
 * the search field in the header and by the search page; renders nothing.
 */
import { spellingsOf } from '../pipeline/spellings-of.ts';

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
  /** ISO day, for sorting. */
  iso: string;
  /** The article's outlet (sources only). */
  outlet: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matches. */
  excerpt: string;
}

/** What a search found. */
export interface SearchOutcome {
  events: SearchHit[];
  sources: SearchHit[];
  /** All matching events and sources, beyond those loaded. */
  eventCount: number;
  sourceCount: number;
  /** For each facet, how many results each value has within the current search and filters. */
  counts: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results?: Array<{ url: string; excerpt: string }> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: object) => Promise<void>;
  search: (term: string | null, options?: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Pagefind> | null = null;

/**
 * Load Pagefind (its script, then its index as queries need it). Nothing is
 * fetched before the first call; a failed load can be retried.
 *
 * @returns Pagefind's API.
 */
export function loadPagefind(): Promise<Pagefind> {
  // The index is written after the build (or served by the dev server): a runtime URL, not a module to bundle.
  const url = '/pagefind/pagefind.js';
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

/** At most this many spellings of a query are searched. */
const MAX_SPELLINGS = 6;

/**
 * The query under every spelling of the names in it: "Zelenskyy captured"
 * also as "zelensky captured", "zelenskiy captured"...
 */
function spellings(q: string): string[] {
  const words = q.trim().split(/\s+/).filter(Boolean);
  let queries = [''];
  for (const word of words) {
    queries = queries.flatMap((query) => spellingsOf(word).map((spelling) => `${query} ${spelling}`.trim())).slice(0, MAX_SPELLINGS);
  }
  return queries;
}

const PAGEFIND_SORT: Record<Sort, object | undefined> = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } };

/**
 * Search events and sources. Results of the spellings of a query are merged
 * (best score kept); events and sources come back apart, each in relevance or
 * date order. An empty query with a filter lists everything the filter keeps.
 *
 * @param pagefind - From `loadPagefind`.
 * @param request - Query, filters and sort.
 * @param limits - How many events and sources to load for showing.
 * @returns The results, or null for an empty query without filters.
 */
export async function runSearch(
  pagefind: Pagefind,
  request: SearchRequest,
  limits: { events: number; sources: number },
): Promise<SearchOutcome | null> {
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, value]) => value));
  const terms = request.q.trim() ? spellings(request.q) : Object.keys(filters).length ? [null] : [];
  if (terms.length === 0) return null;
  const sort = PAGEFIND_SORT[request.sort];
  const searches = await Promise.all(
    terms.flatMap((term) => [
      pagefind.search(term, { filters: { ...filters, type: 'event' }, sort }),
      pagefind.search(term, { filters: { ...filters, type: 'source' }, sort }),
      pagefind.search(term, { filters, sort }),
    ]),
  );
  /** Results of one type across spellings: each page once, with its best score, in the order of the first search. */
  const merge = (offset: number) => {
    const best = new Map<string, PagefindResult>();
    for (let i = offset; i < searches.length; i += 3) {
      for (const result of searches[i]!.results) {
        const seen = best.get(result.id);
        if (!seen || seen.score < result.score) best.set(result.id, result);
      }
    }
    const all = [...best.values()];
    return terms.length > 1 && request.sort === 'relevance' ? all.sort((a, b) => b.score - a.score) : all;
  };
  const load = async (results: PagefindResult[], limit: number, kind: SearchHit['kind']) => {
    const hits = await Promise.all(results.slice(0, limit * (terms.length > 1 && request.sort !== 'relevance' ? terms.length : 1)).map(async (result) => {
      const data = await result.data();
      // A source's best passage is a deep link to the sentence when Pagefind found one.
      const sub = kind === 'source' ? data.sub_results?.find((s) => s.url.includes('#')) : undefined;
      return {
        url: sub?.url ?? data.url,
        kind,
        title: data.meta.title ?? data.url,
        date: data.meta.date ?? '',
        iso: data.meta.iso ?? '',
        outlet: data.meta.outlet ?? '',
        excerpt: sub?.excerpt ?? data.excerpt,
      } satisfies SearchHit;
    }));
    if (terms.length > 1 && request.sort !== 'relevance') {
      hits.sort((a, b) => (request.sort === 'newest' ? b.iso.localeCompare(a.iso) : a.iso.localeCompare(b.iso)));
    }
    return hits.slice(0, limit);
  };
  const events = merge(0);
  const sources = merge(1);
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of FACETS) {
    counts[facet] = {};
    for (let i = 2; i < searches.length; i += 3) {
      for (const [value, count] of Object.entries(searches[i]!.filters[facet] ?? {})) {
        counts[facet]![value] = Math.max(counts[facet]![value] ?? 0, count);
      }
    }
  }
  const [eventHits, sourceHits] = await Promise.all([load(events, limits.events, 'event'), load(sources, limits.sources, 'source')]);
  return { events: eventHits, sources: sourceHits, eventCount: events.length, sourceCount: sources.length, counts };
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
  const kind = hit.kind === 'source' ? `<span class="result-kind">Source${hit.outlet ? ` · ${escapeHtml(hit.outlet)}` : ''}</span> ` : '';
  const date = hit.date ? `<span class="result-date">${escapeHtml(hit.date)}</span> ` : '';
  // Pagefind's excerpt is escaped text with <mark> around the matches; nothing else gets through.
  const excerpt = hit.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
  return `<li class="search-result result-${hit.kind}"><a href="${escapeHtml(hit.url)}">${date}${kind}<span class="result-title">${escapeHtml(hit.title)}</span></a><p class="result-excerpt">${excerpt}</p></li>`;
}
