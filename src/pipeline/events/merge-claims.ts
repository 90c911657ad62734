import { claimFeatures } from './claim-features.ts';
import type { Claim } from '../model/index.ts';

/** Similarity two dated claims need to be one event. */
const SAME_EVENT = 0.3;
/** Similarity a claim dated only by publication needs to join an event, or two claims a day apart need to merge. */
const STRONG = 0.45;
/**
 * How alike two articles' "reported on" claims (or such claims and an event of
 * their day) must be to be one event: the sum of the similarities of their
 * three best-matching pairs of claims, no claim used twice.
 */
const SAME_REPORT = 0.6;
/**
 * At most this many candidates per feature and claim, the nearest in date
 * first: merging stays linear however common a name is (a story about Kursk
 * names Kursk in thousands of claims), and a rare feature still finds its match.
 */
const CANDIDATES = 100;
/** A "reported on" group is compared with at most this many events of its day, those sharing the most rare words with it. */
const NEAREST_GROUPS = 4;
/** At most this many of a claim's matches (its best) are kept as pairs to merge. */
const PAIRS_PER_CLAIM = 12;
/** At most this many claims of each event are compared when deciding whether two events are alike. */
const SAMPLE = 40;
const DAY = 86_400_000;

/** One claim as the merger sees it: its interval in milliseconds and its weighted features. */
interface Unit {
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

/** What an event (a root of the union-find) must keep true as claims join it. */
interface Group {
  members: number[];
  sentences: Set<number>;
  /** Earliest and latest single day among its claims (`Infinity`, `-Infinity` when none). */
  dayLo: number;
  dayHi: number;
  /** Latest start and earliest end of its claims longer than a day. */
  wideStart: number;
  wideEnd: number;
  /** Shortest span among its claims. */
  span: number;
  /** Whether it has a claim with a date of its own (not only "reported on"). */
  dated: boolean;
}

/**
 * Group claims that describe the same happening into events. Two claims can
 * merge when their intervals are compatible (equal, or one contains the other,
 * as "earlier in December" contains "December 4"; two single days a day apart
 * only on strong similarity) and their sentences share enough rare names and
 * key terms (`claimFeatures`, weighted by rarity: cosine similarity with
 * inverse document frequencies). Claims of one sentence never merge with each
 * other, and every event's intervals stay nested around its most precise one.
 * A claim dated only by publication joins an event only on strong similarity;
 * the rest of an article's such claims form one "reported on" event, which
 * joins the article's own event of its publication day when there is one
 * (its news peg: "the military reported on Friday"), and merges with another
 * article's on the same day when they are alike.
 *
 * Deterministic (the input order does not matter) and linear: each claim is
 * compared only with claims whose dates fit with its own, found through each
 * feature's list of claims sorted by date, at most `CANDIDATES` per feature,
 * the nearest in date first. So however many claims name Kursk, a claim
 * still meets the claims of its own days that name it.
 *
 * @param claims - Claims of every article.
 * @returns Groups of claims, each in timeline order; groups ordered by their first claim.
 */
export function mergeClaims(claims: readonly Claim[]): Claim[][] {
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
  /** Cosine similarity of two weighted feature vectors. */
  const similarity = (a: Unit, b: Unit) => (a.norm && b.norm ? dot(a, b) / (a.norm * b.norm) : 0);

  // Union-find over units; each root keeps its members and what `canMerge` checks.
  const parent = units.map((_, i) => i);
  const groups: Array<Group | null> = units.map((unit, i) => {
    const day = isDay(unit);
    return {
      members: [i],
      sentences: new Set([unit.sentence]),
      dayLo: day ? unit.start : Infinity,
      dayHi: day ? unit.start : -Infinity,
      wideStart: day ? -Infinity : unit.start,
      wideEnd: day ? Infinity : unit.end,
      span: unit.end - unit.start,
      dated: unit.claim.basis !== 'report',
    };
  });
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [root, other] = a < b ? [a, b] : [b, a];
    parent[other] = root;
    const g = groups[root]!;
    const o = groups[other]!;
    for (const i of o.members) g.members.push(i);
    if (o.sentences.size > g.sentences.size) {
      for (const s of g.sentences) o.sentences.add(s);
      g.sentences = o.sentences;
    } else for (const s of o.sentences) g.sentences.add(s);
    g.dayLo = Math.min(g.dayLo, o.dayLo);
    g.dayHi = Math.max(g.dayHi, o.dayHi);
    g.wideStart = Math.max(g.wideStart, o.wideStart);
    g.wideEnd = Math.min(g.wideEnd, o.wideEnd);
    g.span = Math.min(g.span, o.span);
    g.dated ||= o.dated;
    groups[other] = null;
  };
  /**
   * Whether two events can become one: no sentence twice, and intervals nested around one core.
   * Events of two different days become one only on the direct evidence of two claims a day
   * apart (`nearDays`, scored as strong), never through a longer claim that contains both days.
   */
  const canMerge = (ra: number, rb: number, nearDays = false): boolean => {
    const a = groups[ra]!;
    const b = groups[rb]!;
    const [small, large] =
      a.sentences.size <= b.sentences.size ? [a.sentences, b.sentences] : [b.sentences, a.sentences];
    for (const s of small) if (large.has(s)) return false;
    const lo = Math.min(a.dayLo, b.dayLo);
    const hi = Math.max(a.dayHi, b.dayHi);
    // Single days at most a day apart, inside every longer interval.
    if (lo !== Infinity) {
      const widens = (g: Group) => g.dayLo !== lo || g.dayHi !== hi;
      if (!nearDays && widens(a) && widens(b)) return false;
      return hi - lo <= DAY && Math.max(a.wideStart, b.wideStart) <= lo && hi <= Math.min(a.wideEnd, b.wideEnd);
    }
    // No single day (so every claim is a longer one): the narrowest interval lies inside all the
    // others, that is, it is their intersection.
    return Math.min(a.wideEnd, b.wideEnd) - Math.max(a.wideStart, b.wideStart) === Math.min(a.span, b.span);
  };

