import { describe, expect, it } from 'vitest';
import { checkLedger, lostLedgerIds } from '../../../src/pipeline/corpus/check-ledger.ts';

/** The ledger refuses every hand edit that would lose or move a published link, naming the line and how to undo. */
const FILE = 'content/permalinks.json';
const ledger = (events: string, aliases = '') =>
  `{\n  "note": "x",\n  "events": {\n${events}\n  },\n  "aliases": {\n${aliases}\n  }\n}\n`;
const A = '    "2024-06-19-treaty": { "n": 1, "claims": ["a#c-1"] }';
const B = '    "2024-10-01-troops": { "n": 2, "claims": ["b#c-2"] }';
const lines = (result: ReturnType<typeof checkLedger>) =>
  result.messages.map((m) => `${m.line} ${m.rule}: ${m.reason}`);

describe('checkLedger', () => {
  it('takes a ledger as the build writes it, and a first build without one', () => {
    const result = checkLedger(ledger(`${A},\n${B}`, '    "2024-06-01-old": "2024-06-19-treaty"'), FILE, [
      '2024-06-19-treaty',
      '2024-06-01-old',
    ]);
    expect(result.messages).toEqual([]);
    expect(Object.keys(result.ledger!.events)).toEqual(['2024-06-19-treaty', '2024-10-01-troops']);
    expect(checkLedger(null, FILE, null)).toEqual({ ledger: null, messages: [] });
    expect(checkLedger(null, FILE, [])).toEqual({ ledger: null, messages: [] });
  });

  describe('edge cases', () => {
    it('a key given twice, which JSON.parse hides, is an error with both lines', () => {
      const twice = '    "2024-06-19-treaty": { "n": 2, "claims": ["b#c-2"] }';
      expect(lines(checkLedger(ledger(`${A},\n${twice}`), FILE, null))).toEqual([
        '5 ledger-duplicate: `2024-06-19-treaty` is given 2 times (lines 4, 5): only the last would count, and a published address would move to another event; restore it with `git checkout -- content/permalinks.json` (or from your last commit of it)',
      ]);
    });

    it('finds duplicates inside an entry and among aliases, whatever the layout', () => {
      const compact = '{"events":{"a":{"n":1,"n":1,"claims":[]}},"aliases":{"x":null,"x":"a"}}';
      expect(checkLedger(compact, FILE, null).messages.map((m) => m.reason.split(':')[0])).toEqual([
        '`n` is given 2 times (lines 1, 1)',
        '`x` is given 2 times (lines 1, 1)',
      ]);
      // Escaped quotes and braces in strings are no keys.
      const escaped = ledger(A, '    "2024-01-01-x\\"y": null'.replace('x\\"y', 'xy'));
      expect(checkLedger(escaped, FILE, null).messages).toEqual([]);
      expect(checkLedger('{"note":"a \\"}{\\" b","events":{},"aliases":{}}', FILE, null).messages).toEqual([]);
    });

    it('an alias that is a live id, or points at no live event, is an error on its line', () => {
      const result = checkLedger(
        ledger(
          `${A},\n${B}`,
          '    "2024-10-01-troops": "2024-06-19-treaty",\n    "2024-05-01-gone": "2024-05-02-nowhere"',
        ),
        FILE,
        null,
      );
      expect(lines(result).map((line) => line.split(':')[0])).toEqual(['8 ledger-alias', '9 ledger-alias']);
      expect(result.messages[0]!.reason).toContain('`2024-10-01-troops` is a live event and an alias at once');
      expect(result.messages[1]!.reason).toContain(
        'the alias `2024-05-01-gone` points at `2024-05-02-nowhere`, which is no live event of the ledger',
      );
      expect(result.ledger).toBeNull();
    });

    it('two events of one age, or one claim in two events, are errors', () => {
      const same = '    "2024-10-01-troops": { "n": 1, "claims": ["a#c-1"] }';
      expect(checkLedger(ledger(`${A},\n${same}`), FILE, null).messages.map((m) => m.rule)).toEqual([
        'ledger-edited',
        'ledger-edited',
      ]);
    });

    it('an id dist/ published that the ledger lost, and no ledger beside a built site, are errors', () => {
      expect(lines(checkLedger(ledger(A), FILE, ['2024-06-19-treaty', '2024-10-01-troops']))).toEqual([
        '1 ledger-lost: 1 event id published in dist/ is no longer in the ledger (`2024-10-01-troops`): its link would break; restore it with `git checkout -- content/permalinks.json` (or from your last commit of it)',
      ]);
      expect(lines(checkLedger(null, FILE, ['2024-06-19-treaty']))).toEqual([
        '1 ledger-missing: missing, but dist/ holds a built site with 1 published event pages: without it every published event link would break; restore it with `git checkout -- content/permalinks.json` (or from your last commit of it), or delete dist/ if you mean to start a new site',
      ]);
    });

    it('JSON and shape problems stay those of parseLedger', () => {
      expect(checkLedger('{', FILE, null).messages.map((m) => m.rule)).toEqual(['ledger-json']);
      expect(checkLedger('[]', FILE, null).messages.map((m) => m.rule)).toEqual(['ledger-shape']);
    });
  });
});

describe('lostLedgerIds', () => {
  it('names ids, live or aliases, that a new ledger no longer holds', () => {
    const before = { events: { a: { n: 1, claims: [] }, b: { n: 2, claims: [] } }, aliases: { c: 'a' } };
    expect(lostLedgerIds(before, { events: { a: { n: 1, claims: [] } }, aliases: { b: 'a', c: 'a' } })).toEqual([]);
    expect(lostLedgerIds(before, { events: { a: { n: 1, claims: [] } }, aliases: {} })).toEqual(['b', 'c']);
    expect(lostLedgerIds(null, { events: {}, aliases: {} })).toEqual([]);
  });
});
