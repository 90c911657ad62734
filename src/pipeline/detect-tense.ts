import type { Tense } from './types.ts';

// Bounded alternations of literal words: linear time.
const FUTURE = new RegExp(
  [
    String.raw`\b(?:will|won['’]t|shall)\b`,
    String.raw`\b(?:is|are|am|be)\s+(?:expected|scheduled|set|due|slated|poised|planned|going|likely)\s+(?:to|for)\b`,
    String.raw`\bplans?\s+to\b`,
    String.raw`\b(?:next|upcoming|coming)\b`,
  ].join('|'),
  'i',
);

/**
 * Tell whether a sentence reports the past or announces the future, to decide
 * which way a bare weekday or a month without a year points. News reports are
 * past-tense by default; `will`, `is expected to`, `is scheduled`, `next` and
 * the like mark the future.
 *
 * @param sentence - Plain text of the sentence.
 * @returns `future` when a future marker is present, otherwise `past`.
 */
export function detectTense(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'past';
}
