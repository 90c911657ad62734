import type { Claim } from '../../src/pipeline/model/index.ts';

/**
 * A claim for unit tests of merging: the sentence as its only text (no date
 * words, so all of it describes the claim), dated `start` to `end`.
 *
 * @param article - Slug of its article.
 * @param sentence - The sentence.
 * @param start - First day, `YYYY-MM-DD`.
 * @param options - `end` (default `start`), `basis` (default `explicit`; `report`: dated by
 *   publication), `sentenceIndex` (default 0).
 * @returns The claim.
 */
export function makeClaim(
  article: string,
  sentence: string,
  start: string,
  options: { end?: string; basis?: Claim['basis']; sentenceIndex?: number } = {},
): Claim {
  const end = options.end ?? start;
  const sentenceIndex = options.sentenceIndex ?? 0;
  return {
    id: `${article}#c-${sentenceIndex}-${start}`,
    fragment: `c-${sentenceIndex}`,
    article,
    sentence,
    sentenceIndex,
    line: sentenceIndex + 1,
    expression: null,
    expressionStart: null,
    expressionEnd: null,
    start,
    end,
    precision: start === end ? 'day' : 'month',
    label: '',
    edtf: '',
    rule: '',
    basis: options.basis ?? 'explicit',
    tense: null,
    anchor: start,
  };
}
