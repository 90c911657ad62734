import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `dist/sitemap.xml`: every page a reader can reach, for search engines. */
export const GET: APIRoute = async ({ site }) => {
  const events = await getCollection('events');
  const articles = await getCollection('articles');
  const entities = await getCollection('entities');
  const layout = (await getEntry('timeline', 'site'))!.data;
  const paths = [
    '/',
    '/newest/',
    '/search/',
    '/sources/',
    '/about/',
    '/entities/',
    ...(layout.split ? layout.pages.map((page) => page.path) : []),
    ...events.map((e) => `/events/${e.id}/`),
    ...articles.map((a) => `/articles/${a.id}/`),
    ...entities.map((e) => `/entities/${e.id}/`),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((path) => `  <url><loc>${escape(new URL(path, site).href)}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
