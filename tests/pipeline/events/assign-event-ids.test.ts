import { describe, expect, it } from 'vitest';
import { assignEventIds } from '../../../src/pipeline/events/assign-event-ids.ts';

describe('assignEventIds', () => {
  it('gives new events their readable ids and records them in the ledger, oldest first', () => {
    const result = assignEventIds(
      [
        { claims: ['a#1'], base: '2024-06-01-treaty' },
        { claims: ['b#1'], base: '2024-12-04-in-force' },
      ],
      null,
    );
    expect(result.ids).toEqual(['2024-06-01-treaty', '2024-12-04-in-force']);
    expect(result.ledger).toEqual({
      events: { '2024-06-01-treaty': { n: 1, claims: ['a#1'] }, '2024-12-04-in-force': { n: 2, claims: ['b#1'] } },
      aliases: {},
    });
  });

  it('keeps the id of an event that a new claim joins, whatever its new base', () => {
    const first = assignEventIds([{ claims: ['a#1'], base: '2024-06-01-treaty' }], null);
    const second = assignEventIds([{ claims: ['a#1', 'c#9'], base: '2024-06-19-putin-visit' }], first.ledger);
    expect(second.ids).toEqual(['2024-06-01-treaty']);
    expect(second.aliases).toEqual([[]]);
  });

  it('keeps the older id when two events merge, and redirects the other to it', () => {
    const first = assignEventIds(
      [
        { claims: ['a#1'], base: 'older' },
        { claims: ['b#1'], base: 'newer' },
      ],
      null,
    );
    const second = assignEventIds([{ claims: ['b#1', 'a#1'], base: 'whatever' }], first.ledger);
    expect(second.ids).toEqual(['older']);
    expect(second.aliases).toEqual([['newer']]);
    expect(second.ledger.aliases).toEqual({ newer: 'older' });
  });

  describe('edge cases', () => {
    it('never chains redirects: an alias follows its target when that merges again', () => {
      const one = assignEventIds(
        [
          { claims: ['a'], base: 'x' },
          { claims: ['b'], base: 'y' },
          { claims: ['c'], base: 'z' },
        ],
        null,
      );
      const two = assignEventIds(
        [
          { claims: ['b', 'c'], base: 'y2' },
          { claims: ['a'], base: 'x' },
        ],
        one.ledger,
      ); // z -> y
      expect(two.ledger.aliases).toEqual({ z: 'y' });
      const three = assignEventIds([{ claims: ['a', 'b', 'c'], base: 'w' }], two.ledger); // y -> x, so z -> x
      expect(three.ids).toEqual(['x']);
      expect(three.ledger.aliases).toEqual({ y: 'x', z: 'x' });
    });

    it('never reuses an id, even one that now only redirects', () => {
      const one = assignEventIds(
        [
          { claims: ['a'], base: 'x' },
          { claims: ['b'], base: 'y' },
        ],
        null,
      );
      const two = assignEventIds([{ claims: ['a', 'b'], base: 'x' }], one.ledger);
      const three = assignEventIds(
        [
          { claims: ['a', 'b'], base: 'x' },
          { claims: ['new'], base: 'y' },
        ],
        two.ledger,
      );
      expect(three.ids).toEqual(['x', 'y-2']);
    });

    it('retires the id of an event whose claims are all gone', () => {
      const one = assignEventIds([{ claims: ['a'], base: 'x' }], null);
      const two = assignEventIds([], one.ledger);
      expect(two.ledger).toEqual({ events: {}, aliases: { x: null } });
    });

    it("gives a split event's id to the part holding most of its claims", () => {
      const one = assignEventIds([{ claims: ['a', 'b', 'c'], base: 'x' }], null);
      const two = assignEventIds(
        [
          { claims: ['a'], base: 'p' },
          { claims: ['b', 'c'], base: 'q' },
        ],
        one.ledger,
      );
      expect(two.ids).toEqual(['p', 'x']);
    });
  });
});
