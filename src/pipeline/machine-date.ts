import type { Interval } from './types.ts';

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
