import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { endOfYear } from 'date-fns/endOfYear';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { UTCDate } from '@date-fns/utc';
import { holidayDays } from './holidays.ts';
import { fromIsoDay } from '../days.ts';
import { toIsoDay } from '../days.ts';
import type { DateValue, Interval, IsoDay, Part, Precision, Season, Tense } from '../model/index.ts';

const WEEK = { weekStartsOn: 1 } as const;
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const MONTH_PART: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
const YEAR_PART: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
/** A quarter or half named in the future tense is still the one being reported this long after it ends. */
const REPORTING_LAG_DAYS = 45;
/** A day named without a year this close to publication the other way is that day, not one a year off. */
const NEAR_DAYS = 14;

type Range = { from: Date; to: Date };

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
  const y = pub.getFullYear();
  /** The year named by `year` or `yearOffset`, or the one the tense picks for `pick`. */
  const dated = <T extends Range>(
    v: { year?: number; yearOffset?: number },
    pick: (year: number) => T | null,
  ): T | null =>
    v.year !== undefined
      ? pick(v.year)
      : v.yearOffset !== undefined
        ? pick(y + v.yearOffset)
        : byTense(pick, y, pub, tense);

  switch (value.kind) {
    case 'date': {
      const pick = (year: number) => single(calendarDay(year, value.month, value.day));
      if (value.year === undefined && value.yearOffset === undefined) {
        // "Monday, Oct. 26": the year in which that day is a Monday, when one near publication is
        const matching =
          value.weekday === undefined
            ? []
            : [y, y - 1, y + 1].map(pick).filter((r): r is Range => r !== null && r.from.getDay() === value.weekday);
        if (matching.length > 0) {
          const near = matching.sort((a, b) => distance(a, pub) - distance(b, pub))[0]!;
          return interval(near.from, near.to, 'day');
        }
        if (value.weekOf) {
          const day = byTense(pick, y, pub, tense);
          if (!day) return null;
          const monday = startOfWeek(day.from, WEEK);
          return interval(monday, endOfWeek(monday, WEEK), 'week');
        }
        // A day a year away in the tense's direction, when the same day lies within two weeks the other
        // way, is that near one: "must be returned by Jan. 14" written on Jan. 15.
        const range = byTense(pick, y, pub, tense);
        const other = byTense(pick, y, pub, tense === 'past' ? 'future' : 'past');
        if (range && other && distance(range, pub) > 300 && distance(other, pub) <= NEAR_DAYS)
          return interval(other.from, other.to, 'day');
        return range && interval(range.from, range.to, 'day');
      }
      const range = dated(value, pick);
      if (range && value.weekOf) return interval(startOfWeek(range.from, WEEK), endOfWeek(range.from, WEEK), 'week');
      return range && interval(range.from, range.to, 'day');
    }
    case 'days': {
      const range = dated(value, (year) => {
        const from = calendarDay(year, value.month, value.from);
        const to = calendarDay(value.toMonth < value.month ? year + 1 : year, value.toMonth, value.to);
        return from && to ? { from, to } : null;
      });
      return range && interval(range.from, range.to, 'days');
    }
    case 'month': {
      if (value.offset !== undefined) {
        // "last April": the latest April before last month; "next April" the first after this month; "this April" this year's.
        const current = pub.getMonth() + 1;
        const year =
          value.offset === 0
            ? y
            : value.offset === -1
              ? // the month just before is "last month": "last February" said in March is a year back
                value.month < current - 1
                ? y
                : y - 1
              : value.month > current
                ? y
                : y + 1;
        const range = monthRange(year, value.month);
        return interval(range.from, range.to, 'month');
      }
      const range = dated(value, (year) => monthRange(year, value.month));
      return range && interval(range.from, range.to, 'month');
    }
    case 'months': {
      const pick = (year: number) => {
        const toYear = value.toYear ?? (value.to >= value.from ? year : year + 1);
        return { from: new UTCDate(year, value.from - 1, 1), to: endOfMonth(new UTCDate(toYear, value.to - 1, 1)) };
      };
      const range = dated(value, pick);
      return range && interval(range.from, range.to, 'months');
    }
    case 'month-part': {
      const [a, b] = MONTH_PART[value.part];
      const range = dated(value, (year) => {
        const first = new UTCDate(year, value.month - 1, 1);
        return { from: addDays(first, a - 1), to: b === 31 ? endOfMonth(first) : addDays(first, b - 1) };
      });
      return range && interval(range.from, range.to, 'month-part');
    }
    case 'week-of-month': {
      const range = dated(value, (year) => {
        const first = new UTCDate(year, value.month - 1, 1);
        const last = endOfMonth(first);
        return value.week < 0
          ? { from: subDays(last, 6), to: last }
          : { from: addDays(first, (value.week - 1) * 7), to: addDays(first, value.week * 7 - 1) };
      });
      return range && interval(range.from, range.to, 'days');
    }
    case 'rest-of-month': {
      const month = value.month ?? pub.getMonth() + 1;
      if (month === pub.getMonth() + 1) {
        return value.which === 'earlier'
          ? interval(startOfMonth(pub), subDays(pub, 1), 'days')
          : interval(addDays(pub, 1), endOfMonth(pub), 'days');
      }
      // "earlier in October" said in December: the whole of that month, the latest (or next) one.
      const range = byTense((year) => monthRange(year, month), y, pub, value.which === 'earlier' ? 'past' : 'future');
      return range && interval(range.from, range.to, 'month');
    }
    case 'rest-of': {
      const [start, end] =
        value.unit === 'week' ? [startOfWeek(pub, WEEK), endOfWeek(pub, WEEK)] : [startOfYear(pub), endOfYear(pub)];
      return value.which === 'earlier'
        ? interval(start, subDays(pub, 1), 'days')
        : interval(addDays(pub, 1), end, 'days');
    }
    case 'relative-day': {
      const day = addDays(pub, value.offset);
      return interval(day, day, 'day');
    }
    case 'relative-unit': {
      if (value.unit === 'week') {
        const start = startOfWeek(addWeeks(pub, value.offset), WEEK);
        return interval(start, endOfWeek(start, WEEK), 'week');
      }
      if (value.unit === 'month') {
        const start = startOfMonth(addMonths(pub, value.offset));
        return interval(start, endOfMonth(start), 'month');
      }
      const start = startOfYear(addYears(pub, value.offset));
      return interval(start, endOfYear(start), 'year');
    }
    case 'weekend': {
      const saturday = (weekOffset: number) => addDays(startOfWeek(addWeeks(pub, weekOffset), WEEK), 5);
      let start: Date;
      if (value.offset !== undefined) start = saturday(value.offset);
      else if (tense === 'past') start = saturday(0) <= pub ? saturday(0) : saturday(-1);
      else start = saturday(0);
      return interval(start, addDays(start, 1), 'days');
    }
    case 'season': {
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
          (tense === 'past'
            ? [...instances].reverse().find((r) => r.to < pub && r.from.getFullYear() === y)
            : undefined) ??
          instances.find((r) => r.from > pub);
      else
        chosen =
          tense === 'past' ? [...instances].reverse().find((r) => r.from <= pub) : instances.find((r) => r.to >= pub);
      return chosen ? fromRange(chosen, 'season') : null;
    }
    case 'weekday': {
      if (value.from) {
        // "the previous Friday": the one before the day set earlier; nothing without such a day
        if (!anchor || anchor.start !== anchor.end) return null;
        const base = fromIsoDay(anchor.start)!;
        const delta =
          value.from === -1
            ? -((base.getDay() - value.weekday + 7) % 7 || 7)
            : (value.weekday - base.getDay() + 7) % 7 || 7;
        const day = addDays(base, delta);
        return interval(day, day, 'day');
      }
      const today = pub.getDay();
      let delta: number;
      if (value.offset === -1) delta = -((today - value.weekday + 7) % 7 || 7);
      else if (value.offset === 1) delta = (value.weekday - today + 7) % 7 || 7;
      else if (value.offset === 0 || tense === 'future') delta = (value.weekday - today + 7) % 7;
      else delta = -((today - value.weekday + 7) % 7);
      const day = addDays(pub, delta);
      return interval(day, day, 'day');
    }
    case 'year':
      return interval(new UTCDate(value.year, 0, 1), new UTCDate(value.year, 11, 31), 'year');
    case 'years':
      return interval(new UTCDate(value.from, 0, 1), new UTCDate(value.to, 11, 31), 'year');
    case 'year-part': {
      const [a, b] = YEAR_PART[value.part];
      const range = dated(value, (year) => ({
        from: new UTCDate(year, a - 1, 1),
        to: endOfMonth(new UTCDate(year, b - 1, 1)),
      }));
      return range && interval(range.from, range.to, 'year-part');
    }
    case 'ago': {
      const n = value.amount;
      if (value.unit === 'day') {
        const day = subDays(pub, n);
        return interval(day, day, 'day');
      }
      if (value.unit === 'week') {
        const start = startOfWeek(addWeeks(pub, -n), WEEK);
        return interval(start, endOfWeek(start, WEEK), 'week');
      }
      if (value.unit === 'month') {
        const start = startOfMonth(addMonths(pub, -n));
        return interval(start, endOfMonth(start), 'month');
      }
      const start = startOfYear(addYears(pub, -n));
      return interval(start, endOfYear(start), 'year');
    }
    case 'shift': {
      // "the day before last Tuesday": count from the date the words name, resolved in the same tense
      if (value.from) anchor = resolveExpression(value.from, published, tense, anchor, period);
      if (value.from && !anchor) return null;
      if (value.unit === 'month' || value.unit === 'year') {
        // "a year earlier", "the following month", "later that year": from any anchor, else from publication.
        // "the following month" needs a date to follow; "a year earlier" alone compares with publication
        if (!anchor && value.period && !value.fromNow) return null;
        const base = anchor ?? { start: published, end: published, precision: 'day' as const };
        const months = value.amount * value.direction * (value.unit === 'year' ? 12 : 1);
        const from = addMonths(fromIsoDay(base.start)!, months);
        if (value.period || base.precision === 'day' || base.precision === 'days' || base.precision === 'week') {
          // the whole month or year: a day counted a year on is not known to the day
          return value.unit === 'year'
            ? interval(startOfYear(from), endOfYear(from), 'year')
            : interval(startOfMonth(from), endOfMonth(from), 'month');
        }
        return shiftMonths(base, months);
      }
      if (!anchor || anchor.start !== anchor.end) return null; // counts only from a known day
      const base = fromIsoDay(anchor.start)!;
      const days = value.amount * (value.unit === 'week' ? 7 : 1) * value.direction;
      const day = addDays(base, days);
      if (value.period) {
        const start = startOfWeek(day, WEEK);
        return interval(start, endOfWeek(start, WEEK), 'week');
      }
      return interval(day, day, 'day');
    }
    case 'quarter':
    case 'half': {
      const months = value.kind === 'quarter' ? 3 : 6;
      const index = value.kind === 'quarter' ? value.quarter : value.half;
      const pick = (year: number) => {
        const from = new UTCDate(year, (index - 1) * months, 1);
        return { from, to: endOfMonth(addMonths(from, months - 1)) };
      };
      const range =
        value.year !== undefined || value.yearOffset !== undefined || tense === 'past'
          ? dated(value, pick)
          : byTense(pick, y, subDays(pub, REPORTING_LAG_DAYS), 'future');
      return range && interval(range.from, range.to, value.kind);
    }
    case 'relative-quarter': {
      const start = addMonths(new UTCDate(y, Math.floor(pub.getMonth() / 3) * 3, 1), value.offset * 3);
      return interval(start, endOfMonth(addMonths(start, 2)), 'quarter');
    }
    case 'relative-part': {
      if (value.unit === 'week') {
        // "early this week": the week (its days are too few to split honestly)
        const monday = startOfWeek(addWeeks(pub, value.offset), WEEK);
        return interval(monday, endOfWeek(monday, WEEK), 'week');
      }
      const first = startOfMonth(addMonths(pub, value.offset));
      const [a, b] = MONTH_PART[value.part];
      return interval(addDays(first, a - 1), b === 31 ? endOfMonth(first) : addDays(first, b - 1), 'month-part');
    }
    case 'holiday': {
      const pick = (year: number) => holidayDays(value.holiday, year);
      let range: Range | null;
      if (value.year !== undefined) range = pick(value.year);
      else if (value.offset === -1) range = [y, y - 1, y - 2].map(pick).find((r) => r.to < pub) ?? null;
      else if (value.offset === 1) range = [y, y + 1, y + 2].map(pick).find((r) => r.from > pub) ?? null;
      else if (value.offset === 0) range = pick(y);
      else range = byTense(pick, y, pub, tense);
      return range && interval(range.from, range.to, range.from.getTime() === range.to.getTime() ? 'day' : 'week');
    }
    case 'period': {
      // The quarter or half under discussion, or the same one a year before; alone, what the words fall back to.
      // "the latest quarter" is one that has ended: the one under discussion if it has, else the latest.
      let base: Interval | null = period && (value.fallback !== 'quarter' || period.end < published) ? period : null;
      if (base && value.year !== undefined) base = shiftYears(base, value.year - Number(base.start.slice(0, 4)));
      if (!base) {
        if (value.fallback === 'none') return null;
        if (value.fallback === 'year') {
          const year = value.year ?? y - value.back;
          return interval(new UTCDate(year, 0, 1), new UTCDate(year, 11, 31), 'year');
        }
        base = resolveExpression({ kind: 'quarter', quarter: Math.floor(pub.getMonth() / 3) + 1 }, published, 'past');
        // the latest quarter that has ended
        if (base && fromIsoDay(base.end)! >= pub) base = shiftMonths(base, -3);
        if (!base) return null;
      }
      return value.back ? shiftYears(base, -1) : base;
    }
  }
}

