import { format } from 'date-fns/format';
import { fromIsoDay } from '../pipeline/days.ts';
import type { TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { figuresChart, type FiguresChartView } from './figures-chart.ts';
import { groupByMonth } from './group-by-month.ts';
import { absoluteHref, href, paths } from './href.ts';
import { monthStrip, type MonthStripView } from './month-strip.ts';
import type { TimelinePagination, TimelineYear } from './paginate-timeline.ts';
import { KEY_ON_HOME, keyEntry, keyEvents, type KeyEntryView } from './key-events.ts';
import type { EventEntryView, Link, PagerView } from './views.ts';
import { count } from './wording.ts';

/** The years-and-months navigator (the `TimelineNavigator` component). */
export interface NavigatorView {
  strip: MonthStripView | null;
  years: Array<{
    year: string;
    href: string;
    /** `12 events`, when the navigator shows counts (an overview that lists no events). */
    count: string | null;
    months: Array<{ href: string; name: string }>;
  }>;
}

/**
 * The navigator of a page: every year and month of the timeline, linking to
 * where each is; a year or month whose heading is on this page links to it
 * there.
 *
 * @param years - The whole timeline's years and months.
 * @param here - Anchors of the headings on this page (`y2024`, `m2024-10`).
 * @param counts - Whether to show each year's number of events.
 * @returns The view.
 */
export function navigator(
  years: readonly TimelineYear[],
  here: ReadonlySet<string> = new Set(),
  counts = false,
): NavigatorView {
  const local = (link: string, anchor: string) => (here.has(anchor) && link.includes('#') ? `#${anchor}` : href(link));
  const nav = years.map((y) => ({
    year: y.year,
    href: local(y.href, `y${y.year}`),
    count: counts ? count(y.count, 'event') : null,
    months: y.months.map((m) => ({ key: m.key, count: m.count, href: local(m.href, `m${m.key}`) })),
  }));
  return {
    strip: monthStrip(nav.flatMap((y) => y.months)),
    years: nav.map((y) => ({
      ...y,
      months: y.months.map((m) => ({ href: m.href, name: format(fromIsoDay(`${m.key}-01`)!, 'MMM') })),
    })),
  };
}

/** Events under year and month headings, with the navigator (the `TimelineList` component). */
export interface TimelineListView {
  navigator: NavigatorView;
  years: Array<{ year: string; months: Array<{ key: string; heading: string; entries: EventEntryView[] }> }>;
}

/**
 * The events of a page under their year and month headings (`groupByMonth`),
 * oldest first or newest first, with the navigator.
 *
 * @param events - The page's events, in timeline order.
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages, for the navigator.
 * @param newest - Newest first.
 * @returns The view.
 */
export function timelineList(
  events: readonly TimelineEvent[],
  site: SiteContext,
  layout: TimelinePagination,
  newest = false,
): TimelineListView {
  const oldestFirst = groupByMonth(events).map(({ year, groups }) => ({
    year,
    months: groups.map((g) => ({ key: g.key, heading: g.heading, entries: g.items.map((e) => site.entry(e)) })),
  }));
  const here = new Set(oldestFirst.flatMap((y) => [`y${y.year}`, ...y.months.map((g) => `m${g.key}`)]));
  const years = newest
    ? oldestFirst
        .map((y) => ({ ...y, months: y.months.map((g) => ({ ...g, entries: [...g.entries].reverse() })).reverse() }))
        .reverse()
    : oldestFirst;
  return { navigator: navigator(layout.years, here), years };
}

/** How many of the latest events the overview of a split timeline shows. */
const LATEST = 10;

/** The front page: the whole timeline, or an overview of a split one. */
export interface HomePage {
  story: string;
  jsonLd: Record<string, unknown>;
  /** What the timeline is made of: `12 events drawn from 51 dated claims in 5 reports (4 named outlets), oldest first`. */
  summary: string;
  figures: FiguresChartView | null;
  /** A split timeline: the navigator with counts, the latest events and a link to the last year. */
  overview: {
    navigator: NavigatorView;
    /** The story's key events (the top of `/key-events/`), oldest first. */
    key: KeyEntryView[];
    latest: EventEntryView[];
    lastYear: Link | null;
  } | null;
  /** A timeline on one page: every event. */
  timeline: TimelineListView | null;
  newestHref: string;
  keyEventsHref: string;
  aboutHref: string;
}

/**
 * The front page.
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages.
 * @returns The page.
 */
export function homePage(site: SiteContext, layout: TimelinePagination): HomePage {
  const { events, articles } = site.corpus;
  const claims = events.reduce((sum, event) => sum + event.claims.length, 0);
  const named = new Set(articles.flatMap((article) => (article.meta.outlet ? [article.meta.outlet] : [])));
  const lastYear = layout.years.at(-1);
  const url = (path: string) => absoluteHref(path, site.options.origin);
  return {
    story: site.story.title,
    jsonLd: {
      '@type': 'ItemList',
      name: `${site.story.title}: a timeline`,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      ...(layout.split
        ? {
            itemListElement: layout.years.map((year, i) => ({
              '@type': 'ListItem',
              position: i + 1,
              url: url(year.href),
              name: year.year,
            })),
          }
        : {
            itemListElement: events.map((event, i) => ({
              '@type': 'ListItem',
              position: i + 1,
              url: url(paths.event(event.id)),
              name: `${event.label}: ${event.title}`,
            })),
          }),
    },
    summary:
      `${count(events.length, 'event')} drawn from ${count(claims, 'dated claim')} in ` +
      `${count(articles.length, 'report')} (${count(named.size, 'named outlet')})` +
      (layout.split ? ', one page per year' : ', oldest first'),
    figures: figuresChart(site.corpus.figures),
    overview: layout.split
      ? {
          navigator: navigator(layout.years, new Set(), true),
          key: keyEvents(events, KEY_ON_HOME).map(keyEntry),
          latest: events
            .slice(-LATEST)
            .reverse()
            .map((event) => site.entry(event)),
          lastYear: lastYear ? { href: href(lastYear.href), text: `All of ${lastYear.year}` } : null,
        }
      : null,
    timeline: layout.split ? null : timelineList(events, site, layout),
    newestHref: href(paths.newest),
    keyEventsHref: href(paths.keyEvents()),
    aboutHref: href(paths.about),
  };
}

/** The timeline newest first: all of it, or as many of the latest events as a page holds. */
export interface NewestPage {
  story: string;
  split: boolean;
  /** How many events it lists. */
  shown: number;
  /** How many the timeline has, in words (`1,204`). */
  total: string;
  homeHref: string;
  timeline: TimelineListView;
}

/**
 * The timeline newest first.
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages.
 * @returns The page.
 */
export function newestPage(site: SiteContext, layout: TimelinePagination): NewestPage {
  const all = site.corpus.events;
  const events = layout.split ? all.slice(-layout.perPage) : all;
  return {
    story: site.story.title,
    split: layout.split,
    shown: events.length,
    total: all.length.toLocaleString('en-GB'),
    homeHref: href(paths.home),
    timeline: timelineList(events, site, layout, true),
  };
}

/** A page of a timeline too long for one: a year, a month of a long year, or a part of a long month. */
export interface TimelinePageView {
  /** Its path: `/years/2024/`, `/years/2024/10/page-2/`. */
  path: string;
  title: string;
  description: string;
  story: string;
  homeHref: string;
  /** The way up to its year, for a page below the year's own. */
  yearLink: Link | null;
  heading: string;
  year: string | null;
  /** The page of a year split by month: its months, each with its page and number of events. */
  months: Array<{ href: string; name: string; count: string }>;
  /** `12 events`. */
  count: string;
  /** How many events it lists. */
  listed: number;
  timeline: TimelineListView;
  pager: PagerView;
}

/**
 * The pages of a timeline too long for one (none when it fits on `/`).
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages.
 * @returns The pages, in timeline order.
 */
export function timelinePages(site: SiteContext, layout: TimelinePagination): TimelinePageView[] {
  if (!layout.split) return [];
  return layout.pages.map((page, i) => {
    const previous = layout.pages[i - 1];
    const next = layout.pages[i + 1];
    const events = count(page.events.length, 'event');
    return {
      path: page.path,
      title: `${page.heading}: timeline`,
      description: `${site.story.title}: ${events} in ${page.heading}.`,
      story: site.story.title,
      homeHref: href(paths.home),
      yearLink:
        page.path !== `/years/${page.year}/` ? { href: href(`/years/${page.year}/`), text: String(page.year) } : null,
      heading: page.heading,
      year: page.year,
      months: page.months.map((m) => ({
        href: href(m.href),
        name: format(fromIsoDay(`${m.key}-01`)!, 'MMMM yyyy'),
        count: count(m.count, 'event'),
      })),
      count: events,
      listed: page.events.length,
      timeline: timelineList(
        page.events.map((id) => site.event(id)),
        site,
        layout,
      ),
      pager: {
        label: 'Timeline pages',
        up: { href: href(paths.home), text: 'Overview' },
        previous: previous && { href: href(previous.path), text: previous.heading },
        next: next && { href: href(next.path), text: next.heading },
      },
    };
  });
}
