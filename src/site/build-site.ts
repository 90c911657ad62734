import type { Corpus } from '../pipeline/model/index.ts';
import { articlePages, type ArticlePage } from './article-pages.ts';
import { siteContext, type SiteOptions } from './context.ts';
import { entityPages, type EntityIndexPage, type EntityPage } from './entity-pages.ts';
import { eventPages, type ClaimPage, type EventPage, type MergedPage, type WithdrawnPage } from './event-pages.ts';
import { embedPages, type EmbedPages } from './embed-pages.ts';
import { jsonFeed, timelineCsv, timelineJs } from './exports.ts';
import { feedXml, timelineJson } from './feeds.ts';
import { href, paths } from './href.ts';
import { keyEventsPages, type KeyEventsPage } from './key-events.ts';
import { paginateTimeline } from './paginate-timeline.ts';
import { redirectRules } from './redirect-rules.ts';
import { shareCards, type ShareCards } from './share-cards.ts';
import { searchPages, type SearchPage, type SearchShard } from './search-pages.ts';
import { sourcePages, type OutletPage, type SourcesPage } from './source-pages.ts';
import {
  homePage,
  newestPage,
  timelinePages,
  type HomePage,
  type NewestPage,
  type TimelinePageView,
} from './timeline-pages.ts';
import type { StoryView } from './story.ts';
import type { Link } from './views.ts';

/** Every page of the site, as the data its template renders. */
export interface Site {
  /** The story as every page names it: title, description, site name, language. */
  story: StoryView;
  home: HomePage;
  newest: NewestPage;
  /** The key-events view: `/key-events/` and a page per size. */
  keyEvents: KeyEventsPage[];
  /** Pages of a timeline too long for one (`/years/...`); none when it fits on `/`. */
  timelinePages: TimelinePageView[];
  /** Live events' pages, the further pages of their claims, and the pages of merged and withdrawn ids. */
  events: EventPage[];
  claimPages: ClaimPage[];
  merged: MergedPage[];
  withdrawn: WithdrawnPage[];
  articles: ArticlePage[];
  entityIndex: EntityIndexPage;
  entities: EntityPage[];
  sources: SourcesPage;
  outlets: OutletPage[];
  search: SearchPage;
  searchShards: SearchShard[];
  /** The share cards to draw, and the image each page names (`og:image`). */
  shareCards: ShareCards;
  /** The embeds for other sites' iframes, and the snippets to copy. */
  embeds: EmbedPages;
  /** The page of a missing address: the latest events. */
  notFound: { latest: Link[] };
  feed: string;
  /** `feed.json`, `timeline.csv`, `timelinejs.json`: the exports other tools read (`exports.ts`). */
  jsonFeed: string;
  csv: string;
  timelineJs: string;
  timelineJson: string;
  /** `_redirects`: each merged event's old address as a permanent redirect (`redirectRules`). */
  redirects: string;
}

/**
 * Build the data of every page from the corpus, once: what each template
 * renders and nothing more, with its links, counts and wording ready. Lists
 * share each event's timeline entry.
 *
 * @param corpus - The corpus (`buildCorpus`).
 * @param options - The most events a page lists, and where the site is published.
 * @returns The pages.
 */
export function buildSite(corpus: Corpus, options: SiteOptions): Site {
  const site = siteContext(corpus, options);
  const layout = paginateTimeline(corpus.events, options.perPage);
  const events = eventPages(site, layout);
  const entities = entityPages(site);
  const sources = sourcePages(site);
  const search = searchPages(site);
  return {
    story: site.story,
    home: homePage(site, layout),
    newest: newestPage(site, layout),
    keyEvents: keyEventsPages(site),
    timelinePages: timelinePages(site, layout),
    events: events.events,
    claimPages: events.claimPages,
    merged: events.merged,
    withdrawn: events.withdrawn,
    articles: articlePages(site),
    entityIndex: entities.index,
    entities: entities.pages,
    sources: sources.sources,
    outlets: sources.outlets,
    search: search.search,
    searchShards: search.shards,
    embeds: embedPages(site, layout),
    shareCards: shareCards(site, layout),
    notFound: {
      latest: corpus.events
        .slice(-5)
        .reverse()
        .map((event) => ({ href: href(paths.event(event.id)), text: `${event.label}: ${event.title}` })),
    },
    feed: feedXml(site),
    jsonFeed: jsonFeed(site),
    csv: timelineCsv(site),
    timelineJs: timelineJs(site),
    timelineJson: timelineJson(site),
    redirects: redirectRules(
      corpus.events.flatMap((event) =>
        event.aliases.map((alias) => ({ from: paths.event(alias), to: paths.event(event.id) })),
      ),
      { force: options.forceRedirects },
    ),
  };
}
