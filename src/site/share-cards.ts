import { formatDay } from '../pipeline/days.ts';
import type { TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { absoluteHref, paths } from './href.ts';
import { KEY_SIZES, keyEvents } from './key-events.ts';
import type { TimelinePagination } from './paginate-timeline.ts';
import { count } from './wording.ts';

/** What a share card shows: the picture a shared link unfurls into (1200x630). */
export interface ShareCard {
  /** Its file, from the site's root: `/cards/events/<id>.png`. */
  path: string;
  /** Above the headline, in the accent colour: the event's date. */
  kicker: string;
  headline: string;
  /** Below it: `3 sources · first reported 10 Dec 2024`. */
  facts: string;
  /** The story's name, at the top. */
  story: string;
  /** The site's name, at the top before it, in capitals. */
  site: string;
  /** The card's text as one sentence, for `og:image:alt`. */
  alt: string;
}

/** A card as a page's `<head>` names it. */
export interface ShareImage {
  /** Absolute address (Open Graph wants one). */
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The size of every card: what Open Graph and Twitter's large card show without cropping. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The share cards of the site, and the image each page names. */
export interface ShareCards {
  /** Every card to draw: the timeline's, then one per live event. */
  cards: ShareCard[];
  /** The timeline's card: the image of every page without one of its own. */
  timeline: ShareImage;
  /** Each live event's card, by id. */
  events: Record<string, ShareImage>;
  /** The cards of the key-events pages (one per size) and of the years of a split timeline. */
  pageCards: ShareCard[];
  /** The card of each key-events page, by its size (`/key-events/` shows its default size's). */
  keyEvents: Record<number, ShareImage>;
  /** The card of each year of a split timeline, by year: its page's, and its months' and parts'. */
  years: Record<string, ShareImage>;
}

/** The card of an event. */
function eventCard(event: TimelineEvent, story: string, site: string): ShareCard {
  const sources = count(event.corroboration, 'source');
  const facts = `${sources} · first reported ${formatDay(event.firstReport.published)}`;
  return {
    path: paths.eventCard(event.id),
    kicker: event.label,
    headline: event.title,
    facts,
    story,
    site,
    alt: `${event.label}: ${event.title}. ${sources}, first reported ${formatDay(event.firstReport.published)}. From the timeline “${story}”.`,
  };
}

/**
 * The share cards: one for the timeline (the image of the front page and of
 * every page without one of its own; an article's page shares the story's),
 * one per live event, with its date, title, number of sources and first
 * report, one per key-events page and, when the timeline is split, one per
 * year. Drawn by `renderCard`; each page names its card (`og:image`).
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages (its years, when split).
 * @returns The cards and the image of each page.
 */
export function shareCards(site: SiteContext, layout: TimelinePagination): ShareCards {
  const { events, articles } = site.corpus;
  const image = (card: ShareCard): ShareImage => ({
    url: absoluteHref(card.path, site.options.origin),
    alt: card.alt,
    ...CARD_SIZE,
  });
  const from = events[0]?.start.slice(0, 4);
  const to = events.at(-1)?.end.slice(0, 4);
  const span = from && to ? ` · ${from === to ? from : `${from}–${to}`}` : '';
  const reports = count(articles.length, 'report');
  const summary = `${count(events.length, 'event')} from ${reports}`;
  const tagline = 'Every date read from the reports themselves';
  const timeline: ShareCard = {
    path: paths.timelineCard,
    kicker: 'A sourced timeline',
    headline: site.story.title,
    facts: `${summary}${span}`,
    story: tagline,
    site: site.story.site,
    alt: `A sourced timeline: ${site.story.title}. ${summary}${span.replace(' · ', ', ')}.`,
  };
  const keyCards = KEY_SIZES.map((size): [number, ShareCard] => {
    const chosen = keyEvents(events, size).length;
    const facts = `${chosen.toLocaleString('en-GB')} of ${count(events.length, 'event')} from ${reports}, one a day at most`;
    return [
      size,
      {
        path: paths.keyEventsCard(size),
        kicker: `Key events: top ${size}`,
        headline: site.story.title,
        facts,
        story: tagline,
        site: site.story.site,
        alt: `Key events, top ${size}: ${site.story.title}. ${facts}.`,
      },
    ];
  });
  const yearCards = (layout.split ? layout.years : []).map((year): [string, ShareCard] => {
    const facts = `${count(year.count, 'event')} in ${year.year}`;
    return [
      year.year,
      {
        path: paths.yearCard(year.year),
        kicker: year.year,
        headline: site.story.title,
        facts,
        story: tagline,
        site: site.story.site,
        alt: `${year.year}: ${site.story.title}. ${facts}, from the timeline of ${summary}.`,
      },
    ];
  });
  const cards = events.map((event) => eventCard(event, site.story.title, site.story.site));
  return {
    cards: [timeline, ...cards],
    timeline: image(timeline),
    events: Object.fromEntries(events.map((event, i) => [event.id, image(cards[i]!)])),
    pageCards: [...keyCards, ...yearCards].map(([, card]) => card),
    keyEvents: Object.fromEntries(keyCards.map(([size, card]) => [size, image(card)])),
    years: Object.fromEntries(yearCards.map(([year, card]) => [year, image(card)])),
  };
}
