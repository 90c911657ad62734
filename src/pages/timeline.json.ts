import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { href } from '../site/href.ts';

/**
 * `dist/timeline.json`: every event, in timeline order, with its claims, its
 * sources and first report, where sources differ, and `aliases` (old ids that
 * redirect to it). Its `url`s are paths under the site's base path.
 */
export const GET: APIRoute = async () => {
  const events = (await getCollection('events')).sort((a, b) => a.data.order - b.data.order);
  const body = {
    events: events.map(({ id, data }) => ({
      id,
      url: href(`/events/${id}/`),
      start: data.start,
      end: data.end,
      precision: data.precision,
      label: data.label,
      edtf: data.edtf,
      title: data.title,
      outlets: data.outlets,
      corroboration: data.corroboration,
      firstReport: data.firstReport,
      disagreements: data.disagreements,
      aliases: data.aliases,
      related: data.related,
      claims: data.claims.map((claim) => ({
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
        url: href(`/articles/${claim.article}/#${claim.fragment}`),
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
