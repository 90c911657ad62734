import {
  addDays, addMonths, addWeeks, addYears, endOfMonth, endOfWeek, endOfYear, startOfMonth, startOfWeek,
  startOfYear, subDays,
} from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { fromIsoDay } from './from-iso-day.ts';
import { toIsoDay } from './to-iso-day.ts';
import type { DateValue, Interval, IsoDay, Precision, Season, Tense } from './types.ts';

const WEEK = { weekStartsOn: 1 } as const;
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/**
 * Resolve the meaning of a temporal expression into an inclusive interval of
 * days, against the publication date of its article. Missing years and bare
 * weekdays follow the tense: a past-tense report means the latest one on or
 * before publication, a future one the first on or after. Conventions: early,
 * mid and late months are days 1–10, 11–20 and 21–end; seasons are
 * meteorological (winter spans the year end); weeks run Monday to Sunday;
 * "earlier this month" runs from the 1st to the day before publication.
 *
 * @param value - What the words say, from `findExpressions`.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @param tense - Tense of the sentence, from `detectTense`.
 * @returns The interval with its precision, or `null` when the words name no real day (`February 30`).
 */
export function resolveExpression(value: DateValue, published: IsoDay, tense: Tense): Interval | null {
  const anchor = fromIsoDay(published);
  if (!anchor) return null;
  const y = anchor.getFullYear();
  switch (value.kind) {
    case 'date': {
      const pick = (year: number) => calendarDay(year, value.month, value.day);
      if (value.year !== undefined) return single(pick(value.year), 'day');
      return single(byTense(pick, y, anchor, tense, (d) => d, (d) => d), 'day');
    }
    case 'days': {
      const pick = (year: number) => {
        const from = calendarDay(year, value.month, value.from);
        const to = calendarDay(year, value.month, value.to);
        return from && to ? { from, to } : null;
      };
      const range = value.year !== undefined ? pick(value.year) : byTense(pick, y, anchor, tense, (r) => r.from, (r) => r.to);
      return range ? interval(range.from, range.to, 'days') : null;
    }
    case 'month': {
      const pick = (year: number) => new UTCDate(year, value.month - 1, 1);
      const start = value.year !== undefined ? pick(value.year) : byTense(pick, y, anchor, tense, (d) => d, endOfMonth);
      return start ? interval(start, endOfMonth(start), 'month') : null;
    }
    case 'month-part': {
      const pick = (year: number) => monthPart(year, value.month, value.part);
      const range = value.year !== undefined ? pick(value.year) : byTense(pick, y, anchor, tense, (r) => r.from, (r) => r.to);
      return range ? interval(range.from, range.to, 'month-part') : null;
    }
    case 'rest-of-month': {
      const month = value.month ?? anchor.getMonth() + 1;
      if (month === anchor.getMonth() + 1) {
        return value.which === 'earlier'
          ? interval(startOfMonth(anchor), subDays(anchor, 1), 'days')
          : interval(addDays(anchor, 1), endOfMonth(anchor), 'days');
      }
      // "earlier in October" said in December: the whole of that month, latest (or next) one.
      const pick = (year: number) => new UTCDate(year, month - 1, 1);
      const start = byTense(pick, y, anchor, value.which === 'earlier' ? 'past' : 'future', (d) => d, endOfMonth);
      return start ? interval(start, endOfMonth(start), 'month') : null;
    }
    case 'rest-of': {
      const [start, end] = value.unit === 'week'
        ? [startOfWeek(anchor, WEEK), endOfWeek(anchor, WEEK)]
        : [startOfYear(anchor), endOfYear(anchor)];
      return value.which === 'earlier'
        ? interval(start, subDays(anchor, 1), 'days')
        : interval(addDays(anchor, 1), end, 'days');
    }
    case 'relative-day':
      return single(addDays(anchor, value.offset), 'day');
    case 'relative-unit': {
      if (value.unit === 'week') {
        const start = startOfWeek(addWeeks(anchor, value.offset), WEEK);
        return interval(start, endOfWeek(start, WEEK), 'week');
      }
      if (value.unit === 'month') {
        const start = startOfMonth(addMonths(anchor, value.offset));
        return interval(start, endOfMonth(start), 'month');
      }
      const start = startOfYear(addYears(anchor, value.offset));
      return interval(start, endOfYear(start), 'year');
    }
    case 'season': {
      const range = (year: number) => seasonRange(year, value.season);
      if (value.year !== undefined) return intervalOf(range(value.year), 'season');
      // Every instance of the season, oldest first, around the publication year.
      const instances = [y - 2, y - 1, y, y + 1].map(range);
      const current = instances.find((r) => r.from <= anchor && anchor <= r.to);
      let chosen;
      if (value.offset === -1) chosen = [...instances].reverse().find((r) => r.to < anchor && r !== current);
      else if (value.offset === 1) chosen = instances.find((r) => r.from > anchor);
      else if (value.offset === 0) chosen = current ?? instances.find((r) => r.from > anchor && r.from.getFullYear() === y);
      else chosen = tense === 'past' ? [...instances].reverse().find((r) => r.from <= anchor) : instances.find((r) => r.to >= anchor);
      return chosen ? intervalOf(chosen, 'season') : null;
    }
    case 'weekday': {
      const today = anchor.getDay();
      let delta: number;
      if (value.offset === -1) delta = -(((today - value.weekday + 7) % 7) || 7);
      else if (value.offset === 1) delta = ((value.weekday - today + 7) % 7) || 7;
      else if (value.offset === 0 || tense === 'future') delta = (value.weekday - today + 7) % 7;
      else delta = -((today - value.weekday + 7) % 7);
      return single(addDays(anchor, delta), 'day');
    }
    case 'year':
      return interval(new UTCDate(value.year, 0, 1), new UTCDate(value.year, 11, 31), 'year');
    case 'years':
      return interval(new UTCDate(value.from, 0, 1), new UTCDate(value.to, 11, 31), 'year');
    case 'ago': {
      const n = value.amount;
      if (value.unit === 'day') return single(subDays(anchor, n), 'day');
      if (value.unit === 'week') {
        const start = startOfWeek(addWeeks(anchor, -n), WEEK);
        return interval(start, endOfWeek(start, WEEK), 'week');
      }
      if (value.unit === 'month') {
        const start = startOfMonth(addMonths(anchor, -n));
        return interval(start, endOfMonth(start), 'month');
      }
      const start = startOfYear(addYears(anchor, -n));
      return interval(start, endOfYear(start), 'year');
    }
    case 'quarter': {
      const start = new UTCDate(value.year, (value.quarter - 1) * 3, 1);
      return interval(start, endOfMonth(addMonths(start, 2)), 'quarter');
    }
    case 'half': {
      const start = new UTCDate(value.year, (value.half - 1) * 6, 1);
      return interval(start, endOfMonth(addMonths(start, 5)), 'half');
    }
  }
}

