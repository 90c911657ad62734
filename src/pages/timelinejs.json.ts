import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/timelinejs.json`: the events in TimelineJS3's JSON format (`timelineJs`). */
export const GET: APIRoute = () =>
  new Response(currentSite().timelineJs, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
