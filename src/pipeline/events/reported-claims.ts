import { CANDIDATES, type CandidateIndex } from './candidate-index.ts';
import { STRONG } from './dated-pairs.ts';
import { type EventGroups, Pairs } from './event-groups.ts';
import { DAY, isDay, similarity, spanOf, type Unit } from './merge-units.ts';

/**
 * How alike two articles' "reported on" claims (or such claims and an event of
 * their day) must be to be one event: the sum of the similarities of their
 * three best-matching pairs of claims, no claim used twice.
 */
const SAME_REPORT = 0.6;
/** A "reported on" group is compared with at most this many events of its day, those sharing the most rare words with it. */
const NEAREST_GROUPS = 4;
/** At most this many claims of each event are compared when deciding whether two events are alike. */
const SAMPLE = 40;

/**
 * The pass that places claims dated only by publication (basis `report`):
 * each joins the event of the most similar dated claim that holds its day
 * and starts at most a day before it (the candidates), on strong similarity
 * (`STRONG`; ties: the lower unit), when it can (`canMerge`). Units are taken
 * in order, so each sees the events the earlier ones made.
 *
 * @param units - The units of the merge (`claimUnits`).
 * @param index - Their candidate index.
 * @param groups - The events so far; joined in place.
 * @returns The "reported on" claims that joined nothing, by article, in unit order.
 */
export function attachReported(
  units: readonly Unit[],
  index: CandidateIndex,
  groups: EventGroups,
): Map<string, number[]> {
  const stamp = new Int32Array(units.length).fill(-1);
  const leftovers = new Map<string, number[]>();
  for (let r = 0; r < units.length; r++) {
    const unit = units[r]!;
    if (unit.claim.basis !== 'report') continue;
    let best = -1;
    let bestScore = STRONG;
    for (const f of unit.ids) {
      index.within(f, unit.start - DAY, unit.start, unit.start, (j) => {
        if (stamp[j] === r || !(units[j]!.start <= unit.start && unit.start <= units[j]!.end)) return;
        stamp[j] = r;
        const score = similarity(unit, units[j]!);
        if (score > bestScore || (score === bestScore && best >= 0 && j < best)) {
          best = j;
          bestScore = score;
        }
      });
    }
    if (best >= 0 && groups.canMerge(groups.find(best), r)) groups.union(groups.find(best), r);
    else if (leftovers.has(unit.claim.article)) leftovers.get(unit.claim.article)!.push(r);
    else leftovers.set(unit.claim.article, [r]);
  }
  return leftovers;
}

/**
 * The pass that groups the rest of each article's "reported on" claims into
 * one event, which joins the article's own event on its publication day when
 * it has one (its news peg, "reported on Friday": same source, same day).
 *
 * @param leftovers - What `attachReported` left, by article.
 * @param units - The units of the merge.
 * @param dated - Numbers of the dated units, ascending (`CandidateIndex.dated`).
 * @param groups - The events so far; joined in place.
 * @returns One unit of each "reported on" group (its root when it was made), in article order of `leftovers`.
 */
export function groupReported(
  leftovers: ReadonlyMap<string, readonly number[]>,
  units: readonly Unit[],
  dated: readonly number[],
  groups: EventGroups,
): number[] {
  const reported = [...leftovers.values()].map((list) => {
    for (const r of list.slice(1)) groups.union(groups.find(list[0]!), r);
    return groups.find(list[0]!);
  });
  const pegs = new Map<string, number>();
  for (const i of dated) {
    const key = `${units[i]!.claim.article}\u0000${units[i]!.start}`;
    if (isDay(units[i]!) && !pegs.has(key)) pegs.set(key, i);
  }
  for (const group of reported) {
    const root = groups.find(group);
    const peg = pegs.get(`${units[group]!.claim.article}\u0000${units[group]!.start}`);
    if (peg !== undefined && groups.find(peg) !== root && groups.canMerge(groups.find(peg), root))
      groups.union(groups.find(peg), root);
  }
  return reported;
}

/**
 * How alike two events are: the sum of the similarities of their three best
 * pairs of claims, each claim used once (the best pair, then the best of the
 * pairs left that share no claim with it; ties: the lower claim numbers
 * first), over at most `SAMPLE` claims of each.
 *
 * @param a - Root of one event.
 * @param b - Root of the other.
 * @param units - The units of the merge.
 * @param groups - The events.
 * @returns 0 to 3.
 */
