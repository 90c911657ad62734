import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../src/site/spellings-of.ts';

describe('spellingsOf', () => {
  it('gives every spelling of a name the press writes several ways, the typed one first', () => {
    expect(spellingsOf('Zelenskyy')).toEqual([
      'zelenskyy',
      'zelensky',
      'zelenskiy',
      'zelenskyi',
      'zelenski',
      'zelenskii',
    ]);
    expect(spellingsOf('zelenskiy')[0]).toBe('zelenskiy');
    expect(spellingsOf('zelenskiy')).toContain('zelenskyy');
    expect(spellingsOf('Kiev')).toEqual(['kiev', 'kyiv']);
  });

  describe('edge cases', () => {
    it('gives any other word alone, in lower case', () => {
      expect(spellingsOf('Kursk')).toEqual(['kursk']);
      expect(spellingsOf('MiG-29')).toEqual(['mig-29']);
    });

    it('reads a blank word as itself', () => {
      expect(spellingsOf('')).toEqual(['']);
    });
  });
});
