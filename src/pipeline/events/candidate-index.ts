import type { Unit } from './merge-units.ts';

/**
 * At most this many candidates per feature and claim, the nearest in date
 * first: merging stays linear however common a name is (a story about Kursk
 * names Kursk in thousands of claims), and a rare feature still finds its match.
 */
export const CANDIDATES = 100;

/**
 * The candidate index of merging: for each feature, the dated claims (every
 * basis but `report`) that have it, sorted by start, with the starts beside
 * them for binary search. A claim is compared only with the claims it finds
 * here, starting near its own dates: no pass compares all pairs.
 */
export class CandidateIndex {
  /** Numbers of the dated units, ascending. */
  readonly dated: number[];
  private readonly postings: Array<{ units: Int32Array; starts: Float64Array }>;

  /**
   * @param units - The units of the merge (`claimUnits`).
   * @param features - Number of distinct features among them.
   */
  constructor(units: readonly Unit[], features: number) {
    this.dated = units.map((_, i) => i).filter((i) => units[i]!.claim.basis !== 'report');
    const lists: number[][] = Array.from({ length: features }, () => []);
    for (const i of [...this.dated].sort((a, b) => units[a]!.start - units[b]!.start || a - b))
      for (const f of units[i]!.ids) lists[f]!.push(i);
    this.postings = lists.map((list) => ({
      units: Int32Array.from(list),
      starts: Float64Array.from(list, (i) => units[i]!.start),
    }));
  }

  /**
   * Visit the dated claims of one feature starting within [lo, hi]: all of
   * them, or the `CANDIDATES` starting nearest to `at` (on a tie, the later
   * one first).
   *
   * @param feature - Feature number.
   * @param lo - Earliest start, in milliseconds.
   * @param hi - Latest start.
   * @param at - The day to stay near when there are too many.
   * @param visit - Called with each unit number found, in the order found.
   */
  within(feature: number, lo: number, hi: number, at: number, visit: (j: number) => void): void {
    const { units: list, starts } = this.postings[feature]!;
    const a = firstAtOrAfter(starts, lo);
    const b = firstAtOrAfter(starts, hi + 1);
    if (b - a <= CANDIDATES) {
      for (let k = a; k < b; k++) visit(list[k]!);
      return;
    }
    let right = Math.min(Math.max(firstAtOrAfter(starts, at), a), b);
    let left = right - 1;
    for (let n = 0; n < CANDIDATES; n++) {
      if (right < b && (left < a || starts[right]! - at <= at - starts[left]!)) visit(list[right++]!);
      else visit(list[left--]!);
    }
  }
}

/** Position of the first value not below `value` in an ascending list. */
function firstAtOrAfter(starts: Float64Array, value: number): number {
  let a = 0;
  let b = starts.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (starts[m]! < value) a = m + 1;
    else b = m;
  }
  return a;
}
