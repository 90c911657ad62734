import type { Tense } from './types.ts';

// Markers of tense, as literal words or `-ed` forms: bounded alternations, linear time.
// Checked in this order at each position, so "was expected to" is past before "expected" is future.
const MARKERS = new RegExp(
  [
    String.raw`\b(?<pastfuture>(?:was|were|had\s+been)\s+(?:expected|scheduled|set|due|slated|supposed|planned|meant|going)\s+to)\b`,
    String.raw`\b(?<future>will|won['’]t|shall|would|going\s+to|(?:is|are|am|be)\s+(?:expected|scheduled|set|due|slated|poised|planned|likely)|expects?|expected|scheduled|plans?|planned|intends?|aims?\s+to|hopes?\s+to|could|may|might|should|next|upcoming|coming)\b`,
    String.raw`['’]ll\b`,
    String.raw`\b(?<past>was|were|had|did|said|says|told|met|began|took|went|came|sent|gave|made|saw|held|left|struck|fought|led|brought|spoke|wrote|found|became|won|lost|hit|shot|fell|rose|ran|seized|[a-z]{2,}ed)\b`,
  ].join('|'),
  'g',
);
const CLAUSE_BREAK = /[,;:—–()“”"]/;

/**
 * Tell whether the words around a date report the past or announce the
 * future, to decide which way a date without a year, a bare month or a bare
 * weekday points. The nearest marker in the date's own clause wins (a verb
 * before the date first, then one after it), then the nearest in the
 * sentence; news reports are past-tense by default. Future markers: `will`,
 * `is expected to`, `is scheduled`, `plans`, `may`, `next`...; past markers:
 * `said`, `was`, `-ed` forms...; `was expected to` counts as past, and a
 * participle after `be` ("will be held") takes the tense of the words before it.
 *
 * @param sentence - Plain text of the sentence.
 * @param at - Offset of the date expression in the sentence (default: its start).
 * @returns `future` or `past`.
 */
export function detectTense(sentence: string, at = 0): Tense {
  const markers: Array<{ index: number; tense: Tense }> = [];
  for (const match of sentence.matchAll(MARKERS)) {
    // A participle after "be" takes the tense of what comes before: "will be held", "to be signed".
    if (match.groups?.past && /\bbe\s+$/.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    const tense: Tense = match.groups?.past || match.groups?.pastfuture ? 'past' : 'future';
    markers.push({ index: match.index, tense });
  }
  if (markers.length === 0) return 'past';
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(sentence[clauseStart - 1]!)) clauseStart--;
  let clauseEnd = at;
  while (clauseEnd < sentence.length && !CLAUSE_BREAK.test(sentence[clauseEnd]!)) clauseEnd++;
  const before = (from: number) => markers.filter((m) => m.index < at && m.index >= from).at(-1);
  const after = (to: number) => markers.find((m) => m.index > at && m.index < to);
  const chosen = before(clauseStart) ?? after(clauseEnd) ?? before(0) ?? after(sentence.length);
  return chosen?.tense ?? 'past';
}
