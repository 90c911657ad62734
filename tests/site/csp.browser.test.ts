import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { watchPage } from '../support/watch-page.ts';

/**
 * Every page of the built site carries a strict Content-Security-Policy, and
 * in Chromium none of them logs a CSP violation, a console error or an
 * exception, search included (Pagefind's worker and WebAssembly).
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) => `/${path.relative(dist, entry.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
  .sort();
const site = useBuiltSite();

describe('Content-Security-Policy', () => {
  it('is on every page, strict: no unsafe-inline, no eval, nothing from other origins', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of [...pages, '/404']) {
      const html = readFileSync(path.join(dist, page === '/404' ? '404.html' : `${page}index.html`), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, page).toBeDefined();
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    }
  });

  it('lets every page load and search run without a violation, a console error or an exception', async () => {
    const page = await site.browser.newPage();
    const problems = await watchPage(page);
    // The 404 page at its own address: a missing page answers 404, which Chromium logs as an error by design.
    for (const url of [...pages, '/404.html']) await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
    await page.goto(`${site.url}/`);
    await page.fill('#search-input', 'Kursk');
    await page.locator('#search-results .search-result').first().waitFor();
    await page.goto(`${site.url}/search/?q=treaty&year=2024`);
    await page.locator('#event-results .search-result').first().waitFor();
    await page.close();
    expect(problems).toEqual([]);
  });
});
