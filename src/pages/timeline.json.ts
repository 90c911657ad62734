import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/timeline.json`: every event with its claims and sources (`timelineJson`). */
export const GET: APIRoute = () =>
  new Response(currentSite().timelineJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
