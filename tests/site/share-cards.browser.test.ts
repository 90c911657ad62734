import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** Share cards: every event page names its own 1200x630 card, every other page the timeline's. */
const site = useBuiltSite();
const dist = new URL('../../dist/', import.meta.url);
const timeline = JSON.parse(readFileSync(new URL('timeline.json', dist), 'utf8')) as { events: Array<{ id: string }> };

describe('share cards', () => {
  it('every event page names its own card, which loads as a 1200x630 PNG, with a large Twitter card and alt text', async () => {
    const page = await site.browser.newPage();
    const cards = new Set<string>();
    for (const { id } of timeline.events) {
      await page.goto(`${site.url}/events/${id}/`);
      const meta = (name: string) =>
        page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute('content');
      const image = new URL((await meta('og:image'))!);
      expect(image.pathname, id).toBe(`/cards/events/${id}.png`);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('twitter:image')).toBe(image.href);
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      const title = (await page.locator('h1').textContent())!.trim();
      expect(await meta('og:image:alt')).toContain(title);
      cards.add(image.pathname);
      // Served from this site (the absolute URL is SITE_URL's): decoded by the browser at its size.
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `${site.url}${image.pathname}`);
      expect(size).toEqual([1200, 630]);
    }
    expect(cards.size).toBe(timeline.events.length);
    await page.close();
  });

  it('each key-events page names its own card, a 1200x630 PNG', async () => {
    const page = await site.browser.newPage();
    for (const [path, size] of [
      ['/key-events/', 25],
      ['/key-events/10/', 10],
      ['/key-events/25/', 25],
      ['/key-events/50/', 50],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
      expect(image.pathname, path).toBe(`/cards/key-events/${size}.png`);
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain(`top ${size}`);
      const decoded = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `${site.url}${image.pathname}`);
      expect(decoded, path).toEqual([1200, 630]);
    }
    await page.close();
  });

  it('the timeline and the other pages name the timeline’s card', async () => {
    const page = await site.browser.newPage();
    const article = readdirSync(new URL('articles/', dist))[0];
    for (const path of ['/', '/newest/', '/about/', '/sources/', `/articles/${article}/`]) {
      await page.goto(`${site.url}${path}`);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(new URL(image!).pathname, path).toBe('/cards/timeline.png');
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    }
    const response = await page.goto(`${site.url}/cards/timeline.png`);
    expect(response?.headers()['content-type']).toBe('image/png');
    await page.close();
  });
});
