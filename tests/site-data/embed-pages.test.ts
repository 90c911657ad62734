import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { EMBED_LATEST, embedSnippet } from '../../src/site/embed-pages.ts';
import { headersFile } from '../../src/site/headers.ts';
import { generateCorpus } from '../support/generate-corpus.ts';

/** The embeds' page data, their snippets and the `_headers` they need. */
const dir = new URL('../../content/articles/', import.meta.url);
const seeds = readdirSync(dir).map((name) => ({
  file: `content/articles/${name}`,
  text: readFileSync(new URL(name, dir), 'utf8'),
}));
const ORIGIN = 'https://example.org';
const OPTIONS = { perPage: 50, origin: ORIGIN, forceRedirects: false };
const corpus = buildCorpus(seeds);
const { embeds } = buildSite(corpus, OPTIONS);

describe('embedPages', () => {
  it('lists the latest events newest first, every year oldest first, and one card per event', () => {
    expect(embeds.latest.entries.map((e) => e.id)).toEqual(
      corpus.events
        .slice(-EMBED_LATEST)
        .reverse()
        .map((e) => e.id),
    );
    expect(embeds.years.flatMap((y) => y.entries.map((e) => e.id))).toEqual(corpus.events.map((e) => e.id));
    expect(embeds.events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
    expect(embeds.snippets.events[corpus.events[0]!.id]).toContain(
      `src="${ORIGIN}/embed/events/${corpus.events[0]!.id}/"`,
    );
    expect(embeds.latest.canonical).toBe(`${ORIGIN}/`);
  });

  describe('edge cases', () => {
    it('cuts a long year at 30 events and says so, linking to the year on the timeline', () => {
      const big = buildCorpus([...seeds, ...generateCorpus(60, 3)]);
      const built = buildSite(big, { ...OPTIONS, perPage: 10 });
      const longest = built.embeds.years.reduce((a, b) => (b.lede.length > a.lede.length ? b : a));
      const year = longest.path.split('/').at(-2);
      const inYear = big.events.filter((e) => e.start.startsWith(`${year}-`)).length;
      expect(inYear).toBeGreaterThan(30);
      expect(longest.entries).toHaveLength(30);
      expect(longest.lede).toBe(`The first 30 of ${inYear.toLocaleString('en-GB')} events, oldest first`);
      expect(longest.more.href).toBe(`/years/${year}/`);
    });

    it('escapes the snippet’s attributes', () => {
      expect(embedSnippet('https://x.org/embed/?a=1&b=2', 'He said "no" <b>', 300)).toBe(
        '<iframe src="https://x.org/embed/?a=1&amp;b=2" title="He said &quot;no&quot; &lt;b&gt;" width="100%" height="300" style="border:0;max-width:100%" loading="lazy"></iframe>',
      );
    });

    it('writes _headers rules that never overlap, under a base path too', () => {
      const text = headersFile(['events', 'embed', '404.html', 'about'], '/story/');
      const patterns = text.split('\n').filter((line) => line.startsWith('/'));
      expect(patterns).toEqual(['/story/embed/*', '/story/', '/story/404.html', '/story/about/*', '/story/events/*']);
      expect(text).toContain(
        "/story/events/*\n  Content-Security-Policy: frame-ancestors 'self'\n  X-Frame-Options: SAMEORIGIN\n",
      );
    });
  });
});
