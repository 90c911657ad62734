import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import type { Corpus, Ledger } from '../../src/pipeline/model/index.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { generateCorpus } from '../support/generate-corpus.ts';

/** The page-data layer over real corpora: every page's props, built once, links ready. */
const dir = new URL('../../content/articles/', import.meta.url);
const seeds = readdirSync(dir).map((name) => ({
  file: `content/articles/${name}`,
  text: readFileSync(new URL(name, dir), 'utf8'),
}));
const ORIGIN = 'https://example.org';
const corpus = buildCorpus(seeds);
const OPTIONS = { perPage: 50, origin: ORIGIN, forceRedirects: false };
const site = buildSite(corpus, OPTIONS);

/** Every `href` anywhere in a value. */
const hrefs = (value: unknown): string[] =>
  value === null || typeof value !== 'object'
    ? []
    : Object.entries(value).flatMap(([key, v]) => (key === 'href' && typeof v === 'string' ? [v] : hrefs(v)));

describe('buildSite', () => {
  it('gives every event one page, every article one page, and a timeline that fits on the front page', () => {
    expect(site.events.map((page) => page.id)).toEqual(corpus.events.map((event) => event.id));
    expect(site.articles.map((page) => page.slug)).toEqual(corpus.articles.map((article) => article.slug));
    expect(site.timelinePages).toEqual([]);
    expect(site.home.overview).toBeNull();
    const listed = site.home.timeline!.years.flatMap((y) => y.months.flatMap((m) => m.entries.map((e) => e.id)));
    expect(listed).toEqual(corpus.events.map((event) => event.id));
    expect(site.entities.map((page) => page.param).sort()).toEqual(corpus.entities.map((e) => e.key).sort());
  });

  it('makes each timeline entry once: the lists that show an event share it', () => {
    const [entity] = site.entities;
    const entry = entity!.entries[0]!;
    const onHome = site.home.timeline!.years.flatMap((y) => y.months.flatMap((m) => m.entries));
    expect(onHome.find((e) => e.id === entry.id)).toBe(entry);
  });

  it('writes every link as a site address, and absolute ones from the origin', () => {
    const all = hrefs(site);
    expect(all.length).toBeGreaterThan(100);
    for (const link of all) expect(link, link).toMatch(/^(\/|#)/);
    expect(site.events[0]!.jsonLd.url).toBe(`${ORIGIN}${site.events[0]!.url}`);
    expect(site.feed).toContain(`<link rel="self" href="${ORIGIN}/feed.xml"/>`);
  });

  describe('edge cases', () => {
    it('gives every claim an anchor unique on its event page, when two articles carry the same sentence', () => {
      const wire = (name: string) => ({
        file: `content/articles/${name}.md`,
        text: `---\ntitle: ${name}\npublished: 2024-12-10\noutlet: ${name}\n---\n\nKim met Putin in Pyongyang on June 19, 2024.\n`,
      });
      const twice = buildCorpus([wire('wire-a'), wire('wire-b')]);
      const [event] = buildSite(twice, OPTIONS).events;
      const fragments = event!.claims.map((claim) => claim.fragment);
      expect(fragments).toHaveLength(2);
      expect(new Set(fragments).size).toBe(2);
      // The first keeps the article's own anchor, so links to it stay as they were.
      expect(fragments[0]).toBe(twice.events[0]!.claims[0]!.fragment);
    });

    it('splits the pages of events, merged ids and withdrawn ids, each with a route of its own', () => {
      const [first, second] = corpus.events;
      const ledger: Ledger = { events: {}, aliases: { 'old-id': first!.id, gone: null } };
      const withAliases: Corpus = {
        ...corpus,
        ledger,
        events: corpus.events.map((event) => (event === first ? { ...event, aliases: ['old-id'] } : event)),
      };
      const built = buildSite(withAliases, OPTIONS);
      expect(built.merged).toEqual([
        { id: 'old-id', target: `/events/${first!.id}/`, canonical: `${ORIGIN}/events/${first!.id}/` },
      ]);
      expect(built.withdrawn).toEqual([{ id: 'gone', homeHref: '/' }]);
      expect(built.redirects.split('\n')).toContain(`/events/old-id/ /events/${first!.id}/ 301`);
      expect(built.events.map((page) => page.id)).not.toContain('old-id');
      expect(built.events[1]!.pager.previous).toEqual({ href: `/events/${first!.id}/`, text: first!.label });
      expect(built.events[0]!.pager.next?.href).toBe(`/events/${second!.id}/`);
    });

    it('splits a long timeline by year and month, and quotes at most 40 claims on an event page', () => {
      const big = buildCorpus([...seeds, ...generateCorpus(60, 3)]);
      const built = buildSite(big, { ...OPTIONS, perPage: 10 });
      expect(built.home.timeline).toBeNull();
      expect(built.home.overview!.latest).toHaveLength(10);
      expect(built.timelinePages.length).toBeGreaterThan(3);
      for (const page of built.timelinePages)
        expect(page.timeline.years.flatMap((y) => y.months.flatMap((m) => m.entries)).length).toBeLessThanOrEqual(10);
      const widest = big.events.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
      expect(widest.claims.length).toBeGreaterThan(40);
      const page = built.events.find((p) => p.id === widest.id)!;
      expect(page.claims.length).toBe(Math.min(40, widest.claims.length));
      const further = built.claimPages.filter((p) => p.id === widest.id);
      expect(further.length).toBe(Math.max(0, Math.ceil(widest.claims.length / 40) - 1));
      expect(page.morePages.map((link) => link.href)).toEqual(further.map((p) => `/events/${p.id}/claims/${p.n}/`));
      // Outlets get pages of their own once the sources outgrow a page.
      expect(built.sources.split).toBe(true);
      expect(built.outlets.length).toBeGreaterThanOrEqual(built.sources.groups.length);
    });

    it('builds an empty site from an empty corpus', () => {
      const empty = buildSite(buildCorpus([]), OPTIONS);
      expect(empty.events).toEqual([]);
      expect(empty.home.summary).toBe(
        '0 events drawn from 0 dated claims in 0 reports (0 named outlets), oldest first',
      );
      expect(empty.searchShards).toEqual([]);
      expect(JSON.parse(empty.timelineJson)).toEqual({ events: [] });
    });
  });
});
