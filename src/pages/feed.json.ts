import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/feed.json`: the events as a JSON Feed (`jsonFeed`). */
export const GET: APIRoute = () =>
  new Response(currentSite().jsonFeed, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
