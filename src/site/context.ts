import type { Corpus, CorpusArticle, TimelineEvent } from '../pipeline/model/index.ts';
import { keyEvents, keyMarks } from './key-events.ts';
import { storyView, type StoryView } from './story.ts';
import { eventEntry, type EventEntryView } from './views.ts';

/** Options of the page data. */
export interface SiteOptions {
  /** The most events one timeline page, or any list page, shows. */
  perPage: number;
  /** Where the site is published, for absolute addresses (feed, JSON-LD, canonical links). */
  origin: string;
  /** Force the redirects of `_redirects` (`301!`: Netlify serves a file at an address instead of redirecting it). */
  forceRedirects: boolean;
}

/** The corpus with the lookups every page builder shares, worked out once. */
export interface SiteContext {
  corpus: Corpus;
  options: SiteOptions;
  /** The story as the pages name it (`storyView`). */
  story: StoryView;
  article(slug: string): CorpusArticle;
  event(id: string): TimelineEvent;
  /** An entity's name, by key. */
  entityName(key: string): string;
  /** The timeline entry of an event, made once and shared by every list that shows it. */
  entry(event: TimelineEvent): EventEntryView;
  /** How many events each article's claims feed, by slug. */
  eventCount(slug: string): number;
  /** Whether an event is one of the key events the timeline marks (the top of `/key-events/`, `keyMarks`). */
  isKey(id: string): boolean;
}

/**
 * The lookups of a corpus, for the page builders: articles, events and
 * entity names by key, each event's timeline entry (made once), and the
 * number of events each article feeds.
 *
 * @param corpus - The corpus.
 * @param options - Page size and origin.
 * @returns The context.
 */
export function siteContext(corpus: Corpus, options: SiteOptions): SiteContext {
  const articles = new Map(corpus.articles.map((article) => [article.slug, article]));
  const events = new Map(corpus.events.map((event) => [event.id, event]));
  const names = new Map(corpus.entities.map((entity) => [entity.key, entity.name]));
  const entries = new Map<string, EventEntryView>();
  const key = new Set(keyEvents(corpus.events, keyMarks(corpus.events.length)).map((event) => event.id));
  const eventSets = new Map<string, Set<string>>();
  for (const event of corpus.events) {
    for (const claim of event.claims) {
      if (!eventSets.has(claim.article)) eventSets.set(claim.article, new Set());
      eventSets.get(claim.article)!.add(event.id);
    }
  }
  const context: SiteContext = {
    corpus,
    options,
    story: storyView(corpus.story),
    article: (slug) => articles.get(slug)!,
    event: (id) => events.get(id)!,
    entityName: (key) => names.get(key) ?? key,
    entry(event) {
      let entry = entries.get(event.id);
      if (!entry) entries.set(event.id, (entry = eventEntry(event, context)));
      return entry;
    },
    eventCount: (slug) => eventSets.get(slug)?.size ?? 0,
    isKey: (id) => key.has(id),
  };
  return context;
}
