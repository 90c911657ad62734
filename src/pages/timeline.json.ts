import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** `dist/timeline.json`: every event, in timeline order, with its claims. */
export const GET: APIRoute = async () => {
  const events = (await getCollection('events')).sort((a, b) => a.data.order - b.data.order);
  const body = {
    events: events.map(({ id, data }) => ({
      id,
      url: `/events/${id}/`,
      start: data.start,
      end: data.end,
      precision: data.precision,
      label: data.label,
      edtf: data.edtf,
      title: data.title,
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
        url: `/articles/${claim.article}/#s${claim.sentenceIndex}`,
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