  // Each feature's dated claims, sorted by start (with the starts beside them, for binary search).
  const dated = units.map((_, i) => i).filter((i) => units[i]!.claim.basis !== 'report');
  const lists: number[][] = df.map(() => []);
  for (const i of [...dated].sort((a, b) => units[a]!.start - units[b]!.start || a - b))
    for (const f of units[i]!.ids) lists[f]!.push(i);
  const postings = lists.map((list) => ({
    units: Int32Array.from(list),
    starts: Float64Array.from(list, (i) => units[i]!.start),
  }));
  const firstAtOrAfter = (starts: Float64Array, value: number) => {
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (starts[m]! < value) a = m + 1;
      else b = m;
    }
    return a;
  };
  /** Visit the claims of one feature starting within [lo, hi]: all of them, or the `CANDIDATES` starting nearest to `at`. */
  const within = (feature: number, lo: number, hi: number, at: number, visit: (j: number) => void) => {
    const { units: list, starts } = postings[feature]!;
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
  };
  const stamp = new Int32Array(units.length).fill(-1);
  const pairs = new Pairs();
  const found: Array<{ j: number; score: number }> = [];
  for (const i of dated) {
    const unit = units[i]!;
    stamp[i] = i;
    found.length = 0;
    for (const f of unit.ids) {
      within(f, unit.start - DAY, unit.end + DAY, unit.start, (j) => {
        if (stamp[j] === i) return;
        stamp[j] = i;
        const other = units[j]!;
        if (!compatible(unit, other)) return;
        const score = similarity(unit, other);
        const near = unit.start !== other.start && isDay(unit) && isDay(other);
        if (score >= (near ? STRONG : SAME_EVENT)) found.push({ j, score });
      });
    }
    // The claim's best matches only: the rest of a big event joins through them.
    if (found.length > PAIRS_PER_CLAIM) found.sort((x, y) => y.score - x.score || x.j - y.j).length = PAIRS_PER_CLAIM;
    for (const { j, score } of found) pairs.add(Math.min(i, j), Math.max(i, j), score);
  }
  mergePairs(pairs);

  // Claims dated only by publication: join the most similar event on that day, on strong similarity.
  const leftovers = new Map<string, number[]>();
  for (let r = 0; r < units.length; r++) {
    const unit = units[r]!;
    if (unit.claim.basis !== 'report') continue;
    let best = -1;
    let bestScore = STRONG;
    for (const f of unit.ids) {
      within(f, unit.start - DAY, unit.start, unit.start, (j) => {
        if (stamp[j] === -2 - r || !(units[j]!.start <= unit.start && unit.start <= units[j]!.end)) return;
        stamp[j] = -2 - r;
        const score = similarity(unit, units[j]!);
        if (score > bestScore || (score === bestScore && best >= 0 && j < best)) {
          best = j;
          bestScore = score;
        }
      });
    }
    if (best >= 0 && canMerge(find(best), r)) union(find(best), r);
    else if (leftovers.has(unit.claim.article)) leftovers.get(unit.claim.article)!.push(r);
    else leftovers.set(unit.claim.article, [r]);
  }

  // The rest of each article's "reported on" claims form one event; alike ones on one day merge,
  // with each other or with an event of that day.
  const reported = [...leftovers.values()].map((list) => {
    for (const r of list.slice(1)) union(find(list[0]!), r);
    return find(list[0]!);
  });
  // An article's own event on its publication day (its news peg, "reported on Friday") takes
  // the rest of that article's "reported on" claims: same source, same day.
  const pegs = new Map<string, number>();
  for (const i of dated) {
    const key = `${units[i]!.claim.article}\u0000${units[i]!.start}`;
    if (isDay(units[i]!) && !pegs.has(key)) pegs.set(key, i);
  }
  for (const group of reported) {
    const root = find(group);
    const peg = pegs.get(`${units[group]!.claim.article}\u0000${units[group]!.start}`);
    if (peg !== undefined && find(peg) !== root && canMerge(find(peg), root)) union(find(peg), root);
  }
  /** Sum of the similarities of the three best pairs of claims of two events, each claim used once. */
  const alike = (a: number, b: number) => {
    const left = groups[a]!.members.slice(0, SAMPLE);
    const right = groups[b]!.members.slice(0, SAMPLE);
    const scores = new Float64Array(left.length * right.length);
    for (let x = 0; x < left.length; x++) {
      for (let y = 0; y < right.length; y++)
        scores[x * right.length + y] = similarity(units[left[x]!]!, units[right[y]!]!);
    }
    // The best pair, then the best of the pairs left that share no claim with it, three times
    // (ties: the lower claim numbers first).
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
  };
  const roots = () => units.map((_, i) => i).filter((i) => parent[i] === i);
  const byDay = new Map<number, number[]>();
  for (const root of roots()) {
    const day =
      units[groups[root]!.members.reduce((best, i) => (spanOf(units[i]!) < spanOf(units[best]!) ? i : best))]!;
    if (!isDay(day)) continue;
    if (byDay.has(day.start)) byDay.get(day.start)!.push(root);
    else byDay.set(day.start, [root]);
  }
  // Each "reported on" group is compared with the events of its day that share the most rare
  // words with it, at most `NEAREST_GROUPS` of them: the work per group stays bounded however
  // many events a busy day of a long story has.
  const dayIndexes = new Map<number, Map<number, number[]>>();
  const indexOfDay = (day: number) => {
    let index = dayIndexes.get(day);
    if (!index) {
      index = new Map();
      for (const root of byDay.get(day) ?? []) {
        for (const f of new Set(groups[root]!.members.slice(0, SAMPLE).flatMap((i) => [...units[i]!.ids]))) {
          const list = index.get(f);
          if (!list) index.set(f, [root]);
          else if (list.length < CANDIDATES) list.push(root);
        }
      }
      dayIndexes.set(day, index);
    }
    return index;
  };
  const groupPairs = new Pairs();
  const compared = new Set<string>();
  for (const group of new Set(reported.map(find))) {
    const index = indexOfDay(units[group]!.start);
    const overlap = new Map<number, number>();
    for (const f of new Set(groups[group]!.members.slice(0, SAMPLE).flatMap((i) => [...units[i]!.ids]))) {
      for (const other of index.get(f) ?? [])
        if (other !== group) overlap.set(other, (overlap.get(other) ?? 0) + idf[f]!);
    }
    const nearest = [...overlap].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, NEAREST_GROUPS);
    for (const [other] of nearest) {
      const key = `${Math.min(group, other)} ${Math.max(group, other)}`;
      if (compared.has(key)) continue;
      compared.add(key);
      const score = alike(group, other);
      if (score >= SAME_REPORT) groupPairs.add(Math.min(group, other), Math.max(group, other), score);
    }
  }
  // Alike "reported on" groups join each other and an event of their day, but never make two
  // dated events one: two happenings of a day stay apart even when one article recalls both.
  mergePairs(groupPairs, true);

  return roots()
    .map((root) => {
      const members = groups[root]!.members.sort((a, b) => a - b).map((i) => units[i]!.claim);
      return { members, first: narrowest(members) };
    })
    .sort((a, b) => compareClaims(a.first, b.first))
    .map(({ members }) => members);

  function mergePairs(list: Pairs, noBridges = false) {
    for (const k of list.order()) {
      const a = list.a[k]!;
      const b = list.b[k]!;
      const ra = find(a);
      const rb = find(b);
      if (ra === rb || (noBridges && groups[ra]!.dated && groups[rb]!.dated)) continue;
      if (canMerge(ra, rb, isDay(units[a]!) && isDay(units[b]!) && units[a]!.start !== units[b]!.start)) union(ra, rb);
    }
  }
}