/** An interval moved by whole years, keeping its shape (a quarter stays that quarter). */
function shiftYears(base: Interval, years: number): Interval {
  return shiftMonths(base, years * 12);
}

/** An interval moved by whole months; one made of whole months stays whole months. */
function shiftMonths(base: Interval, months: number): Interval {
  const from = addMonths(fromIsoDay(base.start)!, months);
  const end = fromIsoDay(base.end)!;
  const wholeMonths = base.start.endsWith('-01') && toIsoDay(endOfMonth(end)) === base.end;
  const to = wholeMonths ? endOfMonth(addMonths(startOfMonth(end), months)) : addMonths(end, months);
  return { start: toIsoDay(from), end: toIsoDay(to), precision: base.precision };
}

/**
 * Choose the year of a period named without one: for a past-tense sentence
 * the latest candidate starting on or before the anchor, for a future one the
 * first candidate ending on or after it.
 */
function byTense<T extends Range>(
  pick: (year: number) => T | null,
  year: number,
  anchor: Date,
  tense: Tense,
): T | null {
  const candidates = tense === 'past' ? [year, year - 1] : [year, year + 1];
  for (const candidate of candidates) {
    const value = pick(candidate);
    if (value && (tense === 'past' ? value.from <= anchor : value.to >= anchor)) return value;
  }
  return null;
}

