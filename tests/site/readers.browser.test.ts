import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/** A site that speaks to readers: no internal details, phones laid out for reading and searching. */
const site = useBuiltSite();
const timeline = JSON.parse(readFileSync(new URL('../../dist/timeline.json', import.meta.url), 'utf8')) as {
  events: Array<{ id: string; claims: Array<{ article: string; edtf: string; sentence: string }> }>;
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

describe('text of either direction', () => {
  it('isolates every event title, quote, search result and embed card, so that a right-to-left one cannot reorder its neighbours', async () => {
    const page = await site.browser.newPage();
    /** What of `selector` on the page is not inside an element of its own direction (`<bdi>` or `dir="auto"`). */
    const loose = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) =>
          els
            .filter((el) => !el.closest('bdi, [dir="auto"]') && !el.querySelector(':scope > bdi:only-child'))
            .map((el) => el.outerHTML.slice(0, 100)),
        );
    const expectIsolated = async (selector: string) => {
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
      expect(await loose(selector), selector).toEqual([]);
    };
    await page.goto(`${site.url}/`);
    await expectIsolated('.event-title-link a');
    await expectIsolated('.event-quote p');
    await page.goto(`${site.url}/key-events/`);
    await expectIsolated('.key-event-title a');
    await page.goto(`${site.url}/events/${event.id}/`);
    await expectIsolated('h1.event-title');
    await expectIsolated('.related li a > :not(.related-date)');
    await page.goto(`${site.url}/embed/`);
    await expectIsolated('.embed-events a');
    await page.goto(`${site.url}/embed/events/${event.id}/`);
    await expectIsolated('.embed-heading');
    await expectIsolated('.embed-quote p');
    await page.goto(`${site.url}/search/?q=Kursk`);
    await page.locator('#source-results .search-result').first().waitFor();
    await expectIsolated('.result-title');
    await expectIsolated('.result-excerpt');
    await expectIsolated('.result-kind bdi');
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
    // The events: every one whose sentences say the word, and no more.
    const saying = timeline.events.filter((e) => e.claims.some((claim) => /\bKursk\b/.test(claim.sentence)));
    const [, shown, total = shown] = /(\d+)(?: of (\d+))? events?\b/.exec(
      (await page.locator('#search-page-status').textContent())!,
    )!;
    expect(Number(total)).toBe(saying.length);
    expect(await page.locator('#event-results .search-result').count()).toBe(Number(shown));
    const excerpts = await page.locator('.result-excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(naming.length);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/reported \d{1,2} \w{3} \d{4}/);
    // An event's excerpt is of its sentences, never the list of its outlets and names that search also reads.
    const events = await page.locator('#event-results .search-result').evaluateAll((items) =>
      items.map((item) => ({
        id: decodeURIComponent(item.querySelector('a')!.getAttribute('href')!.split('/')[2]!),
        excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
      })),
    );
    const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/^…|…$/g, '').trim();
    for (const { id, excerpt } of events) {
      const sentences = squash(
        timeline.events
          .find((e) => e.id === id)!
          .claims.map((c) => c.sentence)
          .join(' '),
      );
      expect(sentences, id).toContain(squash(excerpt));
    }
    await page.close();
  });
});

describe('on a phone', () => {
  for (const width of [390, 320]) {
    it(`keeps the search field in view with results open, under a header of at most ${width >= 390 ? 90 : 112} px (${width} px)`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(`${site.url}/`);
      const header = await page.locator('.site-header').boundingBox();
      // Was 128 px at 390 (125 at 320): the name and the links on one row, then the field (85 px at 390, 108 at 320).
      expect(header!.height).toBeLessThanOrEqual(width >= 390 ? 90 : 112);
      // The about page's link is in every page's footer instead.
      expect(await page.locator('.site-nav a[href="/about/"]').isVisible()).toBe(false);
      expect(await page.locator('.site-footer a[href="/about/"]').isVisible()).toBe(true);
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
