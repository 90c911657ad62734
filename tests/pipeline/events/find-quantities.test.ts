import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/pipeline/events/find-quantities.ts';

const q = (sentence: string) => findQuantities(sentence).map((x) => `${x.value} ${x.subject} ${x.kind}`);

describe('findQuantities', () => {
  it('reads troop counts with their nationality and what they count', () => {
    expect(q('The US estimates that up to 11,000 North Korean troops have been deployed to Russia.')).toEqual([
      '11000 north-korean-troops deployed',
    ]);
    expect(q('Over 3,000 North Korean forces have moved toward combat zones in western Russia.')).toEqual([
      '3000 north-korean-troops at-front',
    ]);
    expect(q('Reports indicate that over 3,000 of these soldiers have been killed or injured, as per Kyiv.')).toEqual([
      '3000 troops casualties',
    ]);
    expect(q('Reports say that North Korea could send up to 100,000 troops to support Russia.')).toEqual([
      '100000 north-korean-troops projected',
    ]);
  });

  describe('edge cases', () => {
    it('ignores small numbers, other things counted and designations', () => {
      expect(q('Two North Korean soldiers were captured; 1,000 containers were shipped; MiG-29 jets.')).toEqual([]);
      expect(q('')).toEqual([]);
    });
  });
});
