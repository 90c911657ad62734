import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NAMES_SUFFIX } from '../../src/client/search-engine.ts';

/**
 * Checks on the built site in `dist/` (`npm test` builds it first): the
 * timeline, one page per event and per article, `timeline.json` and the
 * search index.
 */
const dist = new URL('../../dist/', import.meta.url);
if (!existsSync(new URL('index.html', dist)))
  throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
const read = (path: string) => readFileSync(new URL(path, dist), 'utf8');

interface JsonEvent {
  id: string;
  url: string;
  start: string;
  end: string;
  precision: string;
  label: string;
  title: string;
  claims: Array<{
    article: string;
    sentence: string;
    expression: string | null;
    start: string;
    end: string;
    url: string;
  }>;
}
const timeline = JSON.parse(read('timeline.json')) as { events: JsonEvent[] };
const articles = readdirSync(new URL('articles/', dist));
const home = read('index.html');

describe('dist/timeline.json', () => {
  it('lists events oldest first, each with its claims', () => {
    expect(timeline.events.length).toBeGreaterThanOrEqual(10);
    const starts = timeline.events.map((event) => event.start);
    expect(starts).toEqual([...starts].sort());
    for (const event of timeline.events) {
      expect(Object.keys(event)).toEqual([
        'id',
        'url',
        'start',
        'end',
        'precision',
        'label',
        'edtf',
        'title',
        'summary',
        'significance',
        'background',
        'outlets',
        'corroboration',
        'firstReport',
        'disagreements',
        'aliases',
        'related',
        'claims',
      ]);
      expect(event.claims.length).toBeGreaterThan(0);
      expect(event.start <= event.end).toBe(true);
    }
  });

  it('gives every event a significance and a summary sentence taken from its claims', () => {
    for (const event of timeline.events as Array<JsonEvent & { summary: string; significance: number }>) {
      expect(event.significance).toBeGreaterThan(0);
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.claims.some((claim) => claim.sentence.replace(/\s+/g, ' ').includes(event.summary))).toBe(true);
    }
  });

  it('gives every event a readable id that starts with its ISO date', () => {
    for (const event of timeline.events) {
      expect(event.id).toMatch(/^\d{4}-\d{2}-\d{2}(-[a-z0-9]+)*$/);
      expect(event.id.startsWith(event.start)).toBe(true);
      expect(event.url).toBe(`/events/${event.id}/`);
    }
    expect(new Set(timeline.events.map((event) => event.id)).size).toBe(timeline.events.length);
  });
});

describe('dist/index.html (timeline)', () => {
  it('groups entries under year and month headings', () => {
    expect(home).toMatch(/<h2[^>]*>2024<\/h2>/);
    expect(home).toMatch(/<h2[^>]*>2025<\/h2>/);
    expect(home).toMatch(/<h3[^>]*>December 2024<\/h3>/);
    expect(home).toMatch(/<h3[^>]*>January 2025<\/h3>/);
  });

  it('shows every event in order with a <time datetime>, its sentence and a link to its outlet', () => {
    const entries = [...home.matchAll(/<li class="event(?: is-key)?" id="([^"]+)">([\s\S]*?)<\/li>/g)];
    expect(entries.map((entry) => entry[1])).toEqual(timeline.events.map((event) => event.id));
    for (const [, id, body] of entries) {
      const event = timeline.events.find((e) => e.id === id)!;
      expect(body).toMatch(/<time class="date-label" datetime="\d{4}(-\d{2}){0,2}"/);
      expect(body).toContain(`href="/events/${id}/"`);
      expect(body).toMatch(new RegExp(`href="/articles/${event.claims[0]!.article}/#c-[0-9a-z-]+"`));
    }
  });

  it('keeps words apart for search (no whitespace lost between inline elements)', () => {
    expect(home).not.toMatch(/<\/cite><span class="via">via/);
    expect(read(timeline.events[0]!.url.slice(1) + 'index.html')).toMatch(/<\/a>, “<a/);
  });
});

