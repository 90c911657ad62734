import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../src/pipeline/build-events.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import type { Claim } from '../../src/pipeline/types.ts';

const FILES = [
  { file: 'b.md', text: '---\ntitle: B\npublished: 2024-12-10\n---\n\nOn December 2, Zelensky confirmed casualties. Troops moved in early October.\n' },
  { file: 'a.md', text: '---\ntitle: A\npublished: 2024-11-01\n---\n\nAustin said yesterday that 10,000 troops arrived.\n' },
];

describe('buildEvents', () => {
  it('orders events oldest first with readable ids', () => {
    const { events } = buildCorpus(FILES);
    expect(events.map((event) => `${event.id} ${event.label}`)).toEqual([
      '2024-10-01-troops-moved early Oct 2024',
      '2024-10-31-austin-said-10000-troops-arrived 31 Oct 2024',
      '2024-12-02-zelensky-confirmed-casualties 2 Dec 2024',
    ]);
  });

  describe('edge cases', () => {
    it('does not depend on input order', () => {
      const forward = buildCorpus(FILES);
      const backward = buildCorpus([...FILES].reverse());
      expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
      const claims = forward.events.flatMap((event) => event.claims);
      expect(buildEvents([...claims].reverse())).toEqual(buildEvents(claims));
    });

    it('makes ids unique with a suffix in timeline order', () => {
      const claim = forward();
      const twin: Claim = { ...claim, id: `${claim.id}-twin`, article: 'z' };
      expect(buildEvents([twin, claim]).map((event) => event.id)).toEqual([
        '2024-12-02-zelensky-confirmed-casualties',
        '2024-12-02-zelensky-confirmed-casualties-2',
      ]);
    });

    it('gives no events for no claims', () => {
      expect(buildEvents([])).toEqual([]);
    });
  });
});

function forward(): Claim {
  const claim = buildCorpus(FILES).events.at(-1)?.claims[0];
  if (!claim) throw new Error('fixture has no claim');
  return claim;
}
