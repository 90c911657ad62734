import { describe, expect, it } from 'vitest';
import { outletSlugs } from '../../src/site/outlet-slugs.ts';

describe('outletSlugs', () => {
  it('makes a lower-case, hyphenated segment of each outlet name, and one for articles without one', () => {
    expect(Object.fromEntries(outletSlugs(['Tampa Free Press', 'Defence Talks', null, 'Tampa Free Press']))).toEqual({
      'Defence Talks': 'defence-talks',
      'Tampa Free Press': 'tampa-free-press',
      null: 'unnamed',
    });
  });

  describe('edge cases', () => {
    it('numbers names that would make the same segment, in sorted order', () => {
      expect([...outletSlugs(['Wire!', 'wire', 'Wire'])]).toEqual([
        ['Wire', 'wire'],
        ['Wire!', 'wire-2'],
        ['wire', 'wire-3'],
      ]);
    });

    it('keeps letters of other scripts, drops accents and keeps "unnamed" for the unnamed', () => {
      expect(outletSlugs(['Le Monde diplomatique', 'Ведомости', 'Unnamed', null]).get('Ведомости')).toBe('ведомости');
      expect(outletSlugs(['Élysée Wire']).get('Élysée Wire')).toBe('elysee-wire');
      expect(outletSlugs(['Unnamed', null]).get('Unnamed')).toBe('unnamed-2');
      expect(outletSlugs(['!!!']).get('!!!')).toBe('outlet');
    });
  });
});
