import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/**
 * In Chromium, against the built site: a reader types a query into the
 * search box, sees events listed with their dates, and follows one to its
 * permanent page.
 */
const site = useBuiltSite();
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  page = await site.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
});

describe('search', () => {
  it('loads nothing of search until the field is focused', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js')),
      page.focus('#search-input'),
    ]);
    expect(request.url()).toBe(`${site.url}/pagefind/pagefind.js`);
  });

  it('finds the December 2024 event about the MiG-29 jets and links straight to its page', async () => {
    await page.goto(`${site.url}/`);
    await page.fill('#search-input', 'MiG-29');
    const first = page.locator('#search-results .search-result a').first();
    await first.waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?$/);
    expect(await first.locator('.result-date').textContent()).toMatch(/Dec 2024$/);
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/events\/2024-12-\d\d-[a-z0-9-]+\/$/);
    await first.click();
    await page.waitForURL(`${site.url}${href}`);
    expect(await page.locator('.event-page').textContent()).toContain('MiG-29');
    expect(await page.locator('.event-page-date time').getAttribute('datetime')).toMatch(/^2024-12/);
    expect(await page.locator('.claim-source a[href^="/articles/"]').count()).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${site.url}/`);
    await page.fill('#search-input', 'zzyzx');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('No results for “zzyzx”.');
  });

  it('logs no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
