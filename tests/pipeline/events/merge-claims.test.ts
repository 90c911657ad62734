import { describe, expect, it } from 'vitest';
import { claimFeatures } from '../../../src/pipeline/events/claim-features.ts';
import { hashText } from '../../../src/pipeline/claims/hash-text.ts';
import { EventGroups } from '../../../src/pipeline/events/event-groups.ts';
import { assembleEvents, mergeClaims } from '../../../src/pipeline/events/merge-claims.ts';
import { claimUnits } from '../../../src/pipeline/events/merge-units.ts';
import { parseLedger } from '../../../src/pipeline/events/parse-ledger.ts';
import { makeClaim } from '../../support/make-claim.ts';

describe('claimFeatures', () => {
  it('folds spellings and metonyms of names, and synonyms of key terms', () => {
    const names = (s: string) => claimFeatures(s).map(([f]) => f);
    expect(names('Zelenskiy spoke.')).toContain('e:zelensky');
    expect(names('Zelenskyy spoke.')).toContain('e:zelensky');
    expect(names('Pyongyang denied it.')).toContain('e:north-korea');
    expect(names('The pact came into force.')).toEqual(expect.arrayContaining(['treaty', 'in-force']));
    expect(names('The agreement became effective.')).toEqual(expect.arrayContaining(['treaty', 'in-force']));
  });

  it('weighs the words near the date more than the rest of the sentence', () => {
    const sentence =
      'Kursk was quiet for weeks and weeks and weeks and weeks and weeks and weeks and then, far away, the treaty took effect on December 4.';
    const weights = new Map(claimFeatures(sentence, sentence.indexOf('December'), sentence.indexOf('December') + 10));
    expect(weights.get('in-force')).toBe(1);
    expect(weights.get('kursk')).toBeLessThan(1);
  });

  describe('edge cases', () => {
    it('gives nothing for empty text and reads only 40 words on each side of a date in a long sentence', () => {
      expect(claimFeatures('')).toEqual([]);
      const long = `${'alpha '.repeat(5000)}on December 4 ${'omega '.repeat(5000)}zulu`;
      const names = claimFeatures(long, long.indexOf('December'), long.indexOf('December') + 10).map(([f]) => f);
      expect(names).toEqual(['alpha', 'omega']);
    });
  });
});

describe('hashText', () => {
  it('is stable and short', () => {
    expect(hashText('Kim met Putin.')).toBe(hashText('Kim met Putin.'));
    expect(hashText('Kim met Putin.')).not.toBe(hashText('Kim met Putin!'));
    expect(hashText('')).toMatch(/^[0-9a-z]{7}$/);
  });
});

describe('parseLedger', () => {
  it('reads a ledger and refuses broken ones with the file and line', () => {
    expect(parseLedger('{"events":{"x":{"n":1,"claims":["a#c-1"]}},"aliases":{"y":"x"}}', 'p.json').ledger).toEqual({
      events: { x: { n: 1, claims: ['a#c-1'] } },
      aliases: { y: 'x' },
    });
    const broken = parseLedger('{\n  "events": {,\n}', 'p.json');
    expect(broken.ledger).toBeNull();
    expect(broken.messages[0]).toMatchObject({ file: 'p.json', line: 2, rule: 'ledger-json', severity: 'error' });
    expect(parseLedger('{"events": [], "aliases": {}}', 'p.json').messages[0]?.rule).toBe('ledger-shape');
  });
});

describe('assembleEvents', () => {
  it("orders each event's claims by the timeline, and the events by their narrowest claim", () => {
    const claims = [
      makeClaim('a', 'x', '2024-12-01', { end: '2024-12-31' }),
      makeClaim('b', 'x', '2024-12-03'),
      makeClaim('c', 'x', '2024-12-10'),
      makeClaim('d', 'x', '2024-12-20'),
    ];
    const { units } = claimUnits(claims);
    const groups = new EventGroups(units);
    groups.union(0, 3);
    expect(assembleEvents(units, groups).map((event) => event.map((c) => c.article))).toEqual([
      ['b'],
      ['c'],
      ['a', 'd'],
    ]);
  });

  describe('edge cases', () => {
    it('gives no events for no claims; on a tie of spans, the first claim in timeline order places the event', () => {
      expect(assembleEvents([], new EventGroups([]))).toEqual([]);
      const claims = [makeClaim('a', 'x', '2024-12-04'), makeClaim('b', 'x', '2024-12-04')];
      const { units } = claimUnits(claims);
      const groups = new EventGroups(units);
      groups.union(0, 1);
      expect(assembleEvents(units, groups)).toEqual([claims]);
    });
  });
});

describe('mergeClaims', () => {
  it('runs the passes: dated claims alike merge, a "reported on" claim joins them, the rest stay apart', () => {
    const claims = [
      makeClaim('a', 'Engineers breached the Kakhovka dam.', '2024-06-06'),
      makeClaim('b', 'The Kakhovka dam was breached by engineers.', '2024-06-01', { end: '2024-06-30' }),
      makeClaim('c', 'Engineers breached the Kakhovka dam.', '2024-06-06', { basis: 'report' }),
      makeClaim('d', 'Bakeries in Odesa reopened.', '2024-06-06'),
      makeClaim('e', 'A ferry docked at Izmail.', '2024-06-06'),
    ];
    const articles = (groups: ReturnType<typeof mergeClaims>) => groups.map((g) => g.map((c) => c.article).join(''));
    expect(articles(mergeClaims(claims))).toEqual(['bac', 'd', 'e']);
    expect(mergeClaims([...claims].reverse())).toEqual(mergeClaims(claims));
  });

  describe('edge cases', () => {
    it('gives no events for no claims', () => {
      expect(mergeClaims([])).toEqual([]);
    });
  });
});
