import { fromIsoDay } from '../days.ts';
import type { DateValue, Interval, IsoDay, Tense } from '../model/index.ts';
import type { At, Resolver } from './resolve-context.ts';
import { resolveAgo, resolveDate, resolveDays, resolveRelativeDay, resolveShift } from './resolve-days.ts';
import { resolveWeekday, resolveWeekend } from './resolve-days.ts';
import { resolveMonth, resolveMonthPart, resolveMonths, resolveRelativePart } from './resolve-months.ts';
import { resolveRelativeUnit, resolveRestOf, resolveRestOfMonth, resolveWeekOfMonth } from './resolve-months.ts';
import { resolveHoliday, resolvePeriod, resolveQuarterOrHalf, resolveRelativeQuarter } from './resolve-periods.ts';
import { resolveSeason, resolveYear, resolveYearPart, resolveYears } from './resolve-periods.ts';

/** One resolver per kind of expression: days, months, and longer periods. */
const RESOLVERS: { [K in DateValue['kind']]: Resolver<K> } = {
  date: resolveDate,
  days: resolveDays,
  'relative-day': resolveRelativeDay,
  weekday: resolveWeekday,
  weekend: resolveWeekend,
  ago: resolveAgo,
  shift: resolveShift,
  month: resolveMonth,
  months: resolveMonths,
  'month-part': resolveMonthPart,
  'week-of-month': resolveWeekOfMonth,
  'rest-of-month': resolveRestOfMonth,
  'rest-of': resolveRestOf,
  'relative-unit': resolveRelativeUnit,
  'relative-part': resolveRelativePart,
  season: resolveSeason,
  year: resolveYear,
  years: resolveYears,
  'year-part': resolveYearPart,
  quarter: (value, at) => resolveQuarterOrHalf(value, at),
  half: (value, at) => resolveQuarterOrHalf(value, at),
  'relative-quarter': resolveRelativeQuarter,
  holiday: resolveHoliday,
  period: resolvePeriod,
};

/** Resolve `value` with the resolver of its kind. */
function resolveAt(value: DateValue, at: At): Interval | null {
  return (RESOLVERS[value.kind] as Resolver<DateValue['kind']>)(value as never, at);
}

/**
 * Resolve the meaning of a temporal expression into an inclusive interval of
 * days, against the publication date of its article. Missing years, bare
 * months, weekdays, seasons and quarters follow the tense: a past-tense report
 * means the latest one on or before publication, a future one the first on or
 * after. A date counted from another ("two days later") counts from `anchor`.
 * Conventions: early, mid and late months are days 1–10, 11–20 and 21–end
 * (of a year: Jan–Apr, May–Aug, Sep–Dec); seasons are meteorological (winter
 * spans the year end); weeks and weekends run Monday to Sunday; "earlier this
 * month" runs from the 1st to the day before publication. A quarter or half
 * without a year is the latest one begun by publication in a past-tense
 * report, and in a future one the first that ended at most 45 days before
 * publication (results are reported for weeks after a quarter closes). "The
 * quarter" and "a year earlier" in an earnings report name `period`, the last
 * quarter or half the article named, or that period a year before.
 *
 * @param value - What the words say, from `findExpressions`.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @param tense - Tense of the words around the expression, from `detectTense`.
 * @param anchor - The date a relative expression counts from, if any.
 * @param period - The last quarter or half the article named, if any.
 * @returns The interval with its precision, or `null` when the words name no real day
 *   (`February 30`), an empty period, or a relative date with nothing to count from.
 */
export function resolveExpression(
  value: DateValue,
  published: IsoDay,
  tense: Tense,
  anchor: Interval | null = null,
  period: Interval | null = null,
): Interval | null {
  const pub = fromIsoDay(published);
  if (!pub) return null;
  return resolveAt(value, { pub, published, y: pub.getFullYear(), tense, anchor, period, resolve: resolveAt });
}
