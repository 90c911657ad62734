/**
 * The page-data layer: every page's props built once from the corpus (`buildSite`), framework-free like the
 * pipeline, so that pages and components only render. Its links go through `href`, its wording through the helpers
 * of `wording.ts`.
 *
 * @module
 */
export { buildSite, type Site } from './build-site.ts';
export type { SiteOptions } from './context.ts';
export type { ArticlePage } from './article-pages.ts';
export type { EmbedEntry, EmbedEventPage, EmbedListPage } from './embed-pages.ts';
export type { EntityPage } from './entity-pages.ts';
export type { ClaimPage, ClaimView, EventPage, MergedPage, WithdrawnPage } from './event-pages.ts';
export type { FiguresChartView } from './figures-chart.ts';
export { headersFile } from './headers.ts';
export { cardCacheDir, renderCard } from './render-card.ts';
export type { ShareCard, ShareImage } from './share-cards.ts';
export { absoluteHref, href, paths } from './href.ts';
export type { MonthStripView } from './month-strip.ts';
export type { SearchShard } from './search-pages.ts';
export type { OutletPage, SourceItem } from './source-pages.ts';
export type { StoryView } from './story.ts';
export type { NavigatorView, TimelineListView, TimelinePageView } from './timeline-pages.ts';
export type { DateView, EventEntryView, Link, PagerView, SourceLinkView } from './views.ts';
export type { KeyEntryView, KeyEventsPage } from './key-events.ts';
