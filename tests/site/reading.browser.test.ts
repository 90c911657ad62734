import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** Reading without a mouse, without JavaScript, and on the narrowest phones. */
const site = useBuiltSite();

describe('reading', () => {
  it('works by keyboard alone: skip link, then search, then a result by Enter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.focus('#search-input');
    await page.keyboard.type('Kursk');
    await page.locator('#search-results .search-result').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(events|articles)\/[^/]+\/$/);
    await page.close();
  });

  it('reads without JavaScript: every event is in the page, and script-only controls stay hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.locator('li.event').count()).toBeGreaterThanOrEqual(10);
    const first = await page.locator('li.event h4 a').first().getAttribute('href');
    await page.goto(`${site.url}${first}`);
    expect(await page.locator('.claim-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.copy-link').isVisible()).toBe(false);
    await context.close();
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/sources/', '/entities/']) {
      await page.goto(`${site.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.close();
  });
});
