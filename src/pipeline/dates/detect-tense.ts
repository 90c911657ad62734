import type { Tense } from '../model/index.ts';

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
const CLAUSE_BREAK = /[,;:—–()“”"]/g;

/**
 * Tell, for dates at the given offsets of a sentence, whether the words
 * around each report the past or announce the future: this decides which way
 * a date without a year, a bare month or a bare weekday points. The nearest
 * marker in the date's own clause wins (a verb before the date first, then
 * one after it), then the nearest in the sentence; news reports are
 * past-tense by default. Future markers: `will`, `is expected to`, `is
 * scheduled`, `plans`, `may`, `next`...; past markers: `said`, `was`, `-ed`
 * forms...; `was expected to` counts as past, and a participle after `be`
 * ("will be held") takes the tense of the words before it. Linear in the
 * sentence length plus a logarithm per offset.
 *
 * @param sentence - Plain text of the sentence.
 * @param offsets - Offsets of the date expressions in the sentence.
 * @returns The tense at each offset, in the same order.
 */
export function detectTense(sentence: string, offsets: readonly number[]): Tense[] {
  const markers: Array<{ index: number; tense: Tense }> = [];
  for (const match of sentence.matchAll(MARKERS)) {
    if (match.groups?.past && /\bbe\s+$/.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue;
    markers.push({ index: match.index, tense: match.groups?.past || match.groups?.pastfuture ? 'past' : 'future' });
  }
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((match) => match.index);
  const positions = markers.map((marker) => marker.index);
  return offsets.map((at) => {
    if (markers.length === 0) return 'past';
    const b = upperBound(breaks, at - 1); // breaks before `at`
    const clauseStart = b > 0 ? breaks[b - 1]! + 1 : 0;
    const clauseEnd = b < breaks.length ? breaks[b]! : sentence.length;
    const m = upperBound(positions, at - 1);
    const before = m > 0 ? markers[m - 1] : undefined;
    const after = markers[m]?.index === at ? markers[m + 1] : markers[m];
    const chosen =
      (before && before.index >= clauseStart ? before : undefined) ??
      (after && after.index < clauseEnd ? after : undefined) ??
      before ??
      after;
    return chosen?.tense ?? 'past';
  });
}

/** Number of items of the sorted `values` that are `<= limit`. */
function upperBound(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
