import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/corpus/build-corpus.ts';
import { buildEvents } from '../../../src/pipeline/events/build-events.ts';
import type { Claim } from '../../../src/pipeline/model/index.ts';

const dir = new URL('../../../content/articles/', import.meta.url);
const seeds = readdirSync(dir).map((name) => ({
  file: `content/articles/${name}`,
  text: readFileSync(new URL(name, dir), 'utf8'),
}));
const corpus = buildCorpus(seeds);
const facts = new Map(corpus.articles.map((a) => [a.slug, { published: a.meta.published, outlet: a.meta.outlet }]));
const claims = corpus.articles.flatMap((a) => a.claims);
const eventOf = (article: string, words: string) =>
  corpus.events.find((e) => e.claims.some((c) => c.article.startsWith(article) && c.expression === words));

describe('buildEvents on the seed articles', () => {
  it('merges the three June 2024 treaty claims into one event', () => {
    const june = eventOf('us-military', 'June');
    expect(june).toBeDefined();
    expect(
      june!.claims
        .filter((c) => c.expression !== null)
        .map((c) => `${c.article.split('-')[0]}: ${c.expression}`)
        .sort(),
    ).toEqual(['russia: June 2024', 'south: June 2024', 'us: June']);
    expect(june!.label).toBe('Jun 2024');
  });

  it('merges the two entry-into-force claims, dated by the more precise', () => {
    const force = eventOf('russia-to-supply', 'December 4');
    expect(force).toBe(eventOf('us-military', 'earlier in December'));
    expect(force!.label).toBe('4 Dec 2024');
    expect(force!.corroboration).toBe(2);
  });

  it("merges Paparo's December 10 disclosure as reported by two articles", () => {
    const paparo = eventOf('russia-to-supply', 'December 10')!;
    expect(new Set(paparo.claims.map((c) => c.article))).toEqual(
      new Set(['russia-to-supply-mig-29-and-su-27-jets-to-north-korea', 'us-military-reveals-north-korea-russia-deal']),
    );
    expect(paparo.corroboration).toBe(2);
    expect(paparo.outlets).toEqual(['Tampa Free Press']);
  });

  it('tells the story in about a dozen events, each with a short title', () => {
    expect(corpus.events.length).toBeGreaterThanOrEqual(10);
    expect(corpus.events.length).toBeLessThanOrEqual(18);
    for (const event of corpus.events) {
      expect(event.title.split(' ').length).toBeLessThanOrEqual(14);
      expect(event.title).not.toMatch(/\.$/);
    }
  });

  it('flags the different troop numbers the sources give', () => {
    const flagged = corpus.events.filter((e) =>
      e.disagreements.some((d) => d.kind === 'number' && /10,000 .* vs 11,000/.test(d.summary)),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps events apart that share a month but not a subject', () => {
    expect(eventOf('us-military', 'December 2')).not.toBe(eventOf('us-military', 'earlier in December'));
    expect(eventOf('russia-to-supply', 'early October')).not.toBe(eventOf('south-korea', 'October'));
  });

  describe('edge cases', () => {
    it('gives byte-identical events whatever the order of the claims', () => {
      const forward = JSON.stringify(buildEvents(claims, facts));
      const shuffled = [...claims].sort((a, b) => (a.id < b.id ? 1 : -1));
      expect(JSON.stringify(buildEvents(shuffled, facts))).toBe(forward);
      expect(JSON.stringify(buildEvents([...claims].reverse(), facts))).toBe(forward);
    });

    it('never merges two claims of one sentence', () => {
      for (const event of corpus.events) {
        const sentences = event.claims.map((c) => `${c.article}#${c.sentenceIndex}`);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
    });

    it('gives no events for no claims', () => {
      expect(buildEvents([], new Map()).events).toEqual([]);
    });

    it('flags two sources a day apart on the same happening', () => {
      const base = claims.find((c) => c.expression === 'December 2')!;
      const other: Claim = {
        ...base,
        id: 'other#c-1',
        fragment: 'c-1',
        article: 'other',
        start: '2024-12-03',
        end: '2024-12-03',
        label: '3 Dec 2024',
        edtf: '2024-12-03',
      };
      const { events } = buildEvents(
        [base, other],
        new Map([...facts, ['other', { published: '2024-12-10', outlet: 'Other Wire' }]]),
      );
      expect(events).toHaveLength(1);
      expect(events[0]!.label).toBe('2–3 Dec 2024');
      expect(events[0]!.disagreements[0]!.summary).toMatch(
        /^Sources disagree on the date: 2 Dec 2024 .* vs 3 Dec 2024 \(Other Wire\)\.$/,
      );
    });
  });
});
