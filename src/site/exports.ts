import type { IsoDay, TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { feedEvents } from './feeds.ts';
import { absoluteHref, paths } from './href.ts';

/** The columns of `timeline.csv`, in order: one row per claim. */
export const CSV_COLUMNS = [
  'event_id',
  'event_start',
  'event_end',
  'event_label',
  'event_title',
  'outlet',
  'article_title',
  'article_url',
  'claim_url',
  'published',
  'sentence',
  'expression',
  'claim_label',
] as const;

/**
 * What a spreadsheet may read as the start of a formula: `=`, `+`, `-`, `@`
 * (and their full-width forms, which some read the same way), a tab or a
 * carriage return, first in the field or after leading spaces.
 */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/**
 * One field of a CSV record. A field a spreadsheet would run as a formula (a
 * hostile title such as `=HYPERLINK(...)`, see `FORMULA_START`) is
 * neutralised as OWASP's "CSV Injection" advises: a single quote before it,
 * so that it is shown as text. Then quoted as RFC 4180 says: in double
 * quotes when it holds a comma, a double quote, a line break or leading or
 * trailing space, with each double quote doubled.
 *
 * @param value - The text of the field.
 * @returns The field as written.
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `timeline.csv`: one row per claim, in timeline order, for a spreadsheet or
 * a newsroom's own tools: the event it belongs to (id, days, label, title),
 * where it was reported (outlet, article title, the article's own address
 * where the capture names it, else its page here), its sentence and the
 * date words in it. RFC 4180: a header row, CRLF line ends, quoted fields;
 * no field starts a formula (`csvField`).
 *
 * @param site - The corpus lookups.
 * @returns The file's text.
 */
export function timelineCsv(site: SiteContext): string {
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const rows = site.corpus.events.flatMap((event) =>
    event.claims.map((claim) => {
      const { meta } = site.article(claim.article);
      return [
        event.id,
        event.start,
        event.end,
        event.label,
        event.title,
        meta.outlet ?? '',
        meta.title,
        meta.url ?? url(paths.article(claim.article)),
        url(paths.article(claim.article, claim.fragment)),
        meta.published,
        claim.sentence,
        claim.expression ?? '',
        claim.label,
      ];
    }),
  );
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A date of the TimelineJS3 JSON format: a year, and a month and day where the date names them. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The start and end of an interval as TimelineJS3 dates, no finer than the
 * interval's own edges: whole years as years, whole months as months, other
 * runs as days. The end is left out when it is the same as the start.
 *
 * @param start - First day.
 * @param end - Last day.
 * @returns The dates.
 */
export function timelineJsDates(start: IsoDay, end: IsoDay): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  const wholeYears = wholeMonths && m1 === 1 && m2 === 12;
  if (wholeYears)
    return y1 === y2 ? { start_date: { year: y1 } } : { start_date: { year: y1 }, end_date: { year: y2 } };
  if (wholeMonths) {
    return y1 === y2 && m1 === m2
      ? { start_date: { year: y1, month: m1 } }
      : { start_date: { year: y1, month: m1 }, end_date: { year: y2, month: m2 } };
  }
  return start === end
    ? { start_date: { year: y1, month: m1, day: d1 } }
    : { start_date: { year: y1, month: m1, day: d1 }, end_date: { year: y2, month: m2, day: d2 } };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The group of an event in TimelineJS3: its row, by how widely it was reported. */
function groupOf(event: TimelineEvent): string {
  return event.corroboration > 1 ? 'Reported by several sources' : 'Reported by one source';
}

/**
 * `timelinejs.json`: the events in the JSON format of TimelineJS3 (Knight
 * Lab's timeline, which newsrooms embed): a title slide, and per event its
 * start and end dates as parts (`timelineJsDates`), the label as
 * `display_date`, `text.headline`, `text.text` (the quotation and a link to
 * the event's page, as HTML), `unique_id` (the event id) and `group` (one
 * source or several).
 *
 * @param site - The corpus lookups.
 * @returns The file's text.
 */
export function timelineJs(site: SiteContext): string {
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const body = {
    title: {
      text: { headline: site.story.title, text: `<p>${escapeHtml(site.story.summary)}</p>` },
    },
    events: site.corpus.events.map((event) => {
      const entry = site.entry(event);
      const sources = `${entry.corroboration}: ${event.outlets.length ? event.outlets.join(', ') : 'outlets not named'}`;
      return {
        ...timelineJsDates(event.start, event.end),
        display_date: event.label,
        text: {
          headline: event.title,
          text:
            `<blockquote>${escapeHtml(entry.quote)}</blockquote>` +
            `<p>${escapeHtml(sources)}. <a href="${escapeHtml(url(paths.event(event.id)))}">The event and its sources</a></p>`,
        },
        unique_id: event.id,
        group: groupOf(event),
      };
    }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * `feed.json`: the events as a JSON Feed 1.1, beside the Atom feed and with
 * the same entries: latest first by the date of their first report, 50 at
 * most, every date from the content.
 *
 * @param site - The corpus lookups.
 * @returns The file's text.
 */
export function jsonFeed(site: SiteContext): string {
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const events = feedEvents(site);
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${site.story.site}: ${site.story.title}`,
    home_page_url: url(paths.home),
    feed_url: url(paths.jsonFeed),
    description: site.story.summary,
    language: site.story.language,
    items: events.map((event) => ({
      id: url(paths.event(event.id)),
      url: url(paths.event(event.id)),
      title: `${event.label}: ${event.title}`,
      content_text: site.entry(event).quote,
      date_published: `${event.firstReport.published}T00:00:00Z`,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
