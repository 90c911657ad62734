import { describe, expect, it } from 'vitest';
import { dateSentence } from '../../../src/pipeline/dates/date-sentence.ts';
import { mergeClaims } from '../../../src/pipeline/events/merge-claims.ts';
import type { Claim } from '../../../src/pipeline/model/index.ts';

/** A claim of `sentence` (its first date, or none: dated by publication), in article `article`. */
function claim(article: string, sentence: string, published: string): Claim {
  const [dated] = dateSentence(sentence, published);
  const interval = dated?.interval ?? { start: published, end: published, precision: 'day' as const };
  return {
    id: `${article}#c-1`,
    fragment: 'c-1',
    article,
    sentence,
    sentenceIndex: 0,
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
const groupOf = (groups: Claim[][], article: string) =>
  groups.findIndex((group) => group.some((c) => c.article === article));

describe('mergeClaims at scale', () => {
  it('still merges two reports of one happening when every word they share is in thousands of claims', () => {
    // A long story names Kursk and its troops in every report: 3,000 claims over two years.
    // A long story tells the same kind of happening again and again: 3,000 claims over two years
    // (none from December 3 to 5, 2024) whose words are all those of the two reports below.
    const days = Array.from({ length: 700 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    ).filter((day) => day < '2024-12-03' || day > '2024-12-05');
    const noise = Array.from({ length: 3000 }, (_, i) =>
      claim(
        `noise-${i}`,
        `North Korean troops seized a frontline village in Kursk on ${days[i % days.length]}, officials said.`,
        '2026-01-01',
      ),
    );
    const a = claim(
      'a',
      'North Korean troops in Kursk seized a frontline village on December 4, 2024, officials said.',
      '2024-12-06',
    );
    const b = claim('b', 'North Korean troops seized a frontline village in Kursk on 4 December 2024.', '2024-12-05');
    const groups = mergeClaims([...noise, a, b]);
    expect(groupOf(groups, 'a')).toBe(groupOf(groups, 'b'));
    // ...and the noise, each about its own village, stays apart from them.
    expect(groups[groupOf(groups, 'a')]!.map((c) => c.article).sort()).toEqual(['a', 'b']);
  });

  describe('edge cases', () => {
    it('never joins two different days through a longer claim that fits both', () => {
      const day5 = claim('a', 'Russian forces shelled a supply depot in Sumy on June 5, 2024.', '2024-06-07');
      const day6 = claim('b', 'Russian forces evacuated civilians in Sumy on June 6, 2024.', '2024-06-07');
      const month = claim(
        'c',
        'Russian forces shelled a supply depot and evacuated civilians in Sumy in June 2024.',
        '2024-07-01',
      );
      const groups = mergeClaims([day5, day6, month]);
      expect(groupOf(groups, 'a')).not.toBe(groupOf(groups, 'b'));
    });

    it('lets a report a day off join on its own strong likeness', () => {
      const day5 = claim('a', 'Russian forces shelled a supply depot in Sumy on June 5, 2024.', '2024-06-07');
      const day6 = claim('b', 'Russian forces shelled a supply depot in Sumy on June 6, 2024.', '2024-06-07');
      const groups = mergeClaims([day5, day6]);
      expect(groupOf(groups, 'a')).toBe(groupOf(groups, 'b'));
    });

    it('never joins two events of one day through the boilerplate of the articles that report them', () => {
      // Two articles of June 5, each with its own happening and the same three undated sentences
      // of boilerplate: each article's undated sentences join its own event (its news peg), and
      // they are alike, but two dated events never become one through them.
      const boilerplate = [
        'The situation remains volatile, with leaders watching closely.',
        'Analysts say the implications extend well beyond the region.',
        'Diplomats in Geneva called for restraint from all sides.',
      ];
      const article = (slug: string, dated: string) =>
        [dated, ...boilerplate].map((sentence, i) => ({
          ...claim(slug, sentence, '2024-06-05'),
          id: `${slug}#c-${i}`,
          sentenceIndex: i,
        }));
      const depot = 'Russian forces shelled a supply depot in Sumy on June 5, 2024.';
      const civilians = 'Ukrainian units evacuated civilians from Kherson on June 5, 2024.';
      const groups = mergeClaims([
        ...['a1', 'a2'].map((slug) => claim(slug, depot, '2024-06-06')),
        ...article('r1', depot),
        ...['b1', 'b2'].map((slug) => claim(slug, civilians, '2024-06-06')),
        ...article('r2', civilians),
      ]);
      expect(groups[groupOf(groups, 'a1')]!.map((c) => c.id).sort()).toEqual([
        'a1#c-1',
        'a2#c-1',
        'r1#c-0',
        'r1#c-1',
        'r1#c-2',
        'r1#c-3',
      ]);
      expect(groupOf(groups, 'b1')).not.toBe(groupOf(groups, 'a1'));
    });
  });
});
