import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/**
 * In Chromium, against the built site: readers search from the header (by
 * mouse or keyboard alone), on the search page with filters kept in the URL,
 * and follow results to events. Also what the index holds and what the first
 * query costs.
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

/** Type a query into the header field and wait for the results to settle; returns their links and kinds. */
async function headerSearch(query: string) {
  await page.fill('#search-input', query);
  await expect
    .poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 })
    .toMatch(/ for “.*”\.$|No results/);
  // Results for this query, not the previous one: the status names counts after rendering.
  return page.locator('#search-results .search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      kind: item.classList.contains('result-event') ? 'event' : 'source',
      text: item.textContent ?? '',
    })),
  );
}

describe('search from the header', () => {
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

  it('transfers at most 150 KB for the first query, everything included', async () => {
    const fresh = await site.browser.newPage();
    const sizes: number[] = [];
    fresh.on('response', (response) => {
      if (response.url().includes('/pagefind/')) {
        // The static server here does not compress: count what a host would send (gzip of what is not compressed already).
        void response
          .body()
          .then((body) =>
            sizes.push(
              response.url().endsWith('.js') || response.url().endsWith('.json') ? gzipSync(body).length : body.length,
            ),
          );
      }
    });
    await fresh.goto(`${site.url}/`);
    await fresh.fill('#search-input', 'Kursk');
    await fresh.locator('#search-results .search-result').first().waitFor();
    await fresh.waitForLoadState('networkidle');
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(sizes.length).toBeGreaterThan(3);
    expect(total).toBeLessThanOrEqual(150_000);
    await fresh.close();
  });

  it.each([
    ['MiG-29', /^\/events\/2024-12-10-/],
    ['mig 29', /^\/events\/2024-12-10-/],
    ['Paparo', /^\/events\/2024-12-10-/],
    ['treaty', /^\/events\/2024-06-/],
    ['captured', /^\/events\/2025-01-01-/],
    ['Vladivostok', /^\/events\/2024-10-21-/],
    ['11,000', /^\/events\/2024-10-31-/],
  ])('finds %s, events first, the expected event among them', async (query, expected) => {
    await page.goto(`${site.url}/`);
    const results = await headerSearch(query);
    expect(results.length).toBeGreaterThan(0);
    const kinds = results.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort()); // "event" < "source": every event before every source
    expect(
      results
        .filter((r) => r.kind === 'event')
        .map((r) => r.href)
        .some((href) => expected.test(href)),
    ).toBe(true);
  });

  it('finds Kursk in events and sources alike', async () => {
    await page.goto(`${site.url}/`);
    const results = await headerSearch('Kursk');
    expect(results.filter((r) => r.kind === 'event').length).toBeGreaterThan(2);
    expect(results.some((r) => r.kind === 'source' && r.href.startsWith('/articles/'))).toBe(true);
  });

  it.each(['Zelenskyy', 'Zelensky', 'Zelenskiy', 'zelenskyi'])(
    'finds the reports of Zelensky under the spelling %s',
    async (query) => {
      await page.goto(`${site.url}/`);
      const events = (await headerSearch(query)).filter((r) => r.kind === 'event').map((r) => r.href);
      // One report spells him "Zelensky", another "Zelenskiy": every spelling finds both.
      expect(events.some((href) => href.startsWith('/events/2024-12-02-'))).toBe(true);
      expect(events.some((href) => href.startsWith('/events/2025-01-01-'))).toBe(true);
    },
  );

  it('shows each result with its date, title and an excerpt with the match marked, and links to the event page', async () => {
    await page.goto(`${site.url}/`);
    await headerSearch('MiG-29');
    const first = page.locator('#search-results .result-event').first();
    expect(await first.locator('.result-date').textContent()).toBe('10 Dec 2024');
    expect(await first.locator('.result-title').textContent()).toMatch(/North Korea/);
    expect(await first.locator('.result-excerpt mark').first().textContent()).toMatch(/MiG-29/i);
    const href = (await first.locator('a').getAttribute('href'))!;
    await first.locator('a').click();
    await page.waitForURL(`${site.url}${href}`);
    expect(await page.locator('.event-page').textContent()).toContain('MiG-29');
  });

  it('works by keyboard alone: / opens it, arrows move through results, Enter follows one', async () => {
    await page.goto(`${site.url}/about/`);
    await page.locator('body').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Vladivostok');
    await expect.poll(() => page.locator('#search-all').getAttribute('href')).toBe('/search/?q=Vladivostok');
    const first = await page.locator('#search-results .search-result a').first().getAttribute('href');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(first);
    expect(focused).toMatch(/^\/events\//);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${focused}`);
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
  });

  it('says so when nothing matches, and offers the search page', async () => {
    await page.goto(`${site.url}/`);
    expect(await headerSearch('zzyzx')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe(
      'No results for “zzyzx”. Check the spelling, or try fewer words.',
    );
    expect(await page.locator('#search-all').getAttribute('href')).toBe('/search/?q=zzyzx');
  });
});

describe('the search page', () => {
  const status = () => page.locator('#search-page-status').textContent();

  it('reads its state from the URL, filters by outlet, keeps the filter in the URL, and Back undoes it', async () => {
    await page.goto(`${site.url}/search/?q=kursk`);
    await expect.poll(status).toMatch(/^\d+ events?( and \d+ sources?)? for “kursk”\.$/);
    const before = (await status())!;
    expect(await page.inputValue('#q')).toBe('kursk');
    await page.selectOption('select[name="outlet"]', 'Tampa Free Press');
    await page.waitForURL(`${site.url}/search/?q=kursk&outlet=Tampa+Free+Press`);
    await expect.poll(status).not.toBe(before);
    await expect.poll(status).toMatch(/for “kursk”\.$/);
    // Every event shown has Tampa Free Press among its sources; every source shown is one of its reports.
    const timeline = (await (await fetch(`${site.url}/timeline.json`)).json()) as {
      events: Array<{ url: string; outlets: string[] }>;
    };
    const events = await page
      .locator('#event-results .search-result a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(events.length).toBeGreaterThan(0);
    for (const href of events)
      expect(timeline.events.find((event) => event.url === href)?.outlets).toContain('Tampa Free Press');
    for (const kind of await page.locator('#source-results .result-kind').allTextContents())
      expect(kind).toBe('Source · Tampa Free Press');
    expect(await page.locator('select[name="outlet"] option:checked').textContent()).toBe('Tampa Free Press');
    await page.goBack();
    await page.waitForURL(`${site.url}/search/?q=kursk`);
    await expect.poll(status).toBe(before);
    expect(await page.inputValue('select[name="outlet"]')).toBe('');
  });

  it('filters by year and by entity, sorts by date, and follows a result to its event', async () => {
    await page.goto(`${site.url}/search/?q=north+korean&year=2025`);
    await expect.poll(status).toMatch(/for “north korean”/);
    const dates = await page.locator('#event-results .result-date').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/2025/);

    await page.goto(`${site.url}/search/?entity=mig-29&sort=oldest`);
    await expect.poll(status).toMatch(/for these filters/);
    const links = await page
      .locator('#event-results .search-result a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/events/2024-12-10-russia-struck-significant-military-deal/']);

    await page.goto(`${site.url}/search/?q=troops&sort=newest`);
    await expect.poll(status).toMatch(/for “troops”/);
    const isos = await page.locator('#event-results .result-date').allTextContents();
    expect(isos.length).toBeGreaterThan(2);
    const first = page.locator('#event-results .search-result a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/events\/2025-01-24-/); // the newest event that mentions troops
    await first.click();
    await page.waitForURL(`${site.url}${href}`);
  });

  it('says when filters leave nothing, and removing them brings the results back', async () => {
    await page.goto(`${site.url}/search/?q=Vladivostok&year=2025`);
    await expect.poll(status).toBe('No results for “Vladivostok” with these filters. Try removing the filters.');
    await page.click('#search-page-clear a');
    await page.waitForURL(`${site.url}/search/?q=Vladivostok`);
    await expect.poll(status).toMatch(/^\d+ events?( and \d+ sources?)? for “Vladivostok”\.$/);
  });
});

describe('what the index holds', () => {
  it('holds every event and article, with their words apart and none of the page furniture', async () => {
    await page.goto(`${site.url}/`);
    // Pagefind's own API, as the page loads it (a string, so that the test runner leaves the import alone).
    const shards = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await Promise.all(['event', 'source'].map((kind) => pagefind.search(null, { filters: { kind } })));
      return Promise.all(all.flatMap((search) => search.results.map((result) => result.data())));
    })()`)) as Array<{ url: string; content: string; meta: { facets: string } }>;
    const timeline = (await (await fetch(`${site.url}/timeline.json`)).json()) as { events: Array<{ id: string }> };
    const ids = shards.flatMap((shard) => Object.keys(JSON.parse(shard.meta.facets) as object));
    expect(ids.filter((id) => timeline.events.some((event) => event.id === id)).sort()).toEqual(
      timeline.events.map((e) => e.id).sort(),
    );
    expect(ids.length - timeline.events.length).toBe(5); // and the five articles
    for (const { url, content } of shards) {
      for (const furniture of [
        'Skip to content',
        'People & places',
        'Built with Dateline',
        'Copy link',
        'EDTF',
        'Search shard',
      ]) {
        expect(content, `${url} holds “${furniture}”`).not.toContain(furniture);
      }
    }
    // Outlets and names stand as words of their own (Astro's whitespace removal can glue neighbours).
    const words = shards.map((p) => p.content).join('\n');
    for (const name of [
      'Defence Talks',
      'Tampa Free Press',
      'Euromaidan Press',
      'MiG-29',
      'Kursk',
      'Paparo',
      'Vladivostok',
    ]) {
      expect(words, name).toMatch(new RegExp(`(?:^|[^\\p{L}])${name}(?:$|[^\\p{L}])`, 'u'));
    }
    expect(words).not.toMatch(/\p{Ll}(?:Russia|Ukraine|Kursk|North Korea)\b/u);
  });
});

describe('edge cases', () => {
  it('keeps hostile-looking queries as text', async () => {
    let alerted = false;
    page.once('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Ezzyzx`);
    await expect
      .poll(() => page.locator('#search-page-status').textContent())
      .toMatch(/for “<img src=x onerror=alert\(1\)>zzyzx”/);
    expect(await page.locator('main img').count()).toBe(0);
    expect(alerted).toBe(false);
  });

  it('logs no errors in the console', () => {
    expect(problems).toEqual([]);
  });
});