/** Pairs of claims (or events) that could merge, with their scores. */
class Pairs {
  a: number[] = [];
  b: number[] = [];
  score: number[] = [];

  add(a: number, b: number, score: number): void {
    this.a.push(a);
    this.b.push(b);
    this.score.push(score);
  }

  /** Positions of the pairs, best score first (then by claim numbers): the order they merge in. */
  order(): Uint32Array {
    const { a, b, score } = this;
    return Uint32Array.from(score.keys()).sort((x, y) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!);
  }
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

function compatible(a: Unit, b: Unit): boolean {
  if (a.sentence === b.sentence) return false;
  if (isDay(a) && isDay(b)) return Math.abs(a.start - b.start) <= DAY;
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

function isDay(unit: Unit): boolean {
  return unit.start === unit.end;
}

function spanOf(unit: Unit): number {
  return unit.end - unit.start;
}

function narrowest(claims: readonly Claim[]): Claim {
  return claims.reduce((best, claim) => {
    const span = Date.parse(claim.end) - Date.parse(claim.start);
    const bestSpan = Date.parse(best.end) - Date.parse(best.start);
    return span < bestSpan || (span === bestSpan && compareClaims(claim, best) < 0) ? claim : best;
  });
}

/** Timeline order of claims on content alone: start, end, article, sentence, position. */
function compareClaims(a: Claim, b: Claim): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.start, b.start) ||
    text(a.end, b.end) ||
    text(a.article, b.article) ||
    a.sentenceIndex - b.sentenceIndex ||
    (a.expressionStart ?? -1) - (b.expressionStart ?? -1)
  );
}