describe('dist/key-events/', () => {
  const events = timeline.events as Array<JsonEvent & { summary: string; significance: number; corroboration: number }>;
  const keyIds = (page: string) => [...page.matchAll(/<li class="key-event" id="key-([^"]+)"/g)].map((m) => m[1]!);
  /** The top n events by significance, one a day, as the view picks them (ties: more sources, the earlier day). */
  const top = (n: number) => {
    const days = new Set<string>();
    const chosen: string[] = [];
    const ranked = [...events].sort(
      (a, b) =>
        b.significance - a.significance ||
        b.corroboration - a.corroboration ||
        (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1),
    );
    for (const event of ranked) {
      if (chosen.length === n) break;
      if ((event as { background?: boolean }).background || days.has(event.start)) continue;
      days.add(event.start);
      chosen.push(event.id);
    }
    return events.filter((event) => chosen.includes(event.id)).map((event) => event.id);
  };

  it('lists the most significant events, one a day, oldest first, with headline, date and best sentence', () => {
    const page = read('key-events/index.html');
    expect(keyIds(page)).toEqual(top(25));
    for (const id of keyIds(page)) {
      const event = events.find((e) => e.id === id)!;
      expect(page).toContain(`href="/events/${id}/"`);
      expect(decode(page)).toContain(event.summary);
      expect(page).toContain(`>${event.label}</time>`);
    }
  });

  it('has a page for each size, the default one canonical at /key-events/', () => {
    expect(keyIds(read('key-events/10/index.html'))).toEqual(top(10));
    expect(keyIds(read('key-events/50/index.html'))).toEqual(top(50));
    expect(read('key-events/25/index.html')).toContain(
      '<link rel="canonical" href="http://localhost:4321/key-events/">',
    );
    expect(read('key-events/10/index.html')).toContain(
      '<link rel="canonical" href="http://localhost:4321/key-events/10/">',
    );
  });

  it('marks the key events in the timeline, and only them', () => {
    const marked = [...home.matchAll(/<li class="event is-key" id="([^"]+)"/g)].map((m) => m[1]!);
    expect(marked).toEqual(top(Math.min(25, Math.ceil(events.length / 5))));
    expect(marked.length).toBeGreaterThan(0);
    expect(home).toContain('href="/key-events/"');
  });
});

describe('dist/events/<id>/', () => {
  it('has a page per event with its date, claims and citations to the article sentence', () => {
    for (const event of timeline.events) {
      const page = read(`events/${event.id}/index.html`);
      expect(page).toContain(`>${event.label}</time>`);
      for (const claim of event.claims) {
        expect(decode(page)).toContain(claim.sentence);
        expect(page).toContain(`href="${claim.url}"`);
        const [path, anchor] = claim.url.split('#');
        expect(read(`${path!.slice(1)}index.html`)).toContain(`id="${anchor}"`);
      }
    }
  });
});

describe('dist/articles/<slug>/', () => {
  it('has a page per article', () => {
    expect(articles.sort()).toEqual(
      readdirSync(new URL('../../content/articles/', import.meta.url))
        .map((file) => file.replace(/\.md$/, ''))
        .sort(),
    );
  });

  it('shows outlet, byline, published date and whether it was inferred', () => {
    const tampa = read('articles/russia-to-supply-mig-29-and-su-27-jets-to-north-korea/index.html');
    expect(tampa).toContain('Tampa Free Press');
    expect(tampa).toContain('<time datetime="2024-12-10">10 December 2024</time>');
    expect(tampa).toContain('inferred by the editor');
    const voa = read('articles/voa-north-korean-troops-to-enter-combat-soon-says-pentagon-chief/index.html');
    expect(voa).toContain('Olena Mukhina');
    expect(voa).toContain('stated in the article');
    expect(voa).not.toContain('inferred by the editor');
  });

  it('links each dated claim in the text to its event', () => {
    for (const article of articles) {
      const html = read(`articles/${article}/index.html`);
      const links = [...html.matchAll(/<a href="(\/events\/[^"]+\/)" class="claim-(?:link|badge)"/g)].map((m) => m[1]!);
      expect(links.length, article).toBeGreaterThan(0);
      for (const href of links) expect(timeline.events.some((event) => event.url === href)).toBe(true);
    }
  });

  it('keeps the article text and drops nothing but furniture', () => {
    const page = read('articles/north-korean-troops-in-russian-uniforms-deploy-to-ukraine-border/index.html');
    expect(decode(page)).toContain("They're doing this because Putin has lost a lot of troops.");
    expect(page).not.toContain('Tactical Backpack');
  });
});

