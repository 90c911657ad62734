import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { startOfMonth } from 'date-fns/startOfMonth';
import { UTCDate } from '@date-fns/utc';
import { fromIsoDay } from '../days.ts';
import { toIsoDay } from '../days.ts';
import type { DateValue, Interval, IsoDay, Part, Precision, Season, Tense } from '../model/index.ts';

/** Weeks run Monday to Sunday. */
export const WEEK = { weekStartsOn: 1 } as const;
/** The first month of each meteorological season. */
export const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** Early, mid and late months: days 1–10, 11–20 and 21–end. */
export const MONTH_PART: Record<Part, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };
/** Early, mid and late years: January–April, May–August, September–December. */
export const YEAR_PART: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
/** A quarter or half named in the future tense is still the one being reported this long after it ends. */
export const REPORTING_LAG_DAYS = 45;
/** A day named without a year this close to publication the other way is that day, not one a year off. */
export const NEAR_DAYS = 14;

/** A run of days as dates at UTC midnight, both ends included. */
export type Range = { from: Date; to: Date };

/** What every resolver reads an expression against. */
export interface At {
  /** The publication day as a date, and as written. */
  pub: UTCDate;
  published: IsoDay;
  /** The publication year. */
  y: number;
  tense: Tense;
  /** The date a relative expression counts from, if any. */
  anchor: Interval | null;
  /** The last quarter or half the article named, if any. */
  period: Interval | null;
  /** Resolve another expression (one the words count from) against the same article. */
  resolve: (value: DateValue, at: At) => Interval | null;
}

/** Resolve one kind of expression. */
export type Resolver<K extends DateValue['kind']> = (value: Extract<DateValue, { kind: K }>, at: At) => Interval | null;

/** The year named by `year` or `yearOffset`, or the one the tense picks for `pick`. */
export function dated<T extends Range>(
  at: At,
  v: { year?: number; yearOffset?: number },
  pick: (year: number) => T | null,
): T | null {
  if (v.year !== undefined) return pick(v.year);
  if (v.yearOffset !== undefined) return pick(at.y + v.yearOffset);
  return byTense(pick, at.y, at.pub, at.tense);
}

/** An interval moved by whole years, keeping its shape (a quarter stays that quarter). */
export function shiftYears(base: Interval, years: number): Interval {
  return shiftMonths(base, years * 12);
}

/** An interval moved by whole months; one made of whole months stays whole months. */
export function shiftMonths(base: Interval, months: number): Interval {
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
export function byTense<T extends Range>(
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
export function distance(range: Range, day: Date): number {
  const ms = range.from > day ? range.from.getTime() - day.getTime() : Math.max(0, day.getTime() - range.to.getTime());
  return ms / 86_400_000;
}

/** A real calendar day, or `null` (`February 30`). */
export function calendarDay(year: number, month: number, day: number): UTCDate | null {
  const date = new UTCDate(year, month - 1, day);
  return date.getMonth() === month - 1 ? date : null;
}

/** The whole of one month of one year. */
export function monthRange(year: number, month: number): Range {
  const from = new UTCDate(year, month - 1, 1);
  return { from, to: endOfMonth(from) };
}

/** A range of one day, or `null` for no day. */
export function single(date: Date | null): Range | null {
  return date ? { from: date, to: date } : null;
}

/** A range as an interval of the given precision (see `interval`). */
export function fromRange(range: Range | null, precision: Precision): Interval | null {
  return range && interval(range.from, range.to, precision);
}

/** The interval from `start` to `end`, or `null` when it is empty ("earlier this month" on the 1st). */
export function interval(start: Date, end: Date, precision: Precision): Interval | null {
  const from = toIsoDay(start);
  const to = toIsoDay(end);
  if (from > to) return null;
  // A one-day run ("earlier this month" on the 2nd) is a day.
  return { start: from, end: to, precision: precision === 'days' && from === to ? 'day' : precision };
}
