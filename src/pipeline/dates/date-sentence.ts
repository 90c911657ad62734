import { detectTense } from './detect-tense.ts';
import { findExpressions } from './find-expressions.ts';
import { resolveExpression } from './resolve-expression.ts';
import type { Interval, IsoDay, Tense, TemporalMention } from '../model/index.ts';

/** A temporal expression of a sentence with its resolution. */
export interface DatedMention {
  mention: TemporalMention;
  tense: Tense;
  /** `null` when the words name no real day, or a relative date has nothing to count from. */
  interval: Interval | null;
  /** What a relative date ("two days later") was counted from, when it was. */
  anchor: Interval | null;
}

/**
 * Find and resolve every temporal expression of one sentence. Each is read
 * against the publication date in the tense of its own clause; a date counted
 * from another ("two days later", "the next day") counts from the last date
 * this sentence already set, else from `previous` (the last date of the
 * preceding sentences of the paragraph), else it gets no interval ("a year
 * earlier" then counts from publication). In an earnings report, "the
 * quarter", "the year-ago quarter" and "a year ago" name `period` (the last
 * quarter or half the article named, or one this sentence names first), or
 * that period a year before.
 *
 * @param sentence - Plain text of the sentence.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @param previous - Last date set before this sentence in the same paragraph, if any.
 * @param period - Last quarter or half named before this sentence in the article, if any
 *   (see `isReportPeriod`).
 * @returns Expressions in order, resolved or not.
 */
export function dateSentence(
  sentence: string,
  published: IsoDay,
  previous: Interval | null = null,
  period: Interval | null = null,
): DatedMention[] {
  let last = previous;
  let own: Interval | null = null;
  let current = period;
  const mentions = findExpressions(sentence);
  const tenses = detectTense(
    sentence,
    mentions.map((mention) => mention.start),
    mentions.map((mention) => mention.end),
  );
  return mentions.map((mention, i) => {
    const tense = tenses[i]!;
    const value = mention.value;
    let anchor: Interval | null = null;
    if (value.kind === 'shift') {
      // "a year earlier" compares with this sentence's date, else the period under discussion, else the paragraph's.
      anchor = value.unit === 'year' && value.amount === 1 && !value.period ? (own ?? current ?? last) : last;
    }
    const comparison = value.kind === 'ago' && value.unit === 'year' && value.amount === 1 && current;
    const interval = comparison
      ? resolveExpression({ kind: 'period', back: 1, fallback: 'year' }, published, tense, null, current)
      : resolveExpression(value, published, tense, anchor, current);
    const dated = { mention, tense, interval, anchor };
    if (interval) {
      last = interval;
      own = interval;
      if (isReportPeriod(dated, published)) current = interval;
    }
    return dated;
  });
}

/**
 * Whether a dated expression names the period that later "the quarter", "the
 * year-ago quarter" or "a year earlier" of the same article refer to: a
 * quarter or a half named as such ("the third quarter", "H1 2025", not "a
 * year earlier" itself) that has ended by publication, as the periods of
 * earnings reports have.
 *
 * @param dated - An expression of `dateSentence`.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @returns `true` for such a quarter or half.
 */
export function isReportPeriod(dated: DatedMention, published: IsoDay): boolean {
  const { interval, mention } = dated;
  if (!interval || (interval.precision !== 'quarter' && interval.precision !== 'half')) return false;
  const kind = mention.value.kind;
  return (kind === 'quarter' || kind === 'half' || kind === 'relative-quarter') && interval.end < published;
}
