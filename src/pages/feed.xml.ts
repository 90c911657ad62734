import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteHref } from '../site/href.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `dist/feed.xml`: an Atom feed of the events, latest first (by the date of
 * their first report, so that a feed reader sees what is new), 50 at most.
 * Every timestamp comes from the content, never from the build clock.
 */
export const GET: APIRoute = async ({ site }) => {
  const at = (path: string) => absoluteHref(path, site!);
  const events = (await getCollection('events'))
    .sort((a, b) =>
      a.data.firstReport.published < b.data.firstReport.published
        ? 1
        : a.data.firstReport.published > b.data.firstReport.published
          ? -1
          : b.data.order - a.data.order,
    )
    .slice(0, 50);
  const updated = events[0]?.data.firstReport.published ?? '1970-01-01';
  const home = at('/');
  const entries = events.map((event) => {
    const url = at(`/events/${event.id}/`);
    const quote = (event.data.claims.find((c) => c.expression !== null) ?? event.data.claims[0]!).sentence;
    return `  <entry>
    <id>${escape(url)}</id>
    <title>${escape(`${event.data.label}: ${event.data.title}`)}</title>
    <link href="${escape(url)}"/>
    <updated>${event.data.firstReport.published}T00:00:00Z</updated>
    <summary>${escape(quote)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(home)}</id>
  <title>Dateline: North Korea, Russia and the troops sent to Kursk</title>
  <link href="${escape(home)}"/>
  <link rel="self" href="${escape(at('/feed.xml'))}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Dateline</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
