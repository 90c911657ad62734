import { describe, expect, it } from 'vitest';
import {
  claimUnits,
  compareClaims,
  compatible,
  DAY,
  isDay,
  similarity,
  spanOf,
} from '../../../src/pipeline/events/merge-units.ts';
import { makeClaim } from '../../support/make-claim.ts';

const treaty = makeClaim('a', 'Pyongyang ratified the treaty with Moscow.', '2024-12-04');
const pact = makeClaim('b', 'North Korea and Russia signed the pact in Vladivostok.', '2024-12-04');
const flood = makeClaim('c', 'Floodwater reached Zaporizhzhia harbour.', '2024-11-01', { end: '2024-11-30' });

describe('claimUnits', () => {
  it('puts the claims in timeline order, whatever order they came in', () => {
    const { units } = claimUnits([treaty, flood, pact]);
    expect(units.map((u) => u.claim.article)).toEqual(['c', 'a', 'b']);
    const again = claimUnits([pact, treaty, flood]);
    expect(again.units.map((u) => [...u.ids])).toEqual(units.map((u) => [...u.ids]));
    expect(again.units.map((u) => [...u.weights])).toEqual(units.map((u) => [...u.weights]));
  });

  it('weighs a feature by its rarity and reads the interval in milliseconds', () => {
    const { units, idf } = claimUnits([treaty, pact, flood]);
    const a = units.find((u) => u.claim === treaty)!;
    expect(a.start).toBe(Date.UTC(2024, 11, 4));
    expect(a.end).toBe(a.start);
    expect([...a.ids]).toEqual([...a.ids].sort((x, y) => x - y));
    // "treaty" and the two countries are in two claims of three, "ratified" (sign) too: idf log(4/2);
    // the rarest feature of the flood claim is in one: log(4/1).
    expect(Math.max(...idf)).toBeCloseTo(Math.log(4));
    expect(Math.min(...idf)).toBeCloseTo(Math.log(2));
    const norm = Math.sqrt([...a.weights].reduce((sum, w) => sum + w * w, 0));
    expect(a.norm).toBeCloseTo(norm);
  });

  it('numbers sentences: two claims of one sentence share their number', () => {
    const first = makeClaim('a', 'Kim met Putin in Vladivostok.', '2024-06-19');
    const second = makeClaim('a', 'Kim met Putin in Vladivostok.', '2024-06-01', { end: '2024-06-30' });
    const other = makeClaim('a', 'Kim met Putin in Vladivostok.', '2024-06-19', { sentenceIndex: 3 });
    const { units } = claimUnits([first, second, other]);
    const numbers = new Map(units.map((u) => [u.claim, u.sentence]));
    expect(numbers.get(first)).toBe(numbers.get(second));
    expect(numbers.get(other)).not.toBe(numbers.get(first));
  });

  describe('edge cases', () => {
    it('gives nothing for no claims, and a zero norm for a claim without features', () => {
      expect(claimUnits([])).toEqual({ units: [], idf: [] });
      const { units } = claimUnits([makeClaim('a', 'It was said then.', '2024-01-01')]);
      expect(units[0]!.ids.length).toBe(0);
      expect(units[0]!.norm).toBe(0);
    });
  });
});

describe('similarity', () => {
  it('is 1 for the same words (synonyms and metonyms folded), between 0 and 1 for some shared, 0 for none', () => {
    const twin = makeClaim('z', treaty.sentence, treaty.start);
    const { units } = claimUnits([treaty, twin, pact, flood]);
    const [a, b, c, d] = [treaty, twin, pact, flood].map((claim) => units.find((u) => u.claim === claim)!);
    expect(similarity(a!, b!)).toBeCloseTo(1);
    expect(similarity(a!, c!)).toBeGreaterThan(0);
    expect(similarity(a!, c!)).toBeLessThan(1);
    expect(similarity(a!, d!)).toBe(0);
    expect(similarity(a!, c!)).toBe(similarity(c!, a!));
  });

  describe('edge cases', () => {
    it('is 0, not NaN, when a claim has no features', () => {
      const { units } = claimUnits([treaty, makeClaim('e', 'It was so.', treaty.start)]);
      expect(similarity(units[0]!, units[1]!)).toBe(0);
    });
  });
});

describe('compatible, isDay, spanOf', () => {
  const unitsOf = (...claims: ReturnType<typeof makeClaim>[]) =>
    claims.map((claim) => claimUnits(claims).units.find((u) => u.claim === claim)!);

  it('lets single days at most a day apart meet, and an interval meet one inside it', () => {
    const [d4, d5, d6, december] = unitsOf(
      makeClaim('a', 'x', '2024-12-04'),
      makeClaim('b', 'x', '2024-12-05'),
      makeClaim('c', 'x', '2024-12-06'),
      makeClaim('d', 'x', '2024-12-01', { end: '2024-12-31' }),
    );
    expect(compatible(d4!, d5!)).toBe(true);
    expect(compatible(d4!, d6!)).toBe(false);
    expect(compatible(d4!, december!)).toBe(true);
    expect(compatible(december!, d6!)).toBe(true);
    expect(isDay(d4!)).toBe(true);
    expect(isDay(december!)).toBe(false);
    expect(spanOf(december!)).toBe(30 * DAY);
  });

  describe('edge cases', () => {
    it('never lets one sentence meet itself, nor overlapping intervals that do not nest', () => {
      const [a, b] = unitsOf(makeClaim('a', 'x', '2024-12-04'), makeClaim('a', 'x', '2024-12-04'));
      expect(compatible(a!, b!)).toBe(false);
      const [nov, lateNov] = unitsOf(
        makeClaim('a', 'x', '2024-11-01', { end: '2024-11-30' }),
        makeClaim('b', 'x', '2024-11-20', { end: '2024-12-10' }),
      );
      expect(compatible(nov!, lateNov!)).toBe(false);
    });
  });
});

describe('compareClaims', () => {
  it('orders by start, end, article, sentence', () => {
    const claims = [
      makeClaim('b', 'x', '2024-12-04'),
      makeClaim('a', 'x', '2024-12-04', { sentenceIndex: 2 }),
      makeClaim('a', 'x', '2024-12-04', { sentenceIndex: 1 }),
      makeClaim('a', 'x', '2024-12-01', { end: '2024-12-31' }),
      makeClaim('z', 'x', '2024-12-01', { end: '2024-12-05' }),
    ];
    const sorted = [...claims].sort(compareClaims);
    expect(sorted.map((c) => `${c.start}/${c.end} ${c.article}${c.sentenceIndex}`)).toEqual([
      '2024-12-01/2024-12-05 z0',
      '2024-12-01/2024-12-31 a0',
      '2024-12-04/2024-12-04 a1',
      '2024-12-04/2024-12-04 a2',
      '2024-12-04/2024-12-04 b0',
    ]);
  });

  describe('edge cases', () => {
    it('is 0 only for the same place', () => {
      const claim = makeClaim('a', 'x', '2024-12-04');
      expect(compareClaims(claim, { ...claim })).toBe(0);
      expect(compareClaims(claim, { ...claim, expressionStart: 3 })).toBeLessThan(0);
    });
  });
});
