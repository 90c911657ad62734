import { machineDate } from '../pipeline/days.ts';
import type { ArticleMeta, ResolvedDate, TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { href, paths } from './href.ts';
import { noun } from './wording.ts';

/** A link: where it goes and what it says. */
export interface Link {
  href: string;
  text: string;
}

/** Earlier and later links around a way back (the `Pager` component). */
export interface PagerView {
  /** What the links move through, for screen readers. */
  label: string;
  previous?: Link | undefined;
  up: Link;
  next?: Link | undefined;
}

/** A date as the `DateLabel` component shows it. */
export interface DateView {
  start: string;
  end: string;
  label: string;
  /** The most specific HTML `datetime` true of the whole interval (`machineDate`). */
  datetime: string;
}

/**
 * A date for `DateLabel`.
 *
 * @param date - An interval with its label.
 * @returns The view.
 */
export function dateView(date: Pick<ResolvedDate, 'start' | 'end' | 'label'>): DateView {
  return { start: date.start, end: date.end, label: date.label, datetime: machineDate(date) };
}

/** A link to a source article, by its outlet (the `SourceLink` component). */
export interface SourceLinkView {
  href: string;
  outlet: string | undefined;
  via: string | undefined;
  /** The article's title: what an unnamed outlet's link says on hover. */
  title: string;
}

/**
 * A link to a source article, or to one of its claims.
 *
 * @param slug - The article's slug.
 * @param meta - Its frontmatter.
 * @param fragment - The claim's anchor, if any.
 * @returns The view.
 */
export function sourceLink(slug: string, meta: ArticleMeta, fragment?: string): SourceLinkView {
  return { href: href(paths.article(slug, fragment)), outlet: meta.outlet, via: meta.via, title: meta.title };
}

/** Source chips an entry shows at most; the event's page has every source. */
const CHIPS = 6;
/** Characters of the quote an entry shows at most; the event's page has the whole sentence. */
const QUOTE = 400;

/** An event as a timeline entry shows it (the `EventEntry` component). */
export interface EventEntryView {
  id: string;
  href: string;
  title: string;
  date: DateView;
  /** The first claim that dates the event in its own words (else the first report), cut at a word near 400 characters. */
  quote: string;
  /** One link per source article (at most six), to a claim of it in this event. */
  sources: SourceLinkView[];
  /** How many more sources the event's page lists (0: none). */
  more: number;
  /** `1 source`, `3 sources`. */
  corroboration: string;
  /** The ways the sources differ, in one line, or `null` when they agree. */
  differ: string | null;
  /** One of the story's key events (`/key-events/`). */
  key: boolean;
}

/**
 * An event as a timeline entry: small however widely the event was reported.
 *
 * @param event - The event.
 * @param site - The corpus lookups.
 * @returns The view.
 */
export function eventEntry(event: TimelineEvent, site: SiteContext): EventEntryView {
  const { claims, corroboration, disagreements } = event;
  const key = claims.find((claim) => claim.expression !== null) ?? claims[0]!;
  // By article, in order of its first claim, linking to its last claim in the event.
  const sources = [...new Map(claims.map((claim) => [claim.article, claim])).values()];
  const cut = key.sentence.slice(0, key.sentence.lastIndexOf(' ', QUOTE) + 1 || QUOTE).trimEnd();
  return {
    id: event.id,
    href: href(paths.event(event.id)),
    title: event.title,
    date: dateView(event),
    quote: key.sentence.length <= QUOTE ? key.sentence : `${cut} […]`,
    sources: sources
      .slice(0, CHIPS)
      .map((claim) => sourceLink(claim.article, site.article(claim.article).meta, claim.fragment)),
    more: Math.max(0, sources.length - CHIPS),
    corroboration: `${corroboration} ${noun(corroboration, 'source')}`,
    differ: disagreements.length > 0 ? disagreements.map((d) => d.summary).join(' ') : null,
    key: site.isKey(event.id),
  };
}

/** One part of a list cut into parts of a page's size. */
export interface ListPart<T> {
  /** From 0. */
  part: number;
  parts: number;
  items: T[];
  /** Between the parts, when there are several. */
  pager: PagerView | null;
}

/**
 * Cut a long list (an entity's events, an outlet's reports) into parts of a
 * page's size, each with earlier and later links between the parts and a way
 * up. A list that fits is one part, without a pager.
 *
 * @param items - The list, in order.
 * @param size - The most items a part holds.
 * @param name - What the list is of, for the pager's label (`Pages of Russia`).
 * @param up - The way up from every part.
 * @param pathOf - The path of a part (from 0).
 * @returns The parts; none for an empty list.
 */
export function listParts<T>(
  items: readonly T[],
  size: number,
  name: string,
  up: Link,
  pathOf: (part: number) => string,
): Array<ListPart<T>> {
  const parts = Math.ceil(items.length / size);
  return Array.from({ length: parts }, (_, part) => ({
    part,
    parts,
    items: items.slice(part * size, (part + 1) * size),
    pager:
      parts > 1
        ? {
            label: `Pages of ${name}`,
            up,
            previous: part > 0 ? { href: href(pathOf(part - 1)), text: `part ${part}` } : undefined,
            next: part < parts - 1 ? { href: href(pathOf(part + 1)), text: `part ${part + 2}` } : undefined,
          }
        : null,
  }));
}
