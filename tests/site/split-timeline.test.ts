import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../support/generate-corpus.ts';
import { projectCopy } from '../support/project-copy.ts';

/**
 * Stories too long for one timeline page, built for real: the seeds with at
 * most four events a page (`DATELINE_PAGE_EVENTS=4`), so that the timeline
 * splits by year, the long year by month, and the long month into parts; and
 * the seeds with 300 generated reports (over 400 events) at the
 * default limit, for the weight of every page.
 */
const LIMIT = 4;
const project = projectCopy(true);
const large = projectCopy(true);
let events: Array<{ id: string; url: string; start: string }> = [];
let dist = '';
const timelineOf = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'dist/timeline.json'), 'utf8')) as { events: typeof events }).events;
beforeAll(async () => {
  for (const { file, text } of generateCorpus(300))
    writeFileSync(path.join(large.dir, 'content/articles', path.basename(file)), text);
  const [small, big] = await Promise.all([project.build({ DATELINE_PAGE_EVENTS: String(LIMIT) }), large.build()]);
  expect(small.code, small.output).toBe(0);
  expect(big.code, big.output).toBe(0);
  events = timelineOf(project.dir);
  dist = path.join(project.dir, 'dist');
});
afterAll(() => {
  project.remove();
  large.remove();
});

const html = (url: string) => readFileSync(path.join(dist, url.split('#')[0]!, 'index.html'), 'utf8');
const exists = (url: string) => existsSync(path.join(dist, url.split('#')[0]!, 'index.html'));
/** Ids of the timeline entries a page lists. */
const listed = (page: string) => [...page.matchAll(/<li class="event(?: is-key)?" id="([^"]+)"/g)].map((m) => m[1]!);
const links = (page: string, rel: string) =>
  [...page.matchAll(new RegExp(`<a rel="${rel}" href="([^"]+)"`, 'g'))].map((m) => m[1]!);

/** The timeline pages in order, found by following the "Later" links from the first year. */
function walk(first: string): string[] {
  const pages = [first];
  for (let next = links(html(first), 'next')[0]; next; next = links(html(next), 'next')[0]) {
    expect(pages, `a loop at ${next}`).not.toContain(next);
    pages.push(next);
  }
  return pages;
}