/** Days between a range and a day (0 when the day is inside it). */
function distance(range: Range, day: Date): number {
  const ms = range.from > day ? range.from.getTime() - day.getTime() : Math.max(0, day.getTime() - range.to.getTime());
  return ms / 86_400_000;
}

/** A real calendar day, or `null` (`February 30`). */
function calendarDay(year: number, month: number, day: number): UTCDate | null {
  const date = new UTCDate(year, month - 1, day);
  return date.getMonth() === month - 1 ? date : null;
}

function monthRange(year: number, month: number): Range {
  const from = new UTCDate(year, month - 1, 1);
  return { from, to: endOfMonth(from) };
}

function single(date: Date | null): Range | null {
  return date ? { from: date, to: date } : null;
}

function fromRange(range: Range, precision: Precision): Interval | null {
  return interval(range.from, range.to, precision);
}

/** The interval from `start` to `end`, or `null` when it is empty ("earlier this month" on the 1st). */
function interval(start: Date, end: Date, precision: Precision): Interval | null {
  const from = toIsoDay(start);
  const to = toIsoDay(end);
  if (from > to) return null;
  // A one-day run ("earlier this month" on the 2nd) is a day.
  return { start: from, end: to, precision: precision === 'days' && from === to ? 'day' : precision };
}
