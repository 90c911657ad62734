import type { CandidateIndex } from './candidate-index.ts';
import { Pairs } from './event-groups.ts';
import { compatible, DAY, isDay, similarity, type Unit } from './merge-units.ts';

/** Similarity two dated claims need to be one event. */
export const SAME_EVENT = 0.3;
/** Similarity a claim dated only by publication needs to join an event, or two claims a day apart need to merge. */
export const STRONG = 0.45;
/** At most this many of a claim's matches (its best) are kept as pairs to merge. */
const PAIRS_PER_CLAIM = 12;

/**
 * The scoring pass of merging for claims with dates of their own: each dated
 * claim is compared with the dated claims the candidate index finds for its
 * features, starting from a day before it to a day after; a pair whose dates
 * are compatible (`compatible`) is kept when its cosine similarity reaches
 * `SAME_EVENT` (`STRONG` for two single days a day apart). Each claim keeps
 * its `PAIRS_PER_CLAIM` best matches only: the rest of a big event joins
 * through them.
 *
 * @param units - The units of the merge (`claimUnits`).
 * @param index - Their candidate index.
 * @returns The pairs, each once (lower unit first), with their similarity.
 */
export function datedPairs(units: readonly Unit[], index: CandidateIndex): Pairs {
  const stamp = new Int32Array(units.length).fill(-1);
  const pairs = new Pairs();
  const found: Array<{ j: number; score: number }> = [];
  for (const i of index.dated) {
    const unit = units[i]!;
    stamp[i] = i;
    found.length = 0;
    for (const f of unit.ids) {
      index.within(f, unit.start - DAY, unit.end + DAY, unit.start, (j) => {
        if (stamp[j] === i) return;
        stamp[j] = i;
        const other = units[j]!;
        if (!compatible(unit, other)) return;
        const score = similarity(unit, other);
        const near = unit.start !== other.start && isDay(unit) && isDay(other);
        if (score >= (near ? STRONG : SAME_EVENT)) found.push({ j, score });
      });
    }
    if (found.length > PAIRS_PER_CLAIM) found.sort((x, y) => y.score - x.score || x.j - y.j).length = PAIRS_PER_CLAIM;
    for (const { j, score } of found) pairs.add(Math.min(i, j), Math.max(i, j), score);
  }
  return pairs;
}
