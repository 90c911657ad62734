import { detectTense } from './detect-tense.ts';
import { findExpressions } from './find-expressions.ts';
import { resolveExpression } from './resolve-expression.ts';
import type { Interval, IsoDay, Tense, TemporalMention } from '../model/index.ts';

/**
 * Words of a span other than a quarter: "the nine months", "the first half", "the full year"
 * (not a point of the year: "by the end of the year").
 */
const OTHER_SPAN =
  /\b(?:(?:nine|six|three|first|latest|past|\d+)\s+months|full\s+year|year\s+to\s+date|fiscal\s+year|(?<!\b(?:end|beginning|start|middle)\s+of\s+)the\s+year\b(?!-))/i;
/** Words before a modifier month that make it awaited: "the upcoming June vote". */
const AWAITED = /\b(?:upcoming|coming|next|planned|scheduled|proposed|expected)\s+$/i;
/** A sum right before "last year": "compared with a loss of $3 million last year", "$1.12 a share, last year". */
const SUM_BEFORE =
  /[$£€¥#]\s?\d[\d.,]*(?:\s+(?:million|billion|thousand))?(?:,?\s+or\s+[^,;]{1,40}?\s+a\s+share)?,?\s+$/i;
/** A sum right after "last year's": "up from last year's $2.3 billion". */
const SUM_AFTER = /^['’]s\s+(?:[a-z-]+\s+){0,2}[$£€¥#]\s?\d/i;
/** The plain future: "will", "shall", "'ll". */
const WILL = /\b(?:will|shall)\b|['’]ll\b/i;

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
 * quarter", "the year-ago quarter" and "a year ago" name the quarter or half
 * under discussion (one this sentence names first, else `period`), or that
 * period a year before, unless the
 * sentence is about another span ("for the nine months"). A month used as a
 * modifier ("the October vote") is read in the past unless it is awaited
 * ("the upcoming June vote") or the sentence speaks of the future ("will").
 *
 * @param sentence - Plain text of the sentence.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @param previous - Last date set before this sentence in the same paragraph, if any.
 * @param period - The quarter or half under discussion before this sentence, if any: the last
 *   named in the paragraph, else the latest named in the article
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
  // A sentence about another span ("for the nine months", "the full year") compares with that, not the quarter.
  let current = OTHER_SPAN.test(sentence) ? null : period;
  const mentions = findExpressions(sentence);
  if (mentions.length === 0) return [];
  const tenses = detectTense(
    sentence,
    mentions.map((mention) => mention.start),
    mentions.map((mention) => mention.end),
  );
  let future: boolean | undefined; // whether the sentence says "will", looked up once
  return mentions.map((mention, i) => {
    // "the October vote", "a June agreement": a month used as a modifier names something that took place.
    const modifier =
      mention.rule === 'month-modifier' &&
      !AWAITED.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !(future ??= WILL.test(sentence));
    const tense = modifier ? 'past' : tenses[i]!;
    let value = mention.value;
    let anchor: Interval | null = null;
    // "later in the year" after a date of another year in the paragraph: that year, not this one.
    const unit = value.kind === 'rest-of' ? value.unit : value.kind === 'rest-of-month' ? 'month' : null;
    if (unit && 'inThe' in value && value.inThe && last && !sameUnit(last.start, published, unit)) {
      value = { kind: 'shift', amount: 0, unit, direction: 0, period: true };
      anchor = last;
    } else if (value.kind === 'weekday' && value.from) {
      anchor = last;
    } else if (value.kind === 'shift') {
      // "a year earlier" compares with this sentence's date, else the period under discussion, else the paragraph's.
      anchor = value.unit === 'year' && value.amount === 1 && !value.period ? (own ?? current ?? last) : last;
    }
    // "up from $3 million a year ago", "compared with $3 million last year", "up from last year's $3 million":
    // the same period a year before, unless this sentence is about a year ("up from last year" after "1989 profit").
    const comparison =
      current &&
      ((value.kind === 'ago' && value.unit === 'year' && value.amount === 1) ||
        (value.kind === 'relative-unit' &&
          value.unit === 'year' &&
          value.offset === -1 &&
          own?.precision !== 'year' &&
          (SUM_BEFORE.test(sentence.slice(Math.max(0, mention.start - 80), mention.start)) ||
            SUM_AFTER.test(sentence.slice(mention.end, mention.end + 40)))));
    const interval = comparison
      ? resolveExpression({ kind: 'period', back: 1, fallback: 'year' }, published, tense, null, current)
      : resolveExpression(
          value,
          published,
          tense,
          anchor,
          value.kind === 'period' && value.that && last && isPeriodLike(last) ? last : current,
        );
    const dated = { mention, tense, interval, anchor };
    if (interval) {
      last = interval;
      own = interval;
      if (isReportPeriod(dated, published)) current = interval;
    }
    return dated;
  });
}

/** Whether two ISO days fall in the same year, month, or within a week of each other. */
function sameUnit(a: IsoDay, b: IsoDay, unit: 'week' | 'month' | 'year'): boolean {
  if (unit === 'year') return a.slice(0, 4) === b.slice(0, 4);
  if (unit === 'month') return a.slice(0, 7) === b.slice(0, 7);
  return Math.abs(Date.parse(a) - Date.parse(b)) < 7 * 86_400_000;
}

/** A quarter or half, which "that quarter" can refer back to. */
function isPeriodLike(interval: Interval): boolean {
  return interval.precision === 'quarter' || interval.precision === 'half';
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
  return (
    (kind === 'quarter' || kind === 'half' || kind === 'relative-quarter') &&
    (interval.end < published || (dated.tense === 'past' && kind !== 'relative-quarter'))
  );
}