/**
 * Choose the year for a date named without one: for a past-tense sentence the
 * latest candidate starting on or before the anchor, for a future one the
 * first candidate ending on or after it.
 */
function byTense<T>(
  pick: (year: number) => T | null,
  year: number,
  anchor: Date,
  tense: Tense,
  startOf: (value: T) => Date,
  endOf: (value: T) => Date,
): T | null {
  if (tense === 'past') {
    for (const candidate of [year, year - 1]) {
      const value = pick(candidate);
      if (value && startOf(value) <= anchor) return value;
    }
    return null;
  }
  for (const candidate of [year, year + 1]) {
    const value = pick(candidate);
    if (value && endOf(value) >= anchor) return value;
  }
  return null;
}

/** A real calendar day, or `null` (`February 30`). */
function calendarDay(year: number, month: number, day: number): UTCDate | null {
  const date = new UTCDate(year, month - 1, day);
  return date.getMonth() === month - 1 ? date : null;
}

function monthPart(year: number, month: number, part: 'early' | 'mid' | 'late'): { from: UTCDate; to: UTCDate } {
  const first = new UTCDate(year, month - 1, 1);
  if (part === 'early') return { from: first, to: new UTCDate(year, month - 1, 10) };
  if (part === 'mid') return { from: new UTCDate(year, month - 1, 11), to: new UTCDate(year, month - 1, 20) };
  return { from: new UTCDate(year, month - 1, 21), to: endOfMonth(first) };
}

function seasonRange(year: number, season: Season): { from: UTCDate; to: UTCDate } {
  const from = new UTCDate(year, SEASON_START[season] - 1, 1);
  return { from, to: endOfMonth(addMonths(from, 2)) };
}

function single(date: Date | null, precision: Precision): Interval | null {
  return date ? interval(date, date, precision) : null;
}

function intervalOf(range: { from: Date; to: Date }, precision: Precision): Interval | null {
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
