import { describe, expect, it } from 'vitest';
import { EventGroups, Pairs } from '../../../src/pipeline/events/event-groups.ts';
import { claimUnits } from '../../../src/pipeline/events/merge-units.ts';
import { makeClaim } from '../../support/make-claim.ts';

/** Union-find groups over claims given in timeline order (so unit numbers are their positions). */
function groupsOf(claims: ReturnType<typeof makeClaim>[]) {
  const { units } = claimUnits(claims);
  expect(units.map((u) => u.claim)).toEqual(claims);
  return new EventGroups(units);
}

describe('Pairs', () => {
  it('merges the best pairs first, then by claim numbers', () => {
    const pairs = new Pairs();
    pairs.add(2, 3, 0.5);
    pairs.add(0, 4, 0.9);
    pairs.add(1, 3, 0.5);
    pairs.add(1, 2, 0.5);
    expect([...pairs.order()]).toEqual([1, 3, 2, 0]);
  });

  describe('edge cases', () => {
    it('has no order when empty', () => {
      expect([...new Pairs().order()]).toEqual([]);
    });
  });
});

describe('EventGroups', () => {
  it('starts with one event per claim; a union keeps the lower root and all the members', () => {
    const groups = groupsOf([
      makeClaim('a', 'x', '2024-12-04'),
      makeClaim('b', 'x', '2024-12-04'),
      makeClaim('c', 'x', '2024-12-04'),
    ]);
    expect(groups.roots()).toEqual([0, 1, 2]);
    groups.union(2, 1);
    expect(groups.find(2)).toBe(1);
    expect(groups.roots()).toEqual([0, 1]);
    groups.union(groups.find(2), 0);
    expect(groups.roots()).toEqual([0]);
    expect(groups.members(0)).toEqual([0, 1, 2]);
  });

  it('lets a day join the month around it, and an interval join one nested in it', () => {
    const groups = groupsOf([
      makeClaim('b', 'x', '2024-12-01', { end: '2024-12-10' }),
      makeClaim('a', 'x', '2024-12-01', { end: '2024-12-31' }),
      makeClaim('c', 'x', '2024-12-04'),
      makeClaim('d', 'x', '2024-12-20'),
    ]);
    expect(groups.canMerge(0, 1)).toBe(true);
    expect(groups.canMerge(0, 2)).toBe(true);
    groups.union(0, 1);
    // December 20 fits the month but not "early December", now part of the event.
    expect(groups.canMerge(0, 3)).toBe(false);
    expect(groups.canMerge(0, 2)).toBe(true);
  });

  it('joins two days a day apart only on a direct pair of them, never two days further apart', () => {
    const groups = groupsOf([
      makeClaim('a', 'x', '2024-12-04'),
      makeClaim('b', 'x', '2024-12-05'),
      makeClaim('c', 'x', '2024-12-06'),
    ]);
    expect(groups.canMerge(0, 1)).toBe(false);
    expect(groups.canMerge(0, 1, true)).toBe(true);
    expect(groups.canMerge(0, 2, true)).toBe(false);
  });

  it('merges pairs best first, each only while its events can be one', () => {
    const groups = groupsOf([
      makeClaim('a', 'x', '2024-12-01', { end: '2024-12-31' }),
      makeClaim('b', 'x', '2024-12-04'),
      makeClaim('c', 'x', '2024-12-20'),
    ]);
    const pairs = new Pairs();
    pairs.add(0, 2, 0.4);
    pairs.add(0, 1, 0.8);
    groups.mergePairs(pairs);
    // The month took December 4 first; December 20 cannot join a December 4 event.
    expect(groups.roots()).toEqual([0, 2]);
    expect(groups.members(0)).toEqual([0, 1]);
  });

  describe('edge cases', () => {
    it('never puts one sentence in an event twice', () => {
      const groups = groupsOf([
        makeClaim('a', 'x', '2024-12-01', { end: '2024-12-31' }),
        makeClaim('a', 'x', '2024-12-04'),
      ]);
      expect(groups.canMerge(0, 1)).toBe(false);
    });

    it('rejects longer intervals that overlap without nesting', () => {
      const groups = groupsOf([
        makeClaim('a', 'x', '2024-11-01', { end: '2024-11-30' }),
        makeClaim('b', 'x', '2024-11-20', { end: '2024-12-10' }),
      ]);
      expect(groups.canMerge(0, 1)).toBe(false);
    });

    it('with noBridges, joins "reported on" groups but never two dated events', () => {
      const groups = groupsOf([
        makeClaim('a', 'x', '2024-12-04'),
        makeClaim('b', 'x', '2024-12-04'),
        makeClaim('c', 'x', '2024-12-04', { basis: 'report' }),
      ]);
      const pairs = new Pairs();
      pairs.add(0, 1, 0.9);
      pairs.add(1, 2, 0.8);
      groups.mergePairs(pairs, true);
      expect(groups.roots()).toEqual([0, 1]);
      expect(groups.members(1)).toEqual([1, 2]);
    });

    it('skips a pair already in one event', () => {
      const groups = groupsOf([makeClaim('a', 'x', '2024-12-04'), makeClaim('b', 'x', '2024-12-04')]);
      const pairs = new Pairs();
      pairs.add(0, 1, 0.9);
      pairs.add(0, 1, 0.5);
      groups.mergePairs(pairs);
      expect(groups.members(0)).toEqual([0, 1]);
    });
  });
});
