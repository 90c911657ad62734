import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { checkLinks } from '../support/check-links.ts';

/**
 * No broken link in the built site, checked offline: every internal link and
 * `#fragment` of every page in `dist/` (`npm test` builds it first), the
 * redirect pages of merged events, and the sitemap and Atom feed, whose URLs
 * are absolute on the site's origin (`SITE_URL`, as in astro.config.mjs).
 * The search page's results are drawn in the browser and are not checked here.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(path.join(dist, 'index.html')))
  throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
const origin = new URL(config.site!).origin;
const list = (broken: Awaited<ReturnType<typeof checkLinks>>['broken']) =>
  broken.map(({ file, link, problem }) => `${file} → ${link}: ${problem}`);

describe('links in dist/', () => {
  it('all resolve: files, #fragments, redirects without chains, sitemap and feed; external ones are http(s) or mail', async () => {
    const report = await checkLinks(dist, origin);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.links).toBeGreaterThan(1000);
    expect(list(report.broken).join('\n'), `${report.broken.length} broken links`).toBe('');
    // External links (an article's original `url`, links in its text) are listed, never fetched.
    for (const url of report.external) expect(url).toMatch(/^(?:https?:\/\/|mailto:)/);
  });
});

describe('checkLinks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const page = (body: string, head = '') =>
    `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
  const redirect = (to: string) =>
    page(`<a href="${to}">moved</a>`, `<meta http-equiv="refresh" content="0; url=${to}">`);

  it('finds every kind of broken link, and nothing else', async () => {
    write(
      'index.html',
      page(
        `<h1 id="top">Home</h1>
      <a href="#top">ok</a> <a href="#">ok</a> <a href="/a/#x">ok</a> <a href="a/?q=1&amp;r=2">ok</a>
      <a href="/a/#nope">bad fragment</a> <a href="#gone">bad own fragment</a>
      <a href="/missing/">missing</a> <a href="/a">no slash</a> <a href="/events/old/">via a redirect</a>
      <a href="javascript:alert(1)">script</a> <a href="/a/#%E0%A4%A">bad escape</a> <a href="mailto:x@example.org">mail</a> <a href="https://example.org/story">external</a>
      <a href="http://localhost:4321/a/">absolute ok</a> <img src="/pic.png" alt="">
      <form action="/search/"><input name="q"></form><script>const s = '<a href="/in-a-script/">';</script>`,
        '<link rel="stylesheet" href="/style.css"><link rel="canonical" href="http://localhost:4321/">',
      ),
    );
    write('a/index.html', page('<p id="x">A</p><a href="../">up</a>'));
    write('style.css', 'p{}');
    write('events/old/index.html', redirect('/a/'));
    write('events/older/index.html', redirect('/events/old/'));
    write('events/lost/index.html', redirect('/nowhere/'));
    write(
      'sitemap.xml',
      '<urlset><url><loc>http://localhost:4321/a/</loc></url><url><loc>http://localhost:4321/gone/</loc></url><url><loc>/a/</loc></url></urlset>',
    );
    write(
      'feed.xml',
      '<feed><link href="http://localhost:4321/"/><link rel="self" href="http://localhost:4321/feed.xml"/><link href="http://localhost:4321/events/old/"/></feed>',
    );

    const report = await checkLinks(dir, 'http://localhost:4321');
    expect(list(report.broken).sort()).toEqual(
      [
        'events/lost/index.html → /nowhere/: no file nowhere/index.html in dist',
        'events/older/index.html → /events/old/: goes through the redirect page /events/old/: link to its target',
        'events/older/index.html → /events/old/: a redirect to a redirect (chain): /events/old/ redirects again',
        'events/lost/index.html → /nowhere/: no file nowhere/index.html in dist',
        'index.html → /a/#nope: no element with id="nope" on /a/',
        'index.html → #gone: no element with id="gone" on /',
        'index.html → /missing/: no file missing/index.html in dist',
        'index.html → /a: no trailing slash: the page is /a/',
        'index.html → /events/old/: goes through the redirect page /events/old/: link to its target',
        'index.html → javascript:alert(1): not an http(s) link (javascript:)',
        'index.html → /a/#%E0%A4%A: malformed %-escape',
        'index.html → /search/: no file search/index.html in dist',
        'index.html → /pic.png: no file pic.png in dist',
        'feed.xml → http://localhost:4321/events/old/: goes through the redirect page /events/old/: link to its target',
        'sitemap.xml → http://localhost:4321/gone/: no file gone/index.html in dist',
        'sitemap.xml → /a/: not an absolute URL on http://localhost:4321/',
      ].sort(),
    );
    expect(report.external).toEqual(['https://example.org/story', 'mailto:x@example.org']);
  });

  describe('edge cases', () => {
    it('under a base path, finds every link that leaves it', async () => {
      const site = path.join(dir, 'based');
      const put = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
        writeFileSync(path.join(site, file), text);
      };
      put(
        'index.html',
        page(
          `<a href="/story/a/">ok</a> <a href="a/">ok</a> <a href="/a/">root</a> <a href="/story">no slash</a> <a href="/storyteller/">outside</a>`,
          '<link rel="icon" href="/favicon.svg">',
        ),
      );
      put('a/index.html', page('<a href="../">up</a> <a href="/story/">home</a>'));
      put('favicon.svg', '<svg/>');
      put(
        'sitemap-0.xml',
        '<urlset><url><loc>https://x.org/story/a/</loc></url><url><loc>https://x.org/a/</loc></url></urlset>',
      );
      const report = await checkLinks(site, 'https://x.org', '/story/');
      expect(list(report.broken).sort()).toEqual(
        [
          'index.html → /a/: outside the base path /story/',
          'index.html → /story: no trailing slash: the page is /story/',
          'index.html → /storyteller/: outside the base path /story/',
          'index.html → /favicon.svg: outside the base path /story/',
          'sitemap-0.xml → https://x.org/a/: not an absolute URL on https://x.org/story/',
        ].sort(),
      );
    });
  });
});
