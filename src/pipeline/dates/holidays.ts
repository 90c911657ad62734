import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import type { Holiday } from '../model/index.ts';

/** Fixed holidays: month and day. */
const FIXED: Partial<Record<Holiday, [number, number]>> = {
  'new-year': [1, 1],
  'new-years-eve': [12, 31],
  christmas: [12, 25],
  'christmas-eve': [12, 24],
  'boxing-day': [12, 26],
  'valentines-day': [2, 14],
  halloween: [10, 31],
  'independence-day': [7, 4],
  'veterans-day': [11, 11],
};

/** Holidays on the nth weekday of a month (US federal and customary days): month, weekday (0 = Sunday), n (-1 = last). */
const NTH_WEEKDAY: Partial<Record<Holiday, [number, number, number]>> = {
  thanksgiving: [11, 4, 4],
  'memorial-day': [5, 1, -1],
  'labor-day': [9, 1, 1],
};

/** Days counted from Easter Sunday. */
const EASTER_OFFSETS: Partial<Record<Holiday, number>> = {
  'shrove-tuesday': -47,
  'ash-wednesday': -46,
  'palm-sunday': -7,
  'maundy-thursday': -3,
  pentecost: 49,
};

/**
 * The days a holiday falls on in a given year, computed: fixed days
 * (Christmas, New Year's Day), US days on the nth weekday of a month
 * (Thanksgiving is the fourth Thursday of November, Memorial Day the last
 * Monday of May, Labor Day the first Monday of September), Election Day (the
 * Tuesday after the first Monday of November), Black Friday and Cyber Monday
 * (the Friday and Monday after Thanksgiving), and Easter by the Gregorian
 * computus, with the days counted from it (Shrove Tuesday, Ash Wednesday, Palm
 * Sunday, Maundy Thursday, Good Friday, Easter Monday, Pentecost) and Easter
 * week (the Monday to Sunday that ends on Easter Sunday).
 *
 * @param holiday - Which holiday.
 * @param year - The year.
 * @returns First and last day (the same for a one-day holiday).
 */
export function holidayDays(holiday: Holiday, year: number): { from: Date; to: Date } {
  const fixed = FIXED[holiday];
  if (fixed) return one(new UTCDate(year, fixed[0] - 1, fixed[1]));
  const nth = NTH_WEEKDAY[holiday];
  if (nth) return one(nthWeekday(year, nth[0], nth[1], nth[2]));
  if (holiday === 'election-day') return one(addDays(nthWeekday(year, 11, 1, 1), 1));
  if (holiday === 'black-friday') return one(addDays(nthWeekday(year, 11, 4, 4), 1));
  if (holiday === 'cyber-monday') return one(addDays(nthWeekday(year, 11, 4, 4), 4));
  const easter = easterSunday(year);
  const fromEaster = EASTER_OFFSETS[holiday];
  if (fromEaster !== undefined) return one(addDays(easter, fromEaster));
  if (holiday === 'good-friday') return one(addDays(easter, -2));
  if (holiday === 'easter-monday') return one(addDays(easter, 1));
  if (holiday === 'easter-week') return { from: addDays(easter, -6), to: easter };
  return one(easter);
}

function one(day: Date): { from: Date; to: Date } {
  return { from: day, to: day };
}

/** The `n`th (or, for -1, the last) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n < 0) {
    const last = new UTCDate(year, month, 0);
    return addDays(last, -((last.getDay() - weekday + 7) % 7));
  }
  const first = new UTCDate(year, month - 1, 1);
  return addDays(first, ((weekday - first.getDay() + 7) % 7) + (n - 1) * 7);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new UTCDate(year, month - 1, day);
}
