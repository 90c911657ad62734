/** Set by the build to its base path (`src/integrations/base-path.ts`); undefined elsewhere. */
declare const __DATELINE_BASE__: string | undefined;
/** The base path the site is built for, or the root when run outside a build (a command, a test). */
const BUILT_BASE = typeof __DATELINE_BASE__ === 'string' ? __DATELINE_BASE__ : '/';

/**
 * The address of a page or file of the site, under the base path it is built
 * for (`npm run build -- --base /story/`): `/events/x/` is `/story/events/x/`.
 * Every link, asset, redirect, feed and sitemap URL the site writes goes
 * through here, so that a site served under a path works as one served at the
 * root. A `#fragment` or `?query` alone stays as it is (it stays on the page).
 *
 * @param path - The site path, from its root: `/`, `/events/x/#c-1`, `/pagefind/pagefind.js`.
 * @param base - The base path (`/` or `/story/`); by default the one the site
 *   is built for. Code run outside the build (a command, a test) passes it.
 * @returns The path under the base.
 */
export function href(path: string, base: string = BUILT_BASE): string {
  if (path.startsWith('#') || path.startsWith('?')) return path;
  if (!path.startsWith('/')) throw new Error(`href: "${path}" is not a site path (it must start with /)`);
  return `${base.endsWith('/') ? base : `${base}/`}${path.slice(1)}`;
}

/**
 * The absolute address of a page or file of the site, for what is read away
 * from it: canonical and Open Graph URLs, JSON-LD, the feed, the sitemap.
 *
 * @param path - The site path, from its root (as for `href`).
 * @param site - The site's origin (`SITE_URL`: Astro's `site`).
 * @param base - The base path; by default the one the site is built for.
 * @returns `https://example.org/story/events/x/`.
 */
export function absoluteHref(path: string, site: URL | string, base: string = BUILT_BASE): string {
  return new URL(href(path, base), site).href;
}

/** The site paths of its pages, by kind (put under the base with `href`): the routes live here, not in templates. */
export const paths = {
  home: '/',
  newest: '/newest/',
  /** The key-events view, or its page of the top `n`. */
  keyEvents: (n?: number) => (n ? `/key-events/${n}/` : '/key-events/'),
  search: '/search/',
  sources: '/sources/',
  about: '/about/',
  entities: '/entities/',
  feed: '/feed.xml',
  jsonFeed: '/feed.json',
  csv: '/timeline.csv',
  timelineJs: '/timelinejs.json',
  /** An event's page, or its numbered page of further claims (`n` from 2). */
  event: (id: string, claimsPage = 1) => (claimsPage === 1 ? `/events/${id}/` : `/events/${id}/claims/${claimsPage}/`),
  /** A source article's page, or one of its claims there. */
  article: (slug: string, fragment?: string) => `/articles/${slug}/${fragment === undefined ? '' : `#${fragment}`}`,
  /** An entity's page, or a later part of it (`part` from 0). */
  entity: (key: string, part = 0) => `/entities/${key}/${part ? `page-${part + 1}/` : ''}`,
  /** An outlet's page of sources, or a later part of it (`part` from 0). */
  outlet: (slug: string, part = 0) => `/sources/${slug}/${part ? `page-${part + 1}/` : ''}`,
  /** The embeds: the latest events, a year's, one event's card. */
  embed: '/embed/',
  embedYear: (year: string) => `/embed/years/${year}/`,
  embedEvent: (id: string) => `/embed/events/${id}/`,
  /** The share cards: the timeline's, each event's, each key-events size's, each year's. */
  timelineCard: '/cards/timeline.png',
  eventCard: (id: string) => `/cards/events/${id}.png`,
  keyEventsCard: (n: number) => `/cards/key-events/${n}.png`,
  yearCard: (year: string) => `/cards/years/${year}.png`,
  /** A search shard. */
  shard: (kind: 'events' | 'articles', n: number) => `/search-index/${kind}/${n}/`,
};