export function alike(a: number, b: number, units: readonly Unit[], groups: EventGroups): number {
  const left = groups.members(a).slice(0, SAMPLE);
  const right = groups.members(b).slice(0, SAMPLE);
  const scores = new Float64Array(left.length * right.length);
  for (let x = 0; x < left.length; x++) {
    for (let y = 0; y < right.length; y++)
      scores[x * right.length + y] = similarity(units[left[x]!]!, units[right[y]!]!);
  }
  const usedLeft = new Uint8Array(left.length);
  const usedRight = new Uint8Array(right.length);
  let sum = 0;
  for (let taken = 0; taken < 3; taken++) {
    let best = -1;
    for (let x = 0; x < left.length; x++) {
      if (usedLeft[x]) continue;
      for (let y = 0; y < right.length; y++) {
        if (usedRight[y]) continue;
        const k = x * right.length + y;
        if (scores[k]! <= 0) continue;
        if (
          best < 0 ||
          scores[k]! > scores[best]! ||
          (scores[k] === scores[best] &&
            (left[x]! < left[Math.floor(best / right.length)]! ||
              (left[x] === left[Math.floor(best / right.length)] && right[y]! < right[best % right.length]!)))
        )
          best = k;
      }
    }
    if (best < 0) break;
    usedLeft[Math.floor(best / right.length)] = 1;
    usedRight[best % right.length] = 1;
    sum += scores[best]!;
  }
  return sum;
}

/**
 * The scoring pass for "reported on" groups: each is compared (`alike`) with
 * the events of its day that share the most rare words with it, at most
 * `NEAREST_GROUPS` of them, so the work per group stays bounded however many
 * events a busy day of a long story has; a pair reaching `SAME_REPORT` is
 * kept. An event's day is that of its narrowest claim, when that is a single
 * day.
 *
 * @param reported - The "reported on" groups (`groupReported`).
 * @param units - The units of the merge.
 * @param idf - Inverse document frequency of each feature.
 * @param groups - The events so far.
 * @returns The pairs of event roots to merge (lower root first), each once.
 */
export function reportedPairs(
  reported: readonly number[],
  units: readonly Unit[],
  idf: readonly number[],
  groups: EventGroups,
): Pairs {
  const byDay = new Map<number, number[]>();
  for (const root of groups.roots()) {
    const day = units[groups.members(root).reduce((best, i) => (spanOf(units[i]!) < spanOf(units[best]!) ? i : best))]!;
    if (!isDay(day)) continue;
    if (byDay.has(day.start)) byDay.get(day.start)!.push(root);
    else byDay.set(day.start, [root]);
  }
  const featuresOf = (root: number) =>
    new Set(
      groups
        .members(root)
        .slice(0, SAMPLE)
        .flatMap((i) => [...units[i]!.ids]),
    );
  const dayIndexes = new Map<number, Map<number, number[]>>();
  const indexOfDay = (day: number) => {
    let index = dayIndexes.get(day);
    if (!index) {
      index = new Map();
      for (const root of byDay.get(day) ?? []) {
        for (const f of featuresOf(root)) {
          const list = index.get(f);
          if (!list) index.set(f, [root]);
          else if (list.length < CANDIDATES) list.push(root);
        }
      }
      dayIndexes.set(day, index);
    }
    return index;
  };
  const pairs = new Pairs();
  const compared = new Set<string>();
  for (const group of new Set(reported.map((r) => groups.find(r)))) {
    const index = indexOfDay(units[group]!.start);
    const overlap = new Map<number, number>();
    for (const f of featuresOf(group)) {
      for (const other of index.get(f) ?? [])
        if (other !== group) overlap.set(other, (overlap.get(other) ?? 0) + idf[f]!);
    }
    const nearest = [...overlap].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, NEAREST_GROUPS);
    for (const [other] of nearest) {
      const key = `${Math.min(group, other)} ${Math.max(group, other)}`;
      if (compared.has(key)) continue;
      compared.add(key);
      const score = alike(group, other, units, groups);
      if (score >= SAME_REPORT) pairs.add(Math.min(group, other), Math.max(group, other), score);
    }
  }
  return pairs;
}
