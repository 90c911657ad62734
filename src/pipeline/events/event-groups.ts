import { DAY, isDay, type Unit } from './merge-units.ts';

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
 * Pairs of claims (or events) that could merge, with their scores: what a
 * scoring pass finds and `EventGroups.mergePairs` takes.
 */
export class Pairs {
  /** First unit of each pair (the lower number). */
  a: number[] = [];
  /** Second unit of each pair. */
  b: number[] = [];
  /** Score of each pair. */
  score: number[] = [];

  /**
   * Add a pair.
   *
   * @param a - Lower unit number.
   * @param b - Higher unit number.
   * @param score - How alike they are.
   */
  add(a: number, b: number, score: number): void {
    this.a.push(a);
    this.b.push(b);
    this.score.push(score);
  }

  /**
   * The order the pairs merge in.
   *
   * @returns Positions of the pairs, best score first (then by claim numbers).
   */
  order(): Uint32Array {
    const { a, b, score } = this;
    return Uint32Array.from(score.keys()).sort((x, y) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!);
  }
}

/**
 * The union-find groups of merging: every unit starts as an event of its own;
 * events join only while they stay sound (`canMerge`: no sentence twice,
 * intervals nested around one core). Each root keeps its members and what
 * `canMerge` checks; the root of a union is the lower unit number, so the
 * result does not depend on the order of unions of equal pairs.
 */
export class EventGroups {
  private readonly units: readonly Unit[];
  private readonly parent: number[];
  private readonly groups: Array<Group | null>;

  /** @param units - The units of the merge (`claimUnits`). */
  constructor(units: readonly Unit[]) {
    this.units = units;
    this.parent = units.map((_, i) => i);
    this.groups = units.map((unit, i) => {
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
  }

  /**
   * The event a unit is in.
   *
   * @param i - Unit number.
   * @returns The number of the event's root unit.
   */
  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  /**
   * Make two events one (without checking `canMerge`).
   *
   * @param a - Root of one event.
   * @param b - Root of the other.
   */
  union(a: number, b: number): void {
    const [root, other] = a < b ? [a, b] : [b, a];
    this.parent[other] = root;
    const g = this.groups[root]!;
    const o = this.groups[other]!;
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
    this.groups[other] = null;
  }

  /**
   * Whether two events can become one: no sentence twice, and intervals nested around one core.
   * Events of two different days become one only on the direct evidence of two claims a day
   * apart (`nearDays`, scored as strong), never through a longer claim that contains both days.
   *
   * @param ra - Root of one event.
   * @param rb - Root of the other.
   * @param nearDays - Whether the pair joining them is two single days a day apart.
   * @returns Whether they may be one.
   */
  canMerge(ra: number, rb: number, nearDays = false): boolean {
    const a = this.groups[ra]!;
    const b = this.groups[rb]!;
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
  }

  /**
   * Merge pairs, best first, each only when its two events can be one.
   *
   * @param list - The pairs.
   * @param noBridges - Never make two dated events one (only "reported on" groups join).
   */
  mergePairs(list: Pairs, noBridges = false): void {
    const units = this.units;
    for (const k of list.order()) {
      const a = list.a[k]!;
      const b = list.b[k]!;
      const ra = this.find(a);
      const rb = this.find(b);
      if (ra === rb || (noBridges && this.groups[ra]!.dated && this.groups[rb]!.dated)) continue;
      const nearDays = isDay(units[a]!) && isDay(units[b]!) && units[a]!.start !== units[b]!.start;
      if (this.canMerge(ra, rb, nearDays)) this.union(ra, rb);
    }
  }

  /**
   * The events' roots.
   *
   * @returns Root unit numbers, ascending.
   */
  roots(): number[] {
    return this.parent.flatMap((p, i) => (p === i ? [i] : []));
  }

  /**
   * The units of an event.
   *
   * @param root - Root of the event.
   * @returns Its unit numbers, in the order they joined (the root first).
   */
  members(root: number): number[] {
    return this.groups[root]!.members;
  }
}
