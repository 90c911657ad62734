import { formatDay } from '../pipeline/days.ts';
import type { CorpusArticle, TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { paths } from './href.ts';

/** The search page's filter choices, known at build time. */
export interface SearchPage {
  outlets: string[];
  years: string[];
  entities: Array<{ key: string; name: string }>;
}

/** What a search result shows of its section: `t` title, `l` date label, `y` year, `o` outlets, `e` entity keys. */
export type Facets = Record<string, { t: string; l: string; y: string; o: string[]; e: string[] }>;

/** A search shard: a run of events or of source articles that Pagefind indexes as one record. */
export interface SearchShard {
  kind: 'events' | 'articles';
  /** 1-based number within its kind. */
  n: number;
  path: string;
  /** `kind:event` or `kind:source`, for Pagefind's filter. */
  filter: string;
  /** Pagefind's sort key: the date of its first section. */
  sort: string;
  facets: Facets;
  /** The years, outlets and entities of its sections, for Pagefind's filters. */
  years: string[];
  outlets: string[];
  entityKeys: string[];
  events: Array<{ id: string; title: string; sentences: string[]; outlets: string; entities: string }>;
  articles: Array<{ id: string; title: string; byline: string; html: string }>;
}

/** Events per search shard: enough to keep Pagefind's records few, few enough that a result's shard loads fast. */
const EVENTS = 20;
/** Articles per search shard: articles are long. */
const ARTICLES = 5;
/**
 * At most this many of an event's claims (distinct sentences, earliest report
 * first) are indexed: an event reported hundreds of times says the same thing
 * hundreds of times, and every copy would weigh on the first query's download.
 */
const CLAIMS = 20;

const chunk = <T>(list: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * The search page's choices and the search shards: the events (timeline
 * order) and the articles (publication order) cut into runs that Pagefind
 * indexes, each event and article a section of its own with what the search
 * script filters and shows.
 *
 * @param site - The corpus lookups.
 * @returns The search page and the shards, events first.
 */
export function searchPages(site: SiteContext): { search: SearchPage; shards: SearchShard[] } {
  const { corpus } = site;
  const articles = [...corpus.articles].sort(
    (a, b) => a.meta.published.localeCompare(b.meta.published) || a.slug.localeCompare(b.slug),
  );
  const entitiesOf = (article: CorpusArticle) => [
    ...new Set(Object.values(article.eventOf).flatMap((id) => corpus.eventEntities[id] ?? [])),
  ];
  const shard = (
    kind: SearchShard['kind'],
    n: number,
    events: readonly TimelineEvent[],
    list: readonly CorpusArticle[],
  ): SearchShard => {
    const facets: Facets = {};
    for (const event of events) {
      facets[event.id] = {
        t: event.title,
        l: event.label,
        y: event.start.slice(0, 4),
        o: event.outlets,
        e: corpus.eventEntities[event.id] ?? [],
      };
    }
    for (const article of list) {
      const { meta } = article;
      facets[article.slug] = {
        t: meta.title,
        l: formatDay(meta.published),
        y: meta.published.slice(0, 4),
        o: meta.outlet ? [meta.outlet] : [],
        e: entitiesOf(article),
      };
    }
    const values = (key: 'y' | 'o' | 'e') => [...new Set(Object.values(facets).flatMap((f) => f[key]))];
    return {
      kind,
      n,
      path: paths.shard(kind, n),
      filter: `kind:${events.length ? 'event' : 'source'}`,
      sort: `date:${events[0]?.start ?? list[0]?.meta.published ?? ''}`,
      facets,
      years: values('y'),
      outlets: values('o'),
      entityKeys: values('e'),
      events: events.map((event) => ({
        id: event.id,
        title: event.title,
        sentences: [...new Set(event.claims.map((claim) => claim.sentence))].slice(0, CLAIMS),
        outlets: event.outlets.join(', '),
        entities: (corpus.eventEntities[event.id] ?? []).map((key) => site.entityName(key)).join(', '),
      })),
      articles: list.map((article) => ({
        id: article.slug,
        title: article.meta.title,
        byline: [article.meta.outlet, article.meta.author].filter(Boolean).join(', '),
        html: article.html,
      })),
    };
  };
  const years = [
    ...new Set([
      ...corpus.events.map((event) => event.start.slice(0, 4)),
      ...corpus.articles.map((article) => article.meta.published.slice(0, 4)),
    ]),
  ].sort();
  return {
    search: {
      outlets: [
        ...new Set(corpus.articles.flatMap((article) => (article.meta.outlet ? [article.meta.outlet] : []))),
      ].sort((a, b) => a.localeCompare(b)),
      years,
      entities: [...corpus.entities]
        .sort((a, b) => a.key.localeCompare(b.key))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((entity) => ({ key: entity.key, name: entity.name })),
    },
    shards: [
      ...chunk(corpus.events, EVENTS).map((slice, i) => shard('events', i + 1, slice, [])),
      ...chunk(articles, ARTICLES).map((slice, i) => shard('articles', i + 1, [], slice)),
    ],
  };
}
