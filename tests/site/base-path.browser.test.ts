import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { checkLinks } from '../support/check-links.ts';
import { projectCopy } from '../support/project-copy.ts';
import { serveDist } from '../support/serve-dist.ts';

/**
 * A site published under a path, as GitHub Pages publishes a project site:
 * the seeds built for real with `astro build --base /story/` and an origin
 * (`SITE_URL`), with small pages (`DATELINE_PAGE_EVENTS=4`: the timeline,
 * entities and sources split over pages) and a ledger that has a merged
 * event and a withdrawn one. Every link and URL is under `/story/`, the
 * sitemap lists every reader page and only those, `_redirects` carries the
 * merged event's old address, and search works when served under `/story/`.
 */
const ORIGIN = 'https://news.example.org';
const BASE = '/story/';
const project = projectCopy(true);
const dist = path.join(project.dir, 'dist');
/** An old address of a live event, and an event that was withdrawn, as the ledger of an earlier build would say. */
const OLD = '2024-01-02-an-old-address';
const WITHDRAWN = '2023-01-01-a-withdrawn-event';
let target = '';
let browser: Browser | undefined;
let server: Awaited<ReturnType<typeof serveDist>> | undefined;

beforeAll(async () => {
  const ledgerFile = path.join(project.dir, 'content/permalinks.json');
  const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8')) as {
    events: Record<string, unknown>;
    aliases: Record<string, string | null>;
  };
  target = Object.keys(ledger.events)[0]!;
  ledger.aliases = { ...ledger.aliases, [OLD]: target, [WITHDRAWN]: null };
  writeFileSync(ledgerFile, JSON.stringify(ledger, null, 2));
  // The base as GitHub's Pages API gives a project site's path, without the last slash; and `BASE_URL`
  // in the environment (vitest sets it, some CI systems do), which must not override it.
  const env = { DATELINE_PAGE_EVENTS: '4', SITE_URL: ORIGIN, NETLIFY: '', BASE_URL: '/' };
  const result = await project.build(env, ['--base', BASE.slice(0, -1)]);
  expect(result.code, result.output).toBe(0);
  server = await serveDist(dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** Every `index.html` of dist/, as a site path (`/events/x/`). */
function pagePaths(dir = '', found: string[] = []): string[] {
  for (const name of readdirSync(path.join(dist, dir)).sort()) {
    const relative = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(dist, relative)).isDirectory()) pagePaths(relative, found);
    else if (name === 'index.html') found.push(`/${dir ? `${dir}/` : ''}`);
  }
  return found;
}

