import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { redirectRules } from '../site/redirect-rules.ts';

/** `dist/_redirects` (a file name Astro would not route from `src/pages/`, hence the parameter). */
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

/**
 * `dist/_redirects`: every old event address (an event merged into another)
 * as a real 301, for Netlify and Cloudflare Pages; forced (`301!`) when
 * built on Netlify, which sets `NETLIFY=true`.
 */
export const GET: APIRoute = async () => {
  const moves = (await getCollection('events')).flatMap((event) =>
    event.data.aliases.map((alias) => ({ from: `/events/${alias}/`, to: `/events/${event.id}/` })),
  );
  const text = redirectRules(moves, { force: process.env.NETLIFY === 'true' });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
