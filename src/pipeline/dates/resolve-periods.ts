import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { subDays } from 'date-fns/subDays';
import { UTCDate } from '@date-fns/utc';
import { fromIsoDay } from '../days.ts';
import type { Interval } from '../model/index.ts';
import { holidayDays } from './holidays.ts';
import {
  REPORTING_LAG_DAYS,
  SEASON_START,
  YEAR_PART,
  byTense,
  dated,
  fromRange,
  interval,
  shiftMonths,
  shiftYears,
} from './resolve-context.ts';
import type { Range, Resolver } from './resolve-context.ts';

/**
 * A meteorological season ("last autumn", "this summer", "in winter 2024"):
 * "this summer" is the one under way, else this year's by tense; a bare
 * season follows the tense.
 */
export const resolveSeason: Resolver<'season'> = (value, { pub, y, tense }) => {
  const range = (year: number) => {
    const from = new UTCDate(year, SEASON_START[value.season] - 1, 1);
    return { from, to: endOfMonth(addMonths(from, 2)) };
  };
  if (value.year !== undefined) return fromRange(range(value.year), 'season');
  const instances = [y - 2, y - 1, y, y + 1].map(range); // oldest first
  const current = instances.find((r) => r.from <= pub && pub <= r.to);
  let chosen;
  if (value.offset === -1) chosen = [...instances].reverse().find((r) => r.to < pub);
  else if (value.offset === 1) chosen = instances.find((r) => r.from > pub);
  else if (value.offset === 0)
    // "this summer": the one under way, else this year's by tense (the one past in a past-tense report).
    chosen =
      current ??
      (tense === 'past' ? [...instances].reverse().find((r) => r.to < pub && r.from.getFullYear() === y) : undefined) ??
      instances.find((r) => r.from > pub);
  else
    chosen =
      tense === 'past' ? [...instances].reverse().find((r) => r.from <= pub) : instances.find((r) => r.to >= pub);
  return chosen ? fromRange(chosen, 'season') : null;
};

/** A year ("in 2024"). */
export const resolveYear: Resolver<'year'> = (value) =>
  interval(new UTCDate(value.year, 0, 1), new UTCDate(value.year, 11, 31), 'year');

/** A run of whole years ("2023–24", "from 2020 to 2022"). */
export const resolveYears: Resolver<'years'> = (value) =>
  interval(new UTCDate(value.from, 0, 1), new UTCDate(value.to, 11, 31), 'year');

/** "early 2024", "mid-year", "late last year": January–April, May–August, September–December. */
export const resolveYearPart: Resolver<'year-part'> = (value, at) => {
  const [a, b] = YEAR_PART[value.part];
  const range = dated(at, value, (year) => ({
    from: new UTCDate(year, a - 1, 1),
    to: endOfMonth(new UTCDate(year, b - 1, 1)),
  }));
  return fromRange(range, 'year-part');
};

/**
 * A quarter or half ("the third quarter", "the first half of 2024"). Without
 * a year: in a past-tense report the latest one begun by publication; in a
 * future one the first that ended at most 45 days before publication.
 */
export const resolveQuarterOrHalf: Resolver<'quarter' | 'half'> = (value, at) => {
  const months = value.kind === 'quarter' ? 3 : 6;
  const index = value.kind === 'quarter' ? value.quarter : value.half;
  const pick = (year: number) => {
    const from = new UTCDate(year, (index - 1) * months, 1);
    return { from, to: endOfMonth(addMonths(from, months - 1)) };
  };
  const range =
    value.year !== undefined || value.yearOffset !== undefined || at.tense === 'past'
      ? dated(at, value, pick)
      : byTense(pick, at.y, subDays(at.pub, REPORTING_LAG_DAYS), 'future');
  return fromRange(range, value.kind);
};

/** "this quarter", "last quarter", "next quarter": counted from the publication's quarter. */
export const resolveRelativeQuarter: Resolver<'relative-quarter'> = (value, { pub, y }) => {
  const start = addMonths(new UTCDate(y, Math.floor(pub.getMonth() / 3) * 3, 1), value.offset * 3);
  return interval(start, endOfMonth(addMonths(start, 2)), 'quarter');
};

/** A holiday computed for its year ("Thanksgiving", "last Easter"): its day, or its week when it spans days. */
export const resolveHoliday: Resolver<'holiday'> = (value, { pub, y, tense }) => {
  const pick = (year: number) => holidayDays(value.holiday, year);
  let range: Range | null;
  if (value.year !== undefined) range = pick(value.year);
  else if (value.offset === -1) range = [y, y - 1, y - 2].map(pick).find((r) => r.to < pub) ?? null;
  else if (value.offset === 1) range = [y, y + 1, y + 2].map(pick).find((r) => r.from > pub) ?? null;
  else if (value.offset === 0) range = pick(y);
  else range = byTense(pick, y, pub, tense);
  return range && interval(range.from, range.to, range.from.getTime() === range.to.getTime() ? 'day' : 'week');
};

/**
 * The period an earnings report is about ("the quarter", "the year-ago
 * quarter"): the last quarter or half the article named, or that period a
 * year before; alone, what the words fall back to (the latest quarter that
 * has ended, or the year before publication).
 */
export const resolvePeriod: Resolver<'period'> = (value, at) => {
  const { pub, y, published, period } = at;
  // "the latest quarter" is one that has ended: the one under discussion if it has, else the latest.
  let base: Interval | null = period && (value.fallback !== 'quarter' || period.end < published) ? period : null;
  if (base && value.year !== undefined) base = shiftYears(base, value.year - Number(base.start.slice(0, 4)));
  if (!base) {
    if (value.fallback === 'none') return null;
    if (value.fallback === 'year') {
      const year = value.year ?? y - value.back;
      return interval(new UTCDate(year, 0, 1), new UTCDate(year, 11, 31), 'year');
    }
    const quarter = { kind: 'quarter' as const, quarter: Math.floor(pub.getMonth() / 3) + 1 };
    base = at.resolve(quarter, { ...at, tense: 'past', anchor: null, period: null });
    // the latest quarter that has ended
    if (base && fromIsoDay(base.end)! >= pub) base = shiftMonths(base, -3);
    if (!base) return null;
  }
  return value.back ? shiftYears(base, -1) : base;
};
