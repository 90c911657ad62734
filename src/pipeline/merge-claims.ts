import { claimFeatures } from './claim-features.ts';
import type { Claim } from './types.ts';

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
/** A feature shared by more claims than this is too common to find candidates by (it still counts in similarity). */
const COMMON = 400;
/** At most this many candidates per feature and claim, the nearest in date first: merging stays linear. */
const CANDIDATES = 100;
/** At most this many claims of each event are compared when deciding whether two events are alike. */
const SAMPLE = 40;
const DAY = 86_400_000;

/** One claim as the merger sees it. */
interface Unit {
  claim: Claim;
  start: number;
  end: number;
  features: string[];
  /** Feature -> weight (nearness to the date) times rarity. */
  vector: Map<string, number>;
  norm: number;
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
 * Deterministic (the input order does not matter) and near-linear: claims are
 * compared only with claims starting within their interval, found through
 * each feature's list of claims sorted by date, never all pairs.
 *
 * @param claims - Claims of every article.
 * @returns Groups of claims, each in timeline order; groups ordered by their first claim.
 */
export function mergeClaims(claims: readonly Claim[]): Claim[][] {
  const weighted = [...claims].sort(compareClaims).map((claim) => ({
    claim,
    start: Date.parse(`${claim.start}T00:00:00Z`),
    end: Date.parse(`${claim.end}T00:00:00Z`),
    weights: claimFeatures(claim.sentence, claim.expressionStart, claim.expressionEnd),
  }));
  const df = new Map<string, number>();
  for (const unit of weighted) for (const [f] of unit.weights) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log((weighted.length + 1) / n)]));
  const units: Unit[] = weighted.map(({ claim, start, end, weights }) => {
    const vector = new Map(weights.map(([f, w]) => [f, w * idf.get(f)!]));
    return { claim, start, end, features: weights.map(([f]) => f), vector, norm: normOf(vector) };
  });
  /** Cosine similarity of two weighted feature vectors. */
  const similarity = (a: Unit, b: Unit) => (a.norm && b.norm ? dot(a.vector, b.vector) / (a.norm * b.norm) : 0);

  // Union-find over units; each root keeps its members.
  const parent = units.map((_, i) => i);
  const members = units.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [root, other] = a < b ? [a, b] : [b, a];
    parent[other] = root;
    for (const i of members[other]!) members[root]!.push(i);
    members[other] = [];
  };

  // Dated claims: candidates within each claim's interval, through the posting lists.
  const dated = units.map((_, i) => i).filter((i) => units[i]!.claim.basis !== 'report');
  const postings = new Map<string, number[]>();
  for (const i of [...dated].sort((a, b) => units[a]!.start - units[b]!.start || a - b)) {
    for (const f of units[i]!.features) {
      if (df.get(f)! > COMMON) continue;
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  }
  const within = (list: number[], lo: number, hi: number, visit: (j: number) => void) => {
    let a = 0;
    let b = list.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (units[list[m]!]!.start < lo) a = m + 1;
      else b = m;
    }
    for (let k = a, n = 0; k < list.length && units[list[k]!]!.start <= hi && n < CANDIDATES; k++, n++) visit(list[k]!);
  };
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  for (const i of dated) {
    const unit = units[i]!;
    const seen = new Set<number>();
    for (const f of unit.features) {
      const list = postings.get(f);
      if (!list) continue;
      within(list, unit.start - DAY, unit.end + DAY, (j) => {
        if (j === i || seen.has(j)) return;
        seen.add(j);
        if (!compatible(unit, units[j]!)) return;
        const score = similarity(unit, units[j]!);
        const near = unit.start !== units[j]!.start && isDay(unit) && isDay(units[j]!);
        if (score >= (near ? STRONG : SAME_EVENT)) pairs.push({ a: Math.min(i, j), b: Math.max(i, j), score });
      });
    }
  }
  mergePairs(pairs);

  // Claims dated only by publication: join the most similar event on that day, on strong similarity.
  const leftovers = new Map<string, number[]>();
  for (let r = 0; r < units.length; r++) {
    const unit = units[r]!;
    if (unit.claim.basis !== 'report') continue;
    let best = -1;
    let bestScore = STRONG;
    const seen = new Set<number>();
    for (const f of unit.features) {
      const list = postings.get(f);
      if (!list) continue;
      within(list, unit.start - DAY, unit.start, (j) => {
        if (seen.has(j) || !(units[j]!.start <= unit.start && unit.start <= units[j]!.end)) return;
        seen.add(j);
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
  const groups = [...leftovers.values()].map((list) => {
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
  for (const group of groups) {
    const root = find(group);
    const peg = pegs.get(`${units[group]!.claim.article}\u0000${units[group]!.start}`);
    if (peg !== undefined && find(peg) !== root && canMerge(find(peg), root)) union(find(peg), root);
  }
  /** Sum of the similarities of the three best pairs of claims of two events, each claim used once. */
  const alike = (a: number, b: number) => {
    const scored: Array<[number, number, number]> = [];
    for (const i of members[a]!.slice(0, SAMPLE)) for (const j of members[b]!.slice(0, SAMPLE)) scored.push([similarity(units[i]!, units[j]!), i, j]);
    scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const used = new Set<number>();
    let sum = 0;
    let taken = 0;
    for (const [score, i, j] of scored) {
      if (taken === 3) break;
      if (used.has(i) || used.has(j)) continue;
      used.add(i);
      used.add(j);
      sum += score;
      taken++;
    }
    return sum;
  };
  const byDay = new Map<number, number[]>();
  for (const root of new Set(units.map((_, i) => find(i)))) {
    const day = units[members[root]!.reduce((best, i) => (spanOf(units[i]!) < spanOf(units[best]!) ? i : best))]!;
    if (!isDay(day)) continue;
    if (byDay.has(day.start)) byDay.get(day.start)!.push(root);
    else byDay.set(day.start, [root]);
  }
  const groupPairs: Array<{ a: number; b: number; score: number }> = [];
  const isGroup = new Set(groups.map(find));
  for (const group of isGroup) {
    const day = units[group]!.start;
    for (const other of byDay.get(day) ?? []) {
      if (other === group || (isGroup.has(other) && other < group)) continue;
      const score = alike(group, other);
      if (score >= SAME_REPORT) groupPairs.push({ a: Math.min(group, other), b: Math.max(group, other), score });
    }
  }
  mergePairs(groupPairs);

  return [...new Set(units.map((_, i) => find(i)))]
    .map((root) => members[root]!.sort((a, b) => a - b).map((i) => units[i]!.claim))
    .sort((a, b) => compareClaims(narrowest(a), narrowest(b)));

  function mergePairs(list: Array<{ a: number; b: number; score: number }>) {
    list.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    for (const { a, b } of list) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb && canMerge(ra, rb)) union(ra, rb);
    }
  }

  /** Whether two events can become one: no sentence twice, and intervals nested around one core. */
  function canMerge(ra: number, rb: number): boolean {
    const all = [...members[ra]!, ...members[rb]!].map((i) => units[i]!);
    const sentences = new Set<string>();
    for (const unit of all) {
      const key = `${unit.claim.article}\u0000${unit.claim.sentenceIndex}`;
      if (sentences.has(key)) return false;
      sentences.add(key);
    }
    const days = all.filter(isDay).map((unit) => unit.start);
    if (days.length) {
      const lo = Math.min(...days);
      const hi = Math.max(...days);
      if (hi - lo > DAY) return false;
      return all.every((unit) => unit.start <= lo && hi <= unit.end || isDay(unit));
    }
    const core = all.reduce((best, unit) => (spanOf(unit) < spanOf(best) ? unit : best));
    return all.every((unit) => unit.start <= core.start && core.end <= unit.end);
  }
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, w] of small) sum += w * (large.get(f) ?? 0);
  return sum;
}

function normOf(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

function compatible(a: Unit, b: Unit): boolean {
  if (a.claim.article === b.claim.article && a.claim.sentenceIndex === b.claim.sentenceIndex) return false;
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
  return text(a.start, b.start) || text(a.end, b.end) || text(a.article, b.article) ||
    a.sentenceIndex - b.sentenceIndex || (a.expressionStart ?? -1) - (b.expressionStart ?? -1);
}
