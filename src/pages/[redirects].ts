import type { APIRoute } from 'astro';
import { currentSite } from '../loader/current-site.ts';

/** `dist/_redirects` (a file name Astro would not route from `src/pages/`, hence the parameter). */
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

/**
 * `dist/_redirects`: every old event address (an event merged into another)
 * as a real 301, for Netlify and Cloudflare Pages (`redirectRules`).
 */
export const GET: APIRoute = () =>
  new Response(currentSite().redirects, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
