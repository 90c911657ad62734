import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** The embeds: script-free pages for other sites' iframes, and the control that gives their code. */
const site = useBuiltSite();
const dist = new URL('../../dist/', import.meta.url);
const folders = (path: string) => readdirSync(new URL(path, dist));
const embeds = [
  '/embed/',
  ...folders('embed/years/').map((year) => `/embed/years/${year}/`),
  ...folders('embed/events/').map((id) => `/embed/events/${id}/`),
];
const events = folders('events/').filter(
  (id) => !readFileSync(new URL(`events/${id}/index.html`, dist), 'utf8').includes('http-equiv="refresh"'),
);

describe('embeds', () => {
  it('exist for the latest events, every year and every live event', () => {
    expect(folders('embed/events/').sort()).toEqual(events.sort());
    expect(folders('embed/years/').length).toBeGreaterThan(0);
  });

  it('have no script, fit 300 px without sideways scrolling, and open every link in the top window', async () => {
    const page = await site.browser.newPage({ viewport: { width: 300, height: 600 } });
    for (const path of embeds) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('script').count(), path).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(300);
      const targets = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('target')));
      expect(targets.length, path).toBeGreaterThan(1);
      expect(new Set(targets), path).toEqual(new Set(['_top']));
      expect(await page.locator('meta[name="robots"]').getAttribute('content'), path).toBe('noindex');
    }
    await page.close();
  });

  it('give each event card a height it fits in at 300 px, without much to spare', async () => {
    const page = await site.browser.newPage({ viewport: { width: 300, height: 100 } });
    for (const id of events) {
      await page.goto(`${site.url}/events/${id}/`);
      const snippet = await page.locator('.embed-code textarea').inputValue();
      const height = Number(/ height="(\d+)"/.exec(snippet)![1]);
      await page.goto(`${site.url}/embed/events/${id}/`);
      const needed = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(needed, id).toBeLessThanOrEqual(height);
      expect(height - needed, id).toBeLessThan(150);
    }
    await page.close();
  });

  it('inside another site’s article, a click opens the full page in the top window', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const id = events[0]!;
    // The test article is served from the same host: Chromium keeps a page off a loopback server from a public origin.
    await page.route(`${site.url}/newsroom-article/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>A newsroom's article</title><p>Our report.</p><iframe src="/embed/events/${id}/" title="An event" width="100%" height="420"></iframe>`,
      }),
    );
    await page.goto(`${site.url}/newsroom-article/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('h1 a').click();
    await page.waitForURL(`${site.url}/events/${id}/`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('have their code one click away on the timeline and event pages, copied by a button', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    for (const [path, embed] of [
      ['/', '/embed/'],
      [`/events/${events[0]}/`, `/embed/events/${events[0]}/`],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      await page.locator('.embed-code summary').click();
      const snippet = await page.locator('.embed-code textarea').inputValue();
      expect(snippet).toMatch(
        new RegExp(`^<iframe src="https?://[^"]+${embed.replace(/[/.]/g, '\\$&')}" title="[^"]+"`),
      );
      await page.locator('.copy-embed').click();
      await expect.poll(() => page.locator('.copy-embed-status').textContent()).toBe('Code copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    }
    await context.close();
  });
});

describe('dist/_headers', () => {
  const rules = readFileSync(new URL('_headers', dist), 'utf8')
    .split(/\n(?=\S)/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => {
      const [pattern, ...lines] = block.trim().split('\n');
      return { pattern: pattern!, headers: lines.map((line) => line.trim()) };
    });

  it('lets any site frame the embeds and only the site itself frame every other page', () => {
    expect(rules.find((rule) => rule.pattern === '/embed/*')?.headers).toEqual([
      'Content-Security-Policy: frame-ancestors *',
    ]);
    const pages = readdirSync(dist, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && !['_astro', 'pagefind', 'embed', 'screenshots', 'cards'].includes(entry.name),
      )
      .map((entry) => `/${entry.name}/*`);
    for (const pattern of ['/', '/404.html', ...pages])
      expect(rules.find((rule) => rule.pattern === pattern)?.headers, pattern).toEqual([
        "Content-Security-Policy: frame-ancestors 'self'",
        'X-Frame-Options: SAMEORIGIN',
      ]);
  });

  it('has no two rules that match one address (hosts would join their policies, and the stricter win)', () => {
    const prefixes = rules.map((rule) => rule.pattern.replace(/\*$/, ''));
    for (const a of rules)
      for (const b of prefixes)
        if (a.pattern.endsWith('*') && a.pattern.replace(/\*$/, '') !== b)
          expect(b.startsWith(a.pattern.replace(/\*$/, '')), `${a.pattern} and ${b}`).toBe(false);
  });
});