describe('a timeline too long for one page', () => {
  it('splits by year, a long year by month and a long month into parts, each page within the limit', () => {
    const first = `/years/${events[0]!.start.slice(0, 4)}/`;
    const pages = walk(first);
    expect(pages).toContain('/years/2024/');
    expect(pages).toContain('/years/2024/10/');
    expect(pages).toContain('/years/2024/10/page-2/');
    expect(pages).toContain('/years/2025/');
    for (const page of pages) expect(listed(html(page)).length, page).toBeLessThanOrEqual(LIMIT);
    // Every event on exactly one page, each page in timeline order (a long year's page comes first,
    // with the events known only to longer periods); the way back leads to the start.
    const order = new Map(events.map((event, i) => [event.id, i]));
    expect(pages.flatMap((page) => listed(html(page))).sort()).toEqual(events.map((event) => event.id).sort());
    for (const page of pages) {
      const positions = listed(html(page)).map((id) => order.get(id)!);
      expect(positions, page).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(links(html(pages.at(-1)!), 'prev')).toEqual([pages.at(-2)]);
  });

  it('makes the front page an overview linking every year and the latest events', () => {
    const front = html('/');
    for (const year of new Set(events.map((event) => event.start.slice(0, 4))))
      expect(front).toContain(`href="/years/${year}/"`);
    expect(front).toContain('href="/years/2024/10/"');
    expect(listed(front)).toEqual(
      events
        .slice(-10)
        .map((event) => event.id)
        .reverse(),
    );
    expect(listed(html('/newest/'))).toEqual(
      events
        .slice(-LIMIT)
        .map((event) => event.id)
        .reverse(),
    );
  });

  it('shows the key events on the front page of a long story, one a day, the top of them marked in the timeline pages', () => {
    const front = html('/');
    const key = [...front.matchAll(/<li class="key-event" id="key-([^"]+)"/g)].map((m) => m[1]!);
    expect(key.length).toBe(Math.min(10, new Set(events.map((event) => event.start)).size));
    expect(new Set(key.map((id) => events.find((event) => event.id === id)!.start)).size).toBe(key.length);
    expect(front).toContain('href="/key-events/"');
    const marked = walk(`/years/${events[0]!.start.slice(0, 4)}/`).flatMap((url) => [
      ...html(url).matchAll(/<li class="event is-key" id="([^"]+)"/g),
    ]);
    expect(marked.length).toBe(Math.ceil(events.length / 5)); // one in five
    for (const [, id] of marked) expect(key).toContain(id);
  });

  it('gives each year a share card, named by its page and the pages of its months', () => {
    const image = (url: string) => /<meta property="og:image" content="([^"]+)"/.exec(html(url))![1]!;
    for (const [page, year] of [
      ['/years/2024/', '2024'],
      ['/years/2024/10/', '2024'],
      ['/years/2024/10/page-2/', '2024'],
      ['/years/2025/', '2025'],
    ] as const) {
      expect(new URL(image(page)).pathname, page).toBe(`/cards/years/${year}.png`);
      const png = readFileSync(path.join(dist, `cards/years/${year}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('links each event page to the timeline page that lists it, and every navigator link resolves', () => {
    for (const event of events) {
      const target = /<nav class="pager"[\s\S]*?<a href="([^"]+)">Timeline<\/a>/.exec(html(event.url))?.[1];
      expect(target, event.url).toMatch(new RegExp(`#${event.id}$`));
      expect(listed(html(target!)), target).toContain(event.id);
    }
    const navigator = /<nav class="navigator"[\s\S]*?<\/nav>/.exec(html('/years/2025/'))![0];
    const hrefs = [...navigator.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      expect(exists(href), href).toBe(true);
      const anchor = href.split('#')[1];
      if (anchor) expect(html(href.startsWith('#') ? '/years/2025/' : href), href).toContain(`id="${anchor}"`);
    }
  });

  it('keeps pages small at over 400 events: timeline pages of at most 50 events and 50 KB compressed with their CSS, sources by outlet, no page over 200 KB', () => {
    dist = path.join(large.dir, 'dist');
    try {
      const all = timelineOf(large.dir);
      expect(all.length).toBeGreaterThan(400);
      const pages = ['/', '/newest/', ...walk(`/years/${all[0]!.start.slice(0, 4)}/`)];
      expect(pages.length).toBeGreaterThan(all.length / 50);
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html('/'))?.[1];
      const cssBytes = css ? gzipSync(readFileSync(path.join(dist, css))).length : 0;
      for (const page of pages) {
        const text = html(page);
        expect(listed(text).length, page).toBeLessThanOrEqual(50);
        expect(Buffer.byteLength(text), page).toBeLessThanOrEqual(200_000);
        expect(gzipSync(text).length + cssBytes, page).toBeLessThanOrEqual(50_000);
        const ids = [...text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
        expect(ids.length - new Set(ids).size, `repeated ids on ${page}`).toBe(0);
      }
      expect(pages.flatMap((page) => (page.startsWith('/years/') ? listed(html(page)) : [])).sort()).toEqual(
        all.map((e) => e.id).sort(),
      );
      // No page of the whole site over 200 KB of HTML.
      const big = readdirSync(dist, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .filter((file) => statSync(file).size > 200_000)
        .map((file) => path.relative(dist, file));
      expect(big).toEqual([]);
      // Sources: /sources/ lists the outlets, each outlet's pages list its reports, every report once.
      const outlets = [...html('/sources/').matchAll(/<a href="(\/sources\/[^"]+\/)">/g)].map((m) => m[1]!);
      expect(outlets.length).toBeGreaterThan(10);
      const listedArticles = outlets.flatMap((outlet) => {
        const parts = [outlet];
        for (let next = links(html(outlet), 'next')[0]; next; next = links(html(next), 'next')[0]) parts.push(next);
        return parts.flatMap((part) =>
          [...html(part).matchAll(/<li> <a href="\/articles\/([^"]+)\/"[^>]*>/g)].map((m) => m[1]!),
        );
      });
      expect(listedArticles.length).toBe(new Set(listedArticles).size);
      expect(listedArticles.length).toBe(readdirSync(path.join(dist, 'articles')).length);
      // An event reported more often than its page quotes: the rest of its claims on numbered pages, each claim once.
      const often = (
        JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')) as {
          events: Array<{ url: string; claims: unknown[] }>;
        }
      ).events.filter((event) => event.claims.length > 40);
      expect(often.length).toBeGreaterThan(0);
      for (const event of often) {
        const parts = [
          event.url,
          ...Array.from({ length: Math.ceil(event.claims.length / 40) - 1 }, (_, i) => `${event.url}claims/${i + 2}/`),
        ];
        expect(html(event.url)).toContain(`href="${event.url}claims/2/"`);
        expect(
          parts.reduce((sum, part) => sum + (html(part).match(/<li class="claim-item"/g) ?? []).length, 0),
          event.url,
        ).toBe(event.claims.length);
      }
    } finally {
      dist = path.join(project.dir, 'dist');
    }
  });

  describe('edge cases', () => {
    it('lists events of a long year known only to a longer period on the year page, not pinned to a month', () => {
      const year = html('/years/2024/');
      expect(year).toContain('Sometime in 2024');
      expect(listed(year).length).toBeGreaterThan(0);
      expect(year).toContain('href="/years/2024/12/"');
    });
  });
});