describe('dist/pagefind', () => {
  it('holds a search index of shards: every event and article in one, each a section of its own', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const records = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(records).toBe(Math.ceil(timeline.events.length / 20) + Math.ceil(articles.length / 5));
    const sections = [...readdirSync(new URL('search-index/', dist), { recursive: true })]
      .filter((file) => String(file).endsWith('index.html'))
      .flatMap((file) =>
        [...read(`search-index/${String(file)}`).matchAll(/<section id="([^"]+)" data-pagefind-title=/g)].map(
          (m) => m[1],
        ),
      );
    // Each event's outlets and names are a section of their own beside it (found, never its excerpt).
    const named = sections.filter((id) => id!.endsWith(NAMES_SUFFIX));
    expect(sections.filter((id) => !id!.endsWith(NAMES_SUFFIX)).sort()).toEqual(
      [...timeline.events.map((event) => event.id), ...articles].sort(),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const id of named)
      expect(timeline.events.map((event) => event.id)).toContain(id!.slice(0, -NAMES_SUFFIX.length));
    expect(existsSync(new URL('pagefind/pagefind.js', dist))).toBe(true);
  });
});

/** Decode the character references Astro writes, to compare page text with plain text. */
function decode(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!] ?? whole),
  );
}

describe('sharing and weight', () => {
  const jsonLd = (html: string) =>
    JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!) as Record<string, unknown>;

  it('gives every page a canonical URL, Open Graph and Twitter card tags', () => {
    for (const page of [
      'index.html',
      `events/${timeline.events[0]!.id}/index.html`,
      `articles/${articles[0]}/index.html`,
      'sources/index.html',
    ]) {
      const html = read(page);
      expect(html, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, page).toMatch(/<meta name="twitter:card" content="summary_large_image">/);
      expect(html, page).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/cards\/[^"]+\.png">/);
    }
  });

  it('describes the timeline, events and articles in schema.org JSON-LD', () => {
    const list = jsonLd(home);
    expect(list['@type']).toBe('ItemList');
    expect((list.itemListElement as unknown[]).length).toBe(timeline.events.length);
    expect(jsonLd(read(`events/${timeline.events[0]!.id}/index.html`))).toMatchObject({
      '@type': 'Event',
      startDate: timeline.events[0]!.start,
    });
    expect(jsonLd(read(`articles/${articles[0]}/index.html`))['@type']).toBe('NewsArticle');
  });

  it('lists every event in the sitemap and the Atom feed', () => {
    const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)];
    expect(sitemaps.map((m) => m[1])).toEqual(['sitemap-0.xml']);
    const sitemap = read('sitemap-0.xml');
    for (const event of timeline.events) expect(sitemap).toContain(`${event.url}</loc>`);
    const feed = read('feed.xml');
    expect(feed.match(/<entry>/g)?.length).toBe(Math.min(50, timeline.events.length));
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  });

  it('keeps the first load of the timeline (HTML and CSS) under 50 KB compressed, with no script needed to read', () => {
    const css = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(m[1]!.slice(1)));
    const bytes = gzipSync(home).length + css.reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(bytes).toBeLessThan(50_000);
    expect(home).toContain('<li class="event"');
  });
});
