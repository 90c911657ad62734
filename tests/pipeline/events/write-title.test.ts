import { describe, expect, it } from 'vitest';
import { writeTitle } from '../../../src/pipeline/events/write-title.ts';
import { dateSentence } from '../../../src/pipeline/dates/date-sentence.ts';
import type { Claim } from '../../../src/pipeline/model/index.ts';

/** A claim of `sentence` for its first date expression (or none). */
function claim(sentence: string, published = '2024-12-10', index = 1): Claim {
  const [dated] = dateSentence(sentence, published);
  const interval = dated?.interval ?? { start: published, end: published, precision: 'day' as const };
  return {
    id: `a#${index}`,
    fragment: `c-${index}`,
    article: 'a',
    sentence,
    sentenceIndex: index,
    line: 1,
    expression: dated?.mention.text ?? null,
    expressionStart: dated?.mention.start ?? null,
    expressionEnd: dated?.mention.end ?? null,
    ...interval,
    label: '',
    edtf: '',
    rule: '',
    basis: dated ? 'explicit' : 'report',
    tense: null,
    anchor: published,
  };
}

describe('writeTitle', () => {
  it('takes the clause of the date, without the date', () => {
    expect(
      writeTitle([
        claim(
          'On December 2, President Zelensky confirmed reports of casualties among North Korean combatants, although he refrained from disclosing figures.',
        ),
      ]),
    ).toBe('President Zelensky confirmed reports of casualties among North Korean combatants');
  });

  it('gives a relative clause back its subject', () => {
    expect(
      writeTitle([
        claim(
          'The military agreement between North Korea and Russia, which became effective earlier in December, outlines mutual support.',
        ),
      ]),
    ).toBe('The military agreement between North Korea and Russia became effective');
  });

  it('drops connectors, attributions and "that" after reporting verbs', () => {
    expect(
      writeTitle([
        claim(
          'Additionally, a South Korean TV report from October 21 revealed that pilots had been sent to Vladivostok.',
        ),
      ]),
    ).toBe('A South Korean TV report revealed pilots had been sent to Vladivostok');
  });

  describe('edge cases', () => {
    it('prefers a candidate without another date in it, and does not depend on the order of claims', () => {
      const a = claim(
        'The Treaty, which was signed in June 2024 and came into force on December 4, matters.',
        '2024-12-10',
        1,
      );
      const forced = {
        ...a,
        expression: 'December 4',
        expressionStart: a.sentence.indexOf('December 4'),
        expressionEnd: a.sentence.indexOf('December 4') + 10,
      };
      const b = claim(
        'The military agreement between North Korea and Russia, which became effective earlier in December, outlines mutual support.',
        '2024-12-10',
        2,
      );
      expect(writeTitle([forced, b])).toBe(writeTitle([b, forced]));
      expect(writeTitle([forced, b])).toBe('The military agreement between North Korea and Russia became effective');
    });

    it('shortens a long report to 13 words with an ellipsis', () => {
      const title = writeTitle([
        claim(
          'The US and South Korea confirm that up to 11,000 North Korean troops, wearing Russian uniforms and equipment, have been deployed to Russia and moved to the Kursk region near Ukraine.',
        ),
      ]);
      expect(title.split(' ').length).toBeLessThanOrEqual(13);
      expect(title).toMatch(/^The US and South Korea confirm up to 11,000 North Korean troops.*…$/); // cut before weak words
    });

    it('falls back to the sentence when no clause makes a title', () => {
      expect(writeTitle([claim('Yesterday.')])).toBe('Yesterday');
    });
  });
});
