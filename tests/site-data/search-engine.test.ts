import { describe, expect, it } from 'vitest';
import { describeOutcome, runSearch } from '../../src/client/search-engine.ts';

/**
 * The search script's merging of Pagefind's answers, on a stand-in for
 * Pagefind: one shard of events, searched under every spelling of a name.
 */
interface Section {
  id: string;
  text: string;
}
const facets = (sections: Section[]) =>
  JSON.stringify(
    Object.fromEntries(
      sections.map((s) => [s.id, { t: `Title of ${s.id}`, l: '1 Jan 2025', y: '2025', o: [], e: [] }]),
    ),
  );

/**
 * A Pagefind over shards of sections: a word matches a section holding it
 * (case aside). Like Pagefind, it keeps one object per shard and writes each
 * search's matches into it when that search's `data()` is called.
 */
function fakePagefind(shards: Section[][]) {
  const fragments = shards.map((sections, n) => ({
    url: `/search-index/events/${n + 1}/`,
    meta: { facets: facets(sections) },
    sub_results: [] as Array<{ url: string; excerpt: string; locations: number[] }>,
  }));
  return {
    init: async () => {},
    options: async () => {},
    search: async (term: string | null, options?: { filters?: { kind?: string } }) => ({
      results:
        options?.filters?.kind !== 'event'
          ? []
          : shards.flatMap((sections, n) => {
              const words = (term ?? '').split(' ');
              const matching = sections.filter((s) => words.every((w) => s.text.toLowerCase().includes(w)));
              return matching.length
                ? [
                    {
                      id: `shard-${n}`,
                      score: matching.length,
                      data: async () => {
                        await new Promise((resolve) => setTimeout(resolve, 1));
                        const fragment = fragments[n]!;
                        fragment.sub_results = matching.map((s) => ({
                          url: `/search-index/events/${n + 1}/#${s.id}`,
                          excerpt: `<mark>${term}</mark> in ${s.id}`,
                          locations: Array.from(
                            { length: s.text.toLowerCase().split(words[0]!).length - 1 },
                            (_, i) => i,
                          ),
                        }));
                        return fragment;
                      },
                    },
                  ]
                : [];
            }),
    }),
  };
}

const request = (q: string) => ({ q, filters: {}, sort: 'relevance' as const });

describe('runSearch', () => {
  it('puts the sections that use the spelling as typed first, however often another spelling occurs', async () => {
    const pagefind = fakePagefind([
      [
        { id: 'sudja-heavy', text: 'Sudja, Sudja and Sudja again' },
        { id: 'sudzha', text: 'Troops reached Sudzha' },
        { id: 'both', text: 'Sudzha, also written Sudja, Sudja, Sudja' },
      ],
    ]);
    const outcome = (await runSearch(pagefind, request('Sudzha'), { events: 6, sources: 3 }))!;
    expect(outcome.events.map((hit) => hit.url)).toEqual(['/events/sudzha/', '/events/both/', '/events/sudja-heavy/']);
    // A section both spellings match keeps the excerpt of the spelling as typed.
    expect(outcome.events[1]!.excerpt).toBe('<mark>sudzha</mark> in both');
  });

  it('counts exactly when every shard that matched was opened', async () => {
    const sections = Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, text: 'Kursk region' }));
    const outcome = (await runSearch(fakePagefind([sections]), request('Kursk'), { events: 6, sources: 3 }))!;
    expect(outcome.events).toHaveLength(6);
    expect(outcome).toMatchObject({ moreEvents: true, totalEvents: 9 });
    expect(describeOutcome(outcome, '“Kursk”', false)).toBe('6 of 9 events for “Kursk”.');
  });

  describe('edge cases', () => {
    it('says "more than" when shards were left unopened, and the plain number when all are shown', () => {
      const hit = { url: '/e/', kind: 'event' as const, title: 't', date: '', outlet: '', excerpt: '' };
      const some = { events: [hit, hit], sources: [], moreSources: false, totalSources: 0 };
      expect(describeOutcome({ ...some, moreEvents: true, totalEvents: null }, '“x”', false)).toBe(
        'more than 2 events for “x”.',
      );
      expect(describeOutcome({ ...some, moreEvents: false, totalEvents: 2 }, '“x”', false)).toBe('2 events for “x”.');
      expect(
        describeOutcome({ ...some, events: [hit], moreEvents: false, totalEvents: 1, sources: [hit] }, '“x”', false),
      ).toBe('1 event and 1 source for “x”.');
    });
  });
});
