import { describe, expect, it } from 'vitest';
import { CANDIDATES, CandidateIndex } from '../../../src/pipeline/events/candidate-index.ts';
import { claimUnits, DAY } from '../../../src/pipeline/events/merge-units.ts';
import { makeClaim } from '../../support/make-claim.ts';

/** Units of the claims, their index, and the number of a feature by the unit that has it. */
function indexOf(claims: ReturnType<typeof makeClaim>[]) {
  const { units, idf } = claimUnits(claims);
  return { units, index: new CandidateIndex(units, idf.length) };
}

describe('CandidateIndex', () => {
  it("lists the dated claims only, and finds a feature's claims starting within a range, by start", () => {
    const { units, index } = indexOf([
      makeClaim('a', 'Mariupol shelled.', '2024-03-05'),
      makeClaim('b', 'Mariupol shelled.', '2024-03-01'),
      makeClaim('c', 'Mariupol shelled.', '2024-03-09'),
      makeClaim('d', 'Mariupol shelled.', '2024-03-05', { basis: 'report' }),
    ]);
    expect(index.dated.map((i) => units[i]!.claim.article)).toEqual(['b', 'a', 'c']);
    const feature = units[0]!.ids[0]!;
    const seen: string[] = [];
    index.within(feature, Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 5), Date.UTC(2024, 2, 5), (j) =>
      seen.push(units[j]!.claim.article),
    );
    expect(seen).toEqual(['b', 'a']);
  });

  describe('edge cases', () => {
    it(`visits only the ${CANDIDATES} starting nearest to the day asked about when there are more`, () => {
      const days = Array.from({ length: 301 }, (_, i) =>
        new Date(Date.UTC(2024, 0, 1) + i * DAY).toISOString().slice(0, 10),
      );
      const { units, index } = indexOf(days.map((day) => makeClaim(`a-${day}`, 'Mariupol shelled.', day)));
      const at = Date.UTC(2024, 0, 1) + 150 * DAY;
      const seen: number[] = [];
      index.within(units[0]!.ids[0]!, -Infinity, Infinity, at, (j) => seen.push(units[j]!.start));
      expect(seen).toHaveLength(CANDIDATES);
      expect(new Set(seen).size).toBe(CANDIDATES);
      const farthest = Math.max(...seen.map((start) => Math.abs(start - at)));
      expect(farthest).toBe(50 * DAY);
      expect(seen[0]).toBe(at);
    });

    it('visits nothing for a range before or after every claim, or a feature only "reported on" claims have', () => {
      const { units, index } = indexOf([
        makeClaim('a', 'Mariupol shelled.', '2024-03-05'),
        makeClaim('b', 'Kherson flooded.', '2024-03-05', { basis: 'report' }),
      ]);
      const seen: number[] = [];
      const visit = (j: number) => seen.push(j);
      index.within(units[0]!.ids[0]!, Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), Date.UTC(2025, 0, 1), visit);
      index.within(units[0]!.ids[0]!, 0, Date.UTC(2024, 2, 4), 0, visit);
      for (const f of units[1]!.ids) index.within(f, -Infinity, Infinity, 0, visit);
      expect(seen).toEqual([]);
    });
  });
});
