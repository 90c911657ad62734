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
import { fromIsoDay } from '../days.ts';
import {
  NEAR_DAYS,
  WEEK,
  byTense,
  calendarDay,
  dated,
  distance,
  fromRange,
  interval,
  shiftMonths,
  single,
} from './resolve-context.ts';
import type { Range, Resolver } from './resolve-context.ts';

/**
 * A calendar day ("October 26", "Monday, Oct. 26", "the week of March 6").
 * Without a year: the year in which a written weekday agrees, when one near
 * publication does; else the tense's, unless a day a year away in the
 * tense's direction has its twin within two weeks the other way.
 */
export const resolveDate: Resolver<'date'> = (value, at) => {
  const { pub, y, tense } = at;
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
    return fromRange(range, 'day');
  }
  const range = dated(at, value, pick);
  if (range && value.weekOf) return interval(startOfWeek(range.from, WEEK), endOfWeek(range.from, WEEK), 'week');
  return fromRange(range, 'day');
};

/** A run of days of one month or across two ("10–12 March", "30 Nov.–2 Dec."). */
export const resolveDays: Resolver<'days'> = (value, at) => {
  const range = dated(at, value, (year) => {
    const from = calendarDay(year, value.month, value.from);
    const to = calendarDay(value.toMonth < value.month ? year + 1 : year, value.toMonth, value.to);
    return from && to ? { from, to } : null;
  });
  return fromRange(range, 'days');
};

/** A day counted from publication ("yesterday", "the day before yesterday"). */
export const resolveRelativeDay: Resolver<'relative-day'> = (value, { pub }) => {
  const day = addDays(pub, value.offset);
  return interval(day, day, 'day');
};

/** A weekend, Saturday and Sunday: "last weekend", or by tense "at the weekend". */
export const resolveWeekend: Resolver<'weekend'> = (value, { pub, tense }) => {
  const saturday = (weekOffset: number) => addDays(startOfWeek(addWeeks(pub, weekOffset), WEEK), 5);
  let start: Date;
  if (value.offset !== undefined) start = saturday(value.offset);
  else if (tense === 'past') start = saturday(0) <= pub ? saturday(0) : saturday(-1);
  else start = saturday(0);
  return interval(start, addDays(start, 1), 'days');
};

/**
 * A weekday: "last Friday", "next Friday", "this Friday", or by tense "on Friday" (publication's own day
 * included); "the previous Friday", "the following Monday" from the day set before, and nothing without one.
 */
export const resolveWeekday: Resolver<'weekday'> = (value, { pub, tense, anchor }) => {
  if (value.from) {
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
};

/** "three days ago", "two weeks ago", "a month ago", "a year ago": the day, or the whole week, month or year. */
export const resolveAgo: Resolver<'ago'> = (value, { pub }) => {
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
};

/**
 * A date counted from another ("two days later", "the following month", "a
 * year earlier") or from the date its own words name ("two days after
 * Christmas"): days and weeks only from a known day; months and years from
 * any anchor, else from publication where the words allow it.
 */
export const resolveShift: Resolver<'shift'> = (value, at) => {
  const { published } = at;
  // "the day before last Tuesday": count from the date the words name, resolved in the same tense
  const anchor = value.from ? at.resolve(value.from, at) : at.anchor;
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
};
