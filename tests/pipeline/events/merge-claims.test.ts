import { describe, expect, it } from 'vitest';
import { claimFeatures } from '../../../src/pipeline/events/claim-features.ts';
import { hashText } from '../../../src/pipeline/claims/hash-text.ts';
import { parseLedger } from '../../../src/pipeline/events/parse-ledger.ts';

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
