import type { TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { absoluteHref, href, paths } from './href.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Events in the feed at most. */
const FEED_EVENTS = 50;

/**
 * The events a feed carries, latest first by the date of their first report
 * (so that a feed reader sees what is new; ties in timeline order, later
 * first), 50 at most: the Atom feed and the JSON Feed give the same entries.
 *
 * @param site - The corpus lookups.
 * @returns The feed's events, in order.
 */
export function feedEvents(site: SiteContext): TimelineEvent[] {
  const order = new Map(site.corpus.events.map((event, i) => [event.id, i]));
  return [...site.corpus.events]
    .sort((a, b) =>
      a.firstReport.published < b.firstReport.published
        ? 1
        : a.firstReport.published > b.firstReport.published
          ? -1
          : order.get(b.id)! - order.get(a.id)!,
    )
    .slice(0, FEED_EVENTS);
}

/**
 * The Atom feed of the events, latest first (by the date of their first
 * report, so that a feed reader sees what is new), 50 at most. Every
 * timestamp comes from the content, never from the build clock.
 *
 * @param site - The corpus lookups.
 * @returns `feed.xml`.
 */
export function feedXml(site: SiteContext): string {
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const events = feedEvents(site);
  const updated = events[0]?.firstReport.published ?? '1970-01-01';
  const home = url(paths.home);
  const entries = events.map((event) => {
    const link = url(paths.event(event.id));
    const quote = event.summary ?? (event.claims.find((c) => c.expression !== null) ?? event.claims[0]!).sentence;
    return `  <entry>
    <id>${escape(link)}</id>
    <title>${escape(`${event.label}: ${event.title}`)}</title>
    <link href="${escape(link)}"/>
    <updated>${event.firstReport.published}T00:00:00Z</updated>
    <summary>${escape(quote)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(home)}</id>
  <title>${escape(`${site.story.site}: ${site.story.title}`)}</title>
  <link href="${escape(home)}"/>
  <link rel="self" href="${escape(url(paths.feed))}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${escape(site.story.site)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/**
 * `timeline.json`: every event, in timeline order, with its claims, its
 * sources and first report, where sources differ, and `aliases` (old ids
 * that redirect to it).
 *
 * @param site - The corpus lookups.
 * @returns The file's text.
 */
export function timelineJson(site: SiteContext): string {
  const body = {
    events: site.corpus.events.map((event) => ({
      id: event.id,
      url: href(paths.event(event.id)),
      start: event.start,
      end: event.end,
      precision: event.precision,
      label: event.label,
      edtf: event.edtf,
      title: event.title,
      summary: event.summary ?? '',
      significance: event.significance ?? 0,
      background: event.background ?? false,
      outlets: event.outlets,
      corroboration: event.corroboration,
      firstReport: event.firstReport,
      disagreements: event.disagreements,
      aliases: event.aliases,
      related: event.related,
      claims: event.claims.map((claim) => ({
        id: claim.id,
        article: claim.article,
        sentence: claim.sentence,
        expression: claim.expression,
        start: claim.start,
        end: claim.end,
        precision: claim.precision,
        label: claim.label,
        edtf: claim.edtf,
        basis: claim.basis,
        rule: claim.rule,
        url: href(paths.article(claim.article, claim.fragment)),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
