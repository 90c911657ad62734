import type { Interval } from './model/index.ts';
import type { IsoDay } from './model/index.ts';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';

/**
 * Turn an ISO calendar day (`YYYY-MM-DD`) into a date at UTC midnight.
 * Dates are calendar days, never instants: working in UTC keeps every result
 * independent of the machine's time zone.
 *
 * @param day - An ISO day such as `2024-12-10`.
 * @returns A `UTCDate` for that day, or `null` when `day` is not a real calendar day.
 */
export function fromIsoDay(day: IsoDay): UTCDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new UTCDate(year, month - 1, date);
  if (value.getFullYear() !== year || value.getMonth() !== month - 1 || value.getDate() !== date) return null;
  return value;
}

/**
 * Format a date as an ISO calendar day (`YYYY-MM-DD`) using its UTC fields,
 * so that the result never depends on the machine's time zone.
 *
 * @param date - A date, normally a `UTCDate` at midnight.
 * @returns The ISO day.
 */
export function toIsoDay(date: Date): IsoDay {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Write a day in full for reading, `4 December 2024`, in UTC (never the
 * machine's zone). Not a real day gives the ISO text back unchanged.
 *
 * @param day - An ISO day.
 * @returns The day in words.
 */
export function formatDay(day: IsoDay): string {
  const date = fromIsoDay(day);
  return date ? format(date, 'd MMMM yyyy') : day;
}

/**
 * The most specific valid HTML `datetime` value that is true of the whole
 * interval: the day for a single day, `YYYY-MM` when it lies within one month,
 * `YYYY` within one year, and otherwise the start year (an interval across a
 * year end, such as winter, has no single HTML date string).
 *
 * @param interval - Start and end days.
 * @returns A value for the `datetime` attribute of `<time>`.
 */
export function machineDate(interval: Pick<Interval, 'start' | 'end'>): string {
  if (interval.start === interval.end) return interval.start;
  if (interval.start.slice(0, 7) === interval.end.slice(0, 7)) return interval.start.slice(0, 7);
  return interval.start.slice(0, 4);
}
