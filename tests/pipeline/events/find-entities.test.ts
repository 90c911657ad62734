import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/pipeline/events/find-entities.ts';

const names = (sentence: string) => findEntities(sentence).map((e) => e.name);

describe('findEntities', () => {
  it('finds names without their titles, countries for their capitals, and designations', () => {
    expect(
      names('Defense Secretary Lloyd Austin said North Korean troops are moving to the Kursk region near Ukraine.'),
    ).toEqual(['Lloyd Austin', 'North Korea', 'Kursk', 'Ukraine']);
    expect(names('Pyongyang will get MiG-29 and Su-27 jets, Admiral Samuel Paparo said.')).toEqual([
      'North Korea',
      'MiG-29',
      'Su-27',
      'Samuel Paparo',
    ]);
  });

  it('folds spelling variants into one name', () => {
    for (const spelling of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskiy']) {
      expect(findEntities(`President ${spelling} spoke.`).map((e) => e.key)).toEqual(['volodymyr-zelensky']);
    }
  });

  describe('edge cases', () => {
    it('leaves out sentence openers, months and weekdays, and finds nothing in plain text', () => {
      expect(names('The troops arrived on Friday in December, according to officials.')).toEqual([]);
      expect(names('')).toEqual([]);
    });

    it('reads "Kursk Oblast" as Kursk', () => {
      expect(names('They are stationed in Kursk Oblast.')).toEqual(['Kursk']);
    });
  });
});
