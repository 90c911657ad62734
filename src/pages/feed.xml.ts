import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/feed.xml`: an Atom feed of the events (`feedXml`). */
export const GET: APIRoute = () =>
  new Response(currentSite().feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
