import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/sentences/split-sentences.ts';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits at sentence-ending punctuation followed by a capital', () => {
    expect(split('Kim met Putin. They signed a treaty! Was it legal? Nobody knows.')).toEqual([
      'Kim met Putin.',
      'They signed a treaty!',
      'Was it legal?',
      'Nobody knows.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('He said, “They will fight soon.” Austin left.')).toEqual([
      'He said, “They will fight soon.”',
      'Austin left.',
    ]);
  });

  it('keeps a quotation of several sentences whole', () => {
    expect(split('“We will fight. We will win,” he said. Then he left.')).toEqual([
      '“We will fight. We will win,” he said.',
      'Then he left.',
    ]);
    expect(split('He said: "It is over. We lost." Kyiv disagreed.')).toEqual([
      'He said: "It is over. We lost."',
      'Kyiv disagreed.',
    ]);
  });

  describe('edge cases', () => {
    it('splits again after an unbalanced quotation runs long', () => {
      const long = `He said, “${'it went on. '.repeat(80)}Then it stopped. Kyiv replied.`;
      expect(split(long).length).toBeGreaterThan(1);
    });

    it('does not split after abbreviations of titles, months and numbers', () => {
      expect(split('Lt. Gen. Kim spoke on Dec. 2 about No. 5 and the Dept. of Defense. Then he left.')).toEqual([
        'Lt. Gen. Kim spoke on Dec. 2 about No. 5 and the Dept. of Defense.',
        'Then he left.',
      ]);
    });

    it('does not split inside dotted acronyms, initials or decimals', () => {
      expect(split('The U.S. Army and J. R. Smith cited 3.5 percent. Sept. 30 was later.')).toEqual([
        'The U.S. Army and J. R. Smith cited 3.5 percent.',
        'Sept. 30 was later.',
      ]);
    });

    it('does not split before a lower-case word', () => {
      expect(split('The troops arrived approx. ten days ago. Fine.')).toEqual([
        'The troops arrived approx. ten days ago.',
        'Fine.',
      ]);
    });

    it('returns nothing for empty or blank text, and one sentence without a final period', () => {
      expect(split('')).toEqual([]);
      expect(split('   ')).toEqual([]);
      expect(split('  No period here ')).toEqual(['No period here']);
    });

    it('is linear on long runs of periods and letters', () => {
      const text = 'a. '.repeat(100_000);
      expect(split(text).length).toBe(1);
    });
  });
});
