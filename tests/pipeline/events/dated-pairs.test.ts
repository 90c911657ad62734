import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/pipeline/events/candidate-index.ts';
import { datedPairs, SAME_EVENT, STRONG } from '../../../src/pipeline/events/dated-pairs.ts';
import { claimUnits, similarity } from '../../../src/pipeline/events/merge-units.ts';
import { makeClaim } from '../../support/make-claim.ts';

/** The pairs `datedPairs` finds, as article pairs with scores. */
function pairsOf(claims: ReturnType<typeof makeClaim>[]) {
  const { units, idf } = claimUnits(claims);
  const pairs = datedPairs(units, new CandidateIndex(units, idf.length));
  return [...pairs.a.keys()].map((k) => {
    expect(pairs.a[k]!).toBeLessThan(pairs.b[k]!);
    return {
      pair: `${units[pairs.a[k]!]!.claim.article}-${units[pairs.b[k]!]!.claim.article}`,
      score: pairs.score[k]!,
      similarity: similarity(units[pairs.a[k]!]!, units[pairs.b[k]!]!),
    };
  });
}

const noise = ['Harvest festivals opened in Lviv.', 'Bakeries in Odesa reopened.', 'A ferry docked at Izmail.'];

describe('datedPairs', () => {
  it('pairs alike claims of compatible dates, once each, scored by their similarity', () => {
    const found = pairsOf([
      makeClaim('a', 'Engineers breached the Kakhovka dam.', '2024-06-06'),
      makeClaim('b', 'The Kakhovka dam was breached by engineers.', '2024-06-01', { end: '2024-06-30' }),
      makeClaim('c', 'Engineers breached the Kakhovka dam.', '2024-07-06'),
      ...noise.map((sentence, i) => makeClaim(`n${i}`, sentence, '2024-06-06')),
    ]);
    expect(found.map((p) => p.pair)).toEqual(['b-a']);
    expect(found[0]!.score).toBe(found[0]!.similarity);
    expect(found[0]!.score).toBeGreaterThanOrEqual(SAME_EVENT);
  });

  it('asks more of two single days a day apart', () => {
    // Two claims sharing some of their words: enough for one day, not for two.
    const claims = [
      makeClaim('a', 'Engineers breached the Kakhovka dam at dawn.', '2024-06-06'),
      makeClaim('b', 'Engineers inspected the Kakhovka dam downstream.', '2024-06-06'),
      ...noise.map((sentence, i) => makeClaim(`n${i}`, sentence, '2024-06-06')),
    ];
    const sameDay = pairsOf(claims);
    const score = sameDay.find((p) => p.pair === 'a-b')?.score ?? 0;
    expect(score).toBeGreaterThanOrEqual(SAME_EVENT);
    expect(score).toBeLessThan(STRONG);
    expect(
      pairsOf([claims[0]!, { ...claims[1]!, start: '2024-06-07', end: '2024-06-07' }, ...claims.slice(2)]),
    ).toEqual([]);
  });

  describe('edge cases', () => {
    it('leaves out "reported on" claims and claims of one sentence', () => {
      expect(
        pairsOf([
          makeClaim('a', 'Engineers breached the Kakhovka dam.', '2024-06-06'),
          makeClaim('b', 'Engineers breached the Kakhovka dam.', '2024-06-06', { basis: 'report' }),
          makeClaim('a', 'Engineers breached the Kakhovka dam.', '2024-06-01', { end: '2024-06-30' }),
          ...noise.map((sentence, i) => makeClaim(`n${i}`, sentence, '2024-06-06')),
        ]),
      ).toEqual([]);
    });

    it('keeps at most 12 matches of each claim, its best', () => {
      // The first claim tells all the details; the others some of them, each one more than the last.
      const details = Array.from({ length: 29 }, (_, k) => `detail${k}`);
      const claims = Array.from({ length: 30 }, (_, i) =>
        makeClaim(
          `a${String(i).padStart(2, '0')}`,
          `Engineers breached the Kakhovka dam ${details.slice(0, i === 0 ? 29 : i).join(' ')}.`,
          '2024-06-06',
        ),
      );
      const all = [...claims, ...noise.map((sentence, i) => makeClaim(`n${i}`, sentence, '2024-06-06'))];
      // The first claim is compared first: its pairs come first.
      const found = pairsOf(all);
      expect(found.slice(0, 12).map((p) => p.pair)).toEqual(
        Array.from({ length: 12 }, (_, i) => `a00-a${String(29 - i).padStart(2, '0')}`),
      );
      // Without the cap it would have had more: the claims it left out match it too.
      const { units } = claimUnits(all);
      expect(similarity(units[0]!, units[17]!)).toBeGreaterThanOrEqual(SAME_EVENT);
      expect(found[12]!.pair).not.toMatch(/^a00-/);
    });
  });
});
