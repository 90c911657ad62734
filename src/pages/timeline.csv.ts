import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/timeline.csv`: one row per claim (`timelineCsv`). */
export const GET: APIRoute = () =>
  new Response(currentSite().csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
