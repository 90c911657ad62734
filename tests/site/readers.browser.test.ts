import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** A site that speaks to readers: no internal details, phones laid out for reading and searching. */
const site = useBuiltSite();
const timeline = JSON.parse(readFileSync(new URL('../../dist/timeline.json', import.meta.url), 'utf8')) as {
  events: Array<{ id: string; claims: Array<{ article: string; edtf: string }> }>;
};
const event = timeline.events.find((e) => e.claims.length > 1) ?? timeline.events[0]!;

describe('wording for readers', () => {
  it('shows no internal details on the timeline, event and article pages, with the reasoning one click away', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/', `/events/${event.id}/`, `/articles/${event.claims[0]!.article}/`, '/sources/']) {
      await page.goto(`${site.url}${path}`);
      const text = await page.evaluate(() => document.body.innerText);
      for (const internal of [
        /\bEDTF\b/,
        /\bline \d+\b/,
        /\bByline\s+None\b/,
        /content\/articles/,
        /(?:does not name|not named in) the capture/i,
      ])
        expect(text, `${path}: ${internal}`).not.toMatch(internal);
    }
    await page.goto(`${site.url}/events/${event.id}/`);
    const how = page.locator('.claim-basis').first();
    await how.locator('summary', { hasText: 'How this date was read' }).click();
    const reasoning = await how.innerText();
    expect(reasoning).toMatch(/gives|dated by|counted from|by the editor/);
    expect(reasoning).toContain(event.claims[0]!.edtf);
    await page.close();
  });

  it('does not show a desk byline as a person', async () => {
    const page = await site.browser.newPage();
    // This capture's byline is "Staff Writer".
    await page.goto(`${site.url}/articles/north-korean-troops-in-russian-uniforms-deploy-to-ukraine-border/`);
    const meta = await page.locator('.article-meta').innerText();
    expect(meta).toMatch(/Byline\s+Staff Writer \(no named author\)/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      author?: unknown;
    };
    expect(ld.author).toBeUndefined();
    await page.goto(`${site.url}/events/${event.id}/`);
    expect(await page.locator('.claim-source').allInnerTexts()).not.toContainEqual(
      expect.stringContaining('by Staff Writer'),
    );
    await page.close();
  });

  it('marks the dated words of an article, not its sentences', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/articles/${event.claims[0]!.article}/`);
    const sentence = await page
      .locator('.article-body .sentence.claim')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(sentence).toBe('none');
    const words = page.locator('.article-body time.date').first();
    expect(await words.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('600');
    await page.close();
  });
});

describe('search counts and excerpts', () => {
  it('counts every report that names a place, and shows excerpts without the pages’ date badges', async () => {
    const dir = new URL('../../content/articles/', import.meta.url);
    const naming = readdirSync(dir).filter((name) => /\bKursk\b/.test(readFileSync(new URL(name, dir), 'utf8')));
    expect(naming.length).toBeGreaterThan(3);
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=Kursk`);
    await expect.poll(() => page.locator('#search-page-status').textContent()).toMatch(/ for “Kursk”\.$/);
    expect(await page.locator('#search-page-status').textContent()).toMatch(
      new RegExp(`\\b${naming.length} sources?\\b`),
    );
    const excerpts = await page.locator('.result-excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(naming.length);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/reported \d{1,2} \w{3} \d{4}/);
    await page.close();
  });
});

describe('on a phone', () => {
  for (const width of [390, 320]) {
    it(`keeps the search field in view with results open, under a header of at most 100 px (${width} px)`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(`${site.url}/`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(width >= 390 ? 100 : 130);
      await page.fill('#search-input', 'Kursk');
      await page.locator('#search-results .search-result').first().waitFor();
      const field = (await page.locator('#search-input').boundingBox())!;
      const panel = (await page.locator('#search-panel').boundingBox())!;
      expect(field.y).toBeGreaterThanOrEqual(0);
      expect(panel.y).toBeGreaterThanOrEqual(field.y + field.height);
      // What is at the field's middle is the field itself: nothing covers it.
      const covered = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.id,
        [field.x + field.width / 2, field.y + field.height / 2],
      );
      expect(covered).toBe('search-input');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    });
  }

  it('draws the figures chart with labels of at least 9 px and round ticks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/`);
    const chart = page.locator('.figures-chart svg');
    expect(await chart.count()).toBe(1);
    const sizes = await chart
      .locator('text')
      .evaluateAll((texts) =>
        texts.filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getBoundingClientRect().height),
      );
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    const ticks = await chart.locator('.grid text.wide').allTextContents();
    for (const tick of ticks) expect(Number(tick.replace(/,/g, '')) % 250, tick).toBe(0);
    await page.close();
  });
});
