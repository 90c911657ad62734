import { claimFeatures } from './claim-features.ts';
import type { Claim } from '../model/index.ts';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** One claim as the merger sees it: its interval in milliseconds and its weighted features. */
export interface Unit {
  claim: Claim;
  start: number;
  end: number;
  /** Feature numbers, ascending. */
  ids: Int32Array;
  /** Weight of each feature (nearness to the date times rarity), in the order of `ids`. */
  weights: Float64Array;
  norm: number;
  /** Number of the claim's sentence (article and index): claims of one sentence never merge. */
  sentence: number;
}

/** The claims of a merge as units, with what the later passes need to know of their features. */
export interface MergeUnits {
  /** One unit per claim, in timeline order (`compareClaims`): unit numbers are positions here. */
  units: Unit[];
  /** Inverse document frequency of each feature number. */
  idf: number[];
}

/**
 * The features pass of merging: each claim's features (`claimFeatures`)
 * numbered, weighted by their rarity across all the claims (inverse document
 * frequency) and normalised for cosine similarity; its interval in
 * milliseconds; and a number for its sentence. The claims are put in timeline
 * order first, so that the numbers, and all that follows, do not depend on
 * the order the claims came in.
 *
 * @param claims - Claims of every article.
 * @returns The units, in timeline order, and the features' inverse document frequencies.
 */
export function claimUnits(claims: readonly Claim[]): MergeUnits {
  const sorted = [...claims].sort(compareClaims);
  const featureIds = new Map<string, number>();
  const df: number[] = [];
  const sentenceIds = new Map<string, number>();
  const raw = sorted.map((claim) => {
    const features = claimFeatures(claim.sentence, claim.expressionStart, claim.expressionEnd);
    const ids = new Int32Array(features.length);
    const weights = new Float64Array(features.length);
    features.forEach(([feature, weight], k) => {
      let id = featureIds.get(feature);
      if (id === undefined) (featureIds.set(feature, (id = df.length)), df.push(0));
      df[id]!++;
      ids[k] = id;
      weights[k] = weight;
    });
    const sentenceKey = `${claim.article}\u0000${claim.sentenceIndex}`;
    let sentence = sentenceIds.get(sentenceKey);
    if (sentence === undefined) sentenceIds.set(sentenceKey, (sentence = sentenceIds.size));
    return { claim, ids, weights, sentence };
  });
  const idf = df.map((n) => Math.log((sorted.length + 1) / n));
  const units: Unit[] = raw.map(({ claim, ids, weights, sentence }) => {
    const order = [...ids.keys()].sort((a, b) => ids[a]! - ids[b]!);
    const sortedIds = Int32Array.from(order, (k) => ids[k]!);
    const weighted = Float64Array.from(order, (k) => weights[k]! * idf[ids[k]!]!);
    let sum = 0;
    for (const w of weighted) sum += w * w;
    return {
      claim,
      sentence,
      ids: sortedIds,
      weights: weighted,
      norm: Math.sqrt(sum),
      start: Date.parse(`${claim.start}T00:00:00Z`),
      end: Date.parse(`${claim.end}T00:00:00Z`),
    };
  });
  return { units, idf };
}

/**
 * Cosine similarity of two units' weighted features.
 *
 * @param a - One unit.
 * @param b - The other.
 * @returns 0 (nothing shared, or no features) to 1.
 */
export function similarity(a: Unit, b: Unit): number {
  return a.norm && b.norm ? dot(a, b) / (a.norm * b.norm) : 0;
}

/** Dot product of two sparse vectors, their feature numbers ascending. */
function dot(a: Unit, b: Unit): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * Whether two claims' dates let them be one happening: not of one sentence,
 * and two single days at most a day apart, or one interval inside the other.
 *
 * @param a - One unit.
 * @param b - The other.
 * @returns Whether they may be compared.
 */
export function compatible(a: Unit, b: Unit): boolean {
  if (a.sentence === b.sentence) return false;
  if (isDay(a) && isDay(b)) return Math.abs(a.start - b.start) <= DAY;
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/**
 * Whether a unit's interval is a single day.
 *
 * @param unit - The unit.
 * @returns Whether it starts and ends on one day.
 */
export function isDay(unit: Unit): boolean {
  return unit.start === unit.end;
}

/**
 * Length of a unit's interval.
 *
 * @param unit - The unit.
 * @returns Milliseconds from its first day to its last (0 for a single day).
 */
export function spanOf(unit: Unit): number {
  return unit.end - unit.start;
}

/**
 * Timeline order of claims on content alone: start, end, article, sentence, position.
 *
 * @param a - One claim.
 * @param b - The other.
 * @returns Negative when `a` comes first, positive when `b` does, 0 for the same place.
 */
export function compareClaims(a: Claim, b: Claim): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.start, b.start) ||
    text(a.end, b.end) ||
    text(a.article, b.article) ||
    a.sentenceIndex - b.sentenceIndex ||
    (a.expressionStart ?? -1) - (b.expressionStart ?? -1)
  );
}
