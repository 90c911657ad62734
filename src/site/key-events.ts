import type { TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { absoluteHref, href, paths } from './href.ts';
import { dateView, type DateView, type Link } from './views.ts';
import { count } from './wording.ts';

/** The sizes of the key-events view, each a page of its own (`/key-events/10/`…); `/key-events/` shows the middle one. */
export const KEY_SIZES = [10, 25, 50] as const;
/** The size `/key-events/` shows, and how many events the timeline marks as key. */
export const KEY_DEFAULT = 25;
/** At most one event in this many is marked as key in the timeline: a mark on every entry says nothing. */
const MARK_SHARE = 5;

/**
 * How many of the key events the timeline marks: the top of `/key-events/`, at most one
 * event in five (a story of 15 events marks 3).
 *
 * @param events - How many events the story has.
 * @returns How many to mark.
 */
export function keyMarks(events: number): number {
  return Math.min(KEY_DEFAULT, Math.ceil(events / MARK_SHARE));
}

/** How many key events the front page of a long story shows. */
export const KEY_ON_HOME = 10;

/**
 * The story's key events: the most significant (`significance`, then more sources, the
 * earlier day, the id), one a day at most (an event of less than a day counts for its first
 * day), background left out, in timeline order.
 *
 * @param events - The events, in timeline order.
 * @param n - How many at most.
 * @returns The key events, oldest first.
 */
export function keyEvents(events: readonly TimelineEvent[], n: number): TimelineEvent[] {
  const order = new Map(events.map((event, i) => [event.id, i]));
  const ranked = [...events].sort(
    (a, b) =>
      (b.significance ?? 0) - (a.significance ?? 0) ||
      b.corroboration - a.corroboration ||
      (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const days = new Set<string>();
  const chosen: TimelineEvent[] = [];
  for (const event of ranked) {
    if (chosen.length >= n) break;
    if (event.background || days.has(event.start)) continue;
    days.add(event.start);
    chosen.push(event);
  }
  return chosen.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** A key event as the key-events view shows it: headline, date, best sentence, sources. */
export interface KeyEntryView {
  id: string;
  href: string;
  title: string;
  date: DateView;
  /** The event's best sentence (`summary`). */
  summary: string;
  /** `3 sources`. */
  corroboration: string;
}

/**
 * A key event's entry.
 *
 * @param event - The event.
 * @returns The view.
 */
export function keyEntry(event: TimelineEvent): KeyEntryView {
  return {
    id: event.id,
    href: href(paths.event(event.id)),
    title: event.title,
    date: dateView(event),
    summary: event.summary ?? event.claims[0]!.sentence,
    corroboration: count(event.corroboration, 'source'),
  };
}

/** A page of the key-events view. */
export interface KeyEventsPage {
  /** Its path: `/key-events/`, `/key-events/10/`. */
  path: string;
  /** How many events it was asked for. */
  size: number;
  story: string;
  title: string;
  /** `The 25 most significant of 1,204 events, one a day at most, oldest first.` */
  lede: string;
  entries: KeyEntryView[];
  /** The other sizes, and this one (`current`). */
  sizes: Array<Link & { current: boolean }>;
  /** The absolute canonical address: that of `/key-events/` for the page of its default size. */
  canonical: string;
  homeHref: string;
}

/**
 * The pages of the key-events view: `/key-events/` and one per size.
 *
 * @param site - The corpus lookups.
 * @returns The pages.
 */
export function keyEventsPages(site: SiteContext): KeyEventsPage[] {
  const events = site.corpus.events;
  const total = events.length.toLocaleString('en-GB');
  const page = (path: string, size: number): KeyEventsPage => {
    const chosen = keyEvents(events, size);
    return {
      path,
      size,
      story: site.story.title,
      title: `Key events: top ${size}`,
      lede:
        chosen.length < size
          ? `All ${count(chosen.length, 'day')} of the story's ${count(events.length, 'event')}: the most significant event of each, oldest first.`
          : `The ${size} most significant of ${total} events, one a day at most, oldest first: how many reports name the day, how prominently, and how surely.`,
      entries: chosen.map(keyEntry),
      sizes: KEY_SIZES.map((n) => ({
        href: href(n === KEY_DEFAULT ? paths.keyEvents() : paths.keyEvents(n)),
        text: `Top ${n}`,
        current: n === size,
      })),
      canonical: absoluteHref(size === KEY_DEFAULT ? paths.keyEvents() : path, site.options.origin),
      homeHref: href(paths.home),
    };
  };
  return [page(paths.keyEvents(), KEY_DEFAULT), ...KEY_SIZES.map((n) => page(paths.keyEvents(n), n))];
}
