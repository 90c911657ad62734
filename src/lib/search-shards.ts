import { getCollection, type CollectionEntry } from 'astro:content';

/** Events per search shard: enough to keep Pagefind's records few, few enough that a result's shard loads fast. */
const EVENTS = 20;
/** Articles per search shard: articles are long. */
const ARTICLES = 5;

/** A search shard: a run of events or of source articles that Pagefind indexes as one record. */
export interface SearchShard {
  kind: 'events' | 'articles';
  /** 1-based number within its kind. */
  n: number;
  path: string;
  events: Array<CollectionEntry<'events'>>;
  articles: Array<CollectionEntry<'articles'>>;
}

/**
 * Cut the events (timeline order) and the articles (publication order) into
 * search shards. Shared by the shard pages and the list the dev server reads.
 *
 * @returns The shards, events first.
 */
export async function searchShards(): Promise<SearchShard[]> {
  const events = (await getCollection('events')).sort((a, b) => a.data.order - b.data.order);
  const articles = (await getCollection('articles')).sort(
    (a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id),
  );
  const chunk = <T>(list: T[], size: number) =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  return [
    ...chunk(events, EVENTS).map((slice, i) => ({
      kind: 'events' as const,
      n: i + 1,
      path: `/search-index/events/${i + 1}/`,
      events: slice,
      articles: [],
    })),
    ...chunk(articles, ARTICLES).map((slice, i) => ({
      kind: 'articles' as const,
      n: i + 1,
      path: `/search-index/articles/${i + 1}/`,
      events: [],
      articles: slice,
    })),
  ];
}