describe('a site built with --base /story/', () => {
  it('has every link, asset, redirect, feed and sitemap URL under /story/, and none broken', async () => {
    const report = await checkLinks(dist, ORIGIN, BASE);
    expect(report.pages).toBeGreaterThan(50);
    expect(report.links).toBeGreaterThan(1000);
    expect(report.broken.map(({ file, link, problem }) => `${file} → ${link}: ${problem}`).join('\n')).toBe('');
  });

  it('gives absolute URLs on SITE_URL under the base: canonical, Open Graph, JSON-LD, feed; timeline.json paths under it', () => {
    const timeline = JSON.parse(read('timeline.json')) as {
      events: Array<{ id: string; url: string; claims: Array<{ url: string }> }>;
    };
    const event = timeline.events[0]!;
    expect(event.url).toBe(`${BASE}events/${event.id}/`);
    for (const { url } of timeline.events.flatMap((e) => e.claims))
      expect(url).toMatch(/^\/story\/articles\/[^/]+\/#c-/);
    const page = read(`events/${event.id}/index.html`);
    const own = `${ORIGIN}${BASE}events/${event.id}/`;
    expect(page).toContain(`<link rel="canonical" href="${own}">`);
    expect(page).toContain(`<meta property="og:url" content="${own}">`);
    expect(page).toContain(`"url":"${own}"`);
    expect(read('feed.xml')).toContain(`<link rel="self" href="${ORIGIN}${BASE}feed.xml"/>`);
    expect(read('index.html')).toContain(`<link rel="sitemap" href="${BASE}sitemap-index.xml">`);
  });

  it('redirects an old address by a meta-refresh page and by a real 301 in _redirects', () => {
    const refresh = read(`events/${OLD}/index.html`);
    expect(refresh).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}events/${target}/">`);
    expect(refresh).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}events/${target}/">`);
    const timeline = JSON.parse(read('timeline.json')) as { events: Array<{ id: string; aliases: string[] }> };
    const aliases = timeline.events.flatMap((event) => event.aliases.map((alias) => [alias, event.id] as const));
    expect(aliases).toContainEqual([OLD, target]);
    const rules = read('_redirects')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(rules.sort()).toEqual(
      aliases.map(([alias, id]) => `${BASE}events/${alias}/ ${BASE}events/${id}/ 301`).sort(),
    );
    // A withdrawn event has a page that says so (no redirect), which asks not to be indexed.
    expect(read(`events/${WITHDRAWN}/index.html`)).toContain('<meta name="robots" content="noindex">');
    expect(rules.join('\n')).not.toContain(WITHDRAWN);
  });

  it('lists every reader page in the sitemap, and only those', () => {
    const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps).toEqual([`${ORIGIN}${BASE}sitemap-0.xml`]);
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // Reader pages: every page but the search shards, the embeds (pages for other sites' frames), the redirect pages
    // and the withdrawn event's.
    const readers = pagePaths().filter(
      (page) =>
        !page.startsWith('/search-index/') &&
        !page.startsWith('/embed/') &&
        !read(`${page.slice(1)}index.html`).includes('http-equiv="refresh"') &&
        !read(`${page.slice(1)}index.html`).includes('<meta name="robots" content="noindex"') &&
        page !== `/events/${WITHDRAWN}/`,
    );
    expect(listed.sort()).toEqual(readers.map((page) => `${ORIGIN}${BASE}${page.slice(1)}`).sort());
    // Among them the pages a split story adds: a year's month in parts, an outlet's page, an entity's second page.
    const paths = listed.map((url) => url.slice(`${ORIGIN}${BASE}`.length - 1));
    expect(paths).toEqual(expect.arrayContaining(['/years/2024/10/page-2/', '/entities/', '/sources/']));
    expect(paths.some((p) => /^\/sources\/[^/]+\/$/.test(p))).toBe(true);
    expect(paths.some((p) => /^\/entities\/[^/]+\/page-2\/$/.test(p))).toBe(true);
    expect(listed.length).toBeGreaterThan(50);
  });

  it('searches when served under /story/: Pagefind and its shards load from there, and results link there', async () => {
    const page = await browser!.newPage();
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${server!.url}${BASE}`)) outside.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => failed.push(error.message));
    await page.goto(`${server!.url}${BASE}`);
    const [script] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('pagefind.js')),
      page.focus('#search-input'),
    ]);
    expect(script.url()).toBe(`${server!.url}${BASE}pagefind/pagefind.js`);
    await page.fill('#search-input', 'Kursk');
    await page.locator('#search-results .search-result').first().waitFor();
    const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(/^\/story\/(?:events|articles)\/[^/]+\/$/);
    await Promise.all([
      page.waitForURL(`${server!.url}${links[0]}`),
      page.locator('#search-results a').first().click(),
    ]);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();

    // The search page keeps its state in a URL under the base.
    await page.goto(`${server!.url}${BASE}search/?q=Kursk`);
    await page.locator('#event-results .search-result').first().waitFor();
    await page.selectOption('select[name="sort"]', 'newest');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}search/`);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('refuses a SITE_URL with a path, naming the --base to use, without a stack trace or touching dist/', async () => {
    const before = read('index.html');
    const result = await project.build({ SITE_URL: `${ORIGIN}/story/` });
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `SITE_URL is the origin the site is published at (${ORIGIN}): build with \`--base /story/\` for the path`,
    );
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(read('index.html')).toBe(before);
  });

  it('serves nothing of the site outside /story/ (the test server is a project site)', async () => {
    const response = await fetch(`${server!.url}/events/${target}/`);
    expect(response.status).toBe(404);
    expect(existsSync(path.join(dist, 'story'))).toBe(false);
  });
});
