import type { TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { groupByMonth } from './group-by-month.ts';
import { absoluteHref, href, paths } from './href.ts';
import type { TimelinePagination } from './paginate-timeline.ts';
import { dateView, type DateView, type Link } from './views.ts';
import { count, reportedBy } from './wording.ts';

/** Events the latest-events embed lists, newest first. */
export const EMBED_LATEST = 10;
/** Events a year's embed lists at most, oldest first; the rest are a link away. */
export const EMBED_YEAR = 30;

/** An event as an embed lists it: its date, its title and how widely it was reported. */
export interface EmbedEntry {
  id: string;
  /** The event's full page (opened in the top window). */
  href: string;
  date: DateView;
  title: string;
  /** `3 sources`. */
  corroboration: string;
}

/** An embed that lists events: the latest, or a year's. */
export interface EmbedListPage {
  /** Its path, from the site's root. */
  path: string;
  title: string;
  heading: string;
  /** What it shows, in words: `The latest 10 of 15 events`. */
  lede: string;
  entries: EmbedEntry[];
  /** The full timeline (or year) the embed is a window on. */
  more: Link;
  /** The page the embed stands for (its canonical address). */
  canonical: string;
}

/** The embed of one event: a card. */
export interface EmbedEventPage {
  id: string;
  path: string;
  title: string;
  date: DateView;
  heading: string;
  /** The quotation that dates it, cut as on the timeline. */
  quote: string;
  /** `Reported by 3 sources: …`. */
  reported: string;
  /** The event's full page. */
  more: Link;
  /** The story's timeline. */
  story: Link;
  canonical: string;
}

/** The embeds, and the `<iframe>` snippets the site offers to copy. */
export interface EmbedPages {
  latest: EmbedListPage;
  years: EmbedListPage[];
  events: EmbedEventPage[];
  /** The snippet of each embed: the latest events (`home`), by year, by event id. */
  snippets: { home: string; years: Record<string, string>; events: Record<string, string> };
}

/**
 * The height an event's card needs at 300 px wide (a phone's column), from
 * the length of its lines: about 28 characters a line of the quotation, 22 of
 * the headline, 36 of the sources and 34 of the links, with the rows above
 * and the padding. Rounded up to 10 px; measured in Chromium with DejaVu, a
 * wide font, so that narrower fonts fit too.
 *
 * @param page - The card.
 * @returns Its height in pixels.
 */
export function eventEmbedHeight(
  page: Pick<EmbedEventPage, 'quote' | 'heading' | 'reported' | 'more' | 'story'>,
): number {
  const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);
  const height =
    90 +
    lines(page.quote, 28) * 24 +
    lines(page.heading, 22) * 24 +
    lines(`${page.reported}.`, 36) * 20 +
    lines(`${page.more.text} · from ${page.story.text}`, 34) * 20;
  return Math.ceil(height / 10) * 10;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The `<iframe>` a newsroom pastes into its article to show an embed: its
 * absolute address, a title for screen readers, the full width of the column
 * and a height that fits its content at 300 px.
 *
 * @param src - The embed's absolute address.
 * @param title - What it shows.
 * @param height - Its height in pixels.
 * @returns The HTML snippet.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * The embeds of the site, static and script-free, for other sites'
 * `<iframe>`s: `/embed/` (the latest events, newest first), `/embed/years/<year>/`
 * (a year's events, oldest first, up to 30), `/embed/events/<id>/` (one event
 * as a card). Their links lead to the full pages, in the top window.
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages: where each year is.
 * @returns The pages and their snippets.
 */
export function embedPages(site: SiteContext, layout: TimelinePagination): EmbedPages {
  const { events } = site.corpus;
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const entry = (event: TimelineEvent): EmbedEntry => ({
    id: event.id,
    href: href(paths.event(event.id)),
    date: dateView(event),
    title: event.title,
    corroboration: site.entry(event).corroboration,
  });
  const latestEvents = events.slice(-EMBED_LATEST).reverse();
  const latest: EmbedListPage = {
    path: paths.embed,
    title: `Latest events: ${site.story.title}`,
    heading: site.story.title,
    lede:
      latestEvents.length === events.length
        ? `${count(events.length, 'event')}, newest first`
        : `The latest ${latestEvents.length} of ${count(events.length, 'event')}, newest first`,
    entries: latestEvents.map(entry),
    more: { href: href(paths.home), text: 'The whole timeline and its sources' },
    canonical: url(paths.home),
  };
  const yearHref = new Map(layout.years.map((y) => [y.year, y.href]));
  const years = groupByMonth(events).map(({ year, groups }): EmbedListPage => {
    const all = groups.flatMap((group) => group.items);
    const shown = all.slice(0, EMBED_YEAR);
    const path = yearHref.get(year) ?? paths.home;
    return {
      path: paths.embedYear(year),
      title: `${year}: ${site.story.title}`,
      heading: `${year}: ${site.story.title}`,
      lede:
        shown.length === all.length
          ? `${count(all.length, 'event')}, oldest first`
          : `The first ${shown.length} of ${count(all.length, 'event')}, oldest first`,
      entries: shown.map(entry),
      more: { href: href(path), text: `All of ${year} on the timeline` },
      canonical: url(path),
    };
  });
  const eventEmbeds = events.map((event): EmbedEventPage => {
    const view = site.entry(event);
    return {
      id: event.id,
      path: paths.embedEvent(event.id),
      title: `${event.label}: ${event.title}`,
      date: view.date,
      heading: event.title,
      quote: view.quote,
      reported: reportedBy(event.corroboration, event.outlets),
      more: { href: href(paths.event(event.id)), text: 'The event, its quotations and sources' },
      story: { href: href(paths.home), text: site.story.title },
      canonical: url(paths.event(event.id)),
    };
  });
  return {
    latest,
    years,
    events: eventEmbeds,
    snippets: {
      home: embedSnippet(url(latest.path), latest.title, 640),
      years: Object.fromEntries(
        years.map((page) => [page.path.split('/').at(-2)!, embedSnippet(url(page.path), page.title, 640)]),
      ),
      events: Object.fromEntries(
        eventEmbeds.map((page) => [page.id, embedSnippet(url(page.path), page.title, eventEmbedHeight(page))]),
      ),
    },
  };
}
