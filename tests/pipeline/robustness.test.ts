import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { dateSentence } from '../../src/pipeline/dates/date-sentence.ts';
import { toEdtf } from '../../src/pipeline/dates/to-edtf.ts';

/**
 * Property tests: whatever the text, the pipeline returns (never throws),
 * every interval runs forwards, every expression is words of its sentence,
 * and every EDTF string is valid EDTF.
 */
const DATE_WORDS = [
  'December',
  'Dec.',
  'May',
  'march',
  'Friday',
  'last',
  'next',
  'this',
  'week',
  'month',
  'year',
  'early',
  'mid-',
  'late',
  'the',
  'end',
  'of',
  'between',
  'and',
  'from',
  'to',
  'since',
  'in',
  'on',
  'two',
  'days',
  'later',
  'ago',
  'autumn',
  'winter',
  'Q4',
  '2024',
  '1950-53',
  '31',
  '2nd',
  '29',
  '-',
  ',',
  '.',
  '10,000',
  'MiG-29',
  'yesterday',
  'will',
  'said',
  '<!-- dateline: skip -->',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '\n',
  '\n\n',
  '> ',
  '- ',
  '#',
];
const words = fc
  .array(fc.oneof(fc.constantFrom(...DATE_WORDS), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((w) => w.join(' '));
const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('robustness', () => {
  it('never throws, and every claim runs forwards with its words in its sentence', () => {
    fc.assert(
      fc.property(words, day, (body, published) => {
        const { articles, messages } = buildCorpus([
          { file: 'x.md', text: `---\ntitle: T\npublished: ${published}\n---\n\n${body}\n` },
        ]);
        expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
        for (const claim of articles[0]!.claims) {
          expect(claim.start <= claim.end).toBe(true);
          if (claim.expression !== null) expect(claim.sentence).toContain(claim.expression);
          expect(claim.sentence.slice(claim.expressionStart ?? 0, claim.expressionEnd ?? undefined)).toBe(
            claim.expression ?? claim.sentence,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes valid EDTF that covers exactly the interval (seasons aside, whose months EDTF leaves open)', () => {
    fc.assert(
      fc.property(words, day, (sentence, published) => {
        for (const { interval } of dateSentence(sentence, published)) {
          if (!interval) continue;
          const parsed = edtf(toEdtf(interval));
          if (parsed.type === 'Season') continue;
          expect(new Date(parsed.min).toISOString().slice(0, 10)).toBe(interval.start);
          expect(new Date(parsed.max).toISOString().slice(0, 10)).toBe(interval.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any file at all, and names the file and a line in every message', () => {
    const frontmatter = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'title: T',
            'published: 2024-12-10',
            'published: 2024-02-30',
            'outlet: [a, b]',
            '__proto__: x',
            '!!js/function f',
            'url: javascript:x',
            ': :',
            '"',
            '- a',
            'titel: x',
            '\t',
          ),
          fc.string({ maxLength: 20 }),
        ),
        { maxLength: 8 },
      )
      .map((lines) => lines.join('\n'));
    const file = fc.oneof(
      fc.tuple(frontmatter, words).map(([head, body]) => `---\n${head}\n---\n\n${body}\n`),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(file, (text) => {
        const { messages } = buildCorpus([{ file: 'content/articles/f.md', text }]);
        for (const message of messages) {
          expect(message.file).toBe('content/articles/f.md');
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds expressions in any Unicode text without throwing, each within its sentence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), day, (sentence, published) => {
        for (const { mention, interval } of dateSentence(sentence, published)) {
          expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
          if (interval) expect(interval.start <= interval.end).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  describe('edge cases', () => {
    it('copes with a 1 MB paragraph of digits and month names', () => {
      const body = 'December 2024 31 10,000 May 1950-53 Friday, '.repeat(24_000);
      expect(body.length).toBeGreaterThan(1_000_000);
      const { articles } = buildCorpus([
        { file: 'big.md', text: `---\ntitle: T\npublished: 2024-12-10\n---\n\n${body}\n` },
      ]);
      expect(articles[0]!.claims.length).toBeGreaterThan(24_000);
    }, 120_000); // 72,000 events on a shared machine: robustness, not speed (speed is in npm run bench)

    it('copes with an empty body and a body of punctuation', () => {
      for (const body of ['', '...', '— — —', '\n\n\n', '<!-- dateline: -->']) {
        const { articles } = buildCorpus([
          { file: 'e.md', text: `---\ntitle: T\npublished: 2024-12-10\n---\n${body}` },
        ]);
        expect(articles[0]!.claims).toEqual([]);
      }
    });
  });
});
