import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { csvText, parseCsv } from '../support/parse-csv.ts';
import { timelineJsSchema } from '../support/timelinejs-schema.ts';

/** The exports as a reader reaches them: from the about page, served as a host serves them. */
const site = useBuiltSite();

interface Timeline {
  events: Array<{ id: string; claims: Array<{ sentence: string }> }>;
}

describe('exports', () => {
  it('are linked from the about page, and each link loads', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/about/`);
    const links = await page
      .locator('#data + p + ul a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((link) => new URL(link).pathname)).toEqual([
      '/timeline.csv',
      '/timelinejs.json',
      '/feed.xml',
      '/feed.json',
      '/timeline.json',
    ]);
    for (const link of links) expect((await fetch(link)).status, link).toBe(200);
    await page.close();
  });

  it('timeline.csv parses as RFC 4180 with one row per claim of timeline.json', async () => {
    const timeline = (await (await fetch(`${site.url}/timeline.json`)).json()) as Timeline;
    const [header, ...rows] = parseCsv(await (await fetch(`${site.url}/timeline.csv`)).text());
    const claims = timeline.events.flatMap((event) => event.claims);
    expect(rows).toHaveLength(claims.length);
    const sentence = header!.indexOf('sentence');
    expect(rows.map((row) => csvText(row[sentence]!))).toEqual(claims.map((claim) => claim.sentence));
  });

  it('timelinejs.json has TimelineJS3’s JSON shape, one slide per event by its id', async () => {
    const timeline = (await (await fetch(`${site.url}/timeline.json`)).json()) as Timeline;
    const data = timelineJsSchema.parse(await (await fetch(`${site.url}/timelinejs.json`)).json());
    expect(data.events.map((slide) => slide.unique_id)).toEqual(timeline.events.map((event) => event.id));
  });

  it('every page announces the JSON Feed beside the Atom feed', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    const feeds = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('type'), new URL((l as HTMLLinkElement).href).pathname]),
      );
    expect(feeds).toEqual([
      ['application/atom+xml', '/feed.xml'],
      ['application/feed+json', '/feed.json'],
    ]);
    const feed = (await (await fetch(`${site.url}/feed.json`)).json()) as { version: string; items: unknown[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
    await page.close();
  });
});
