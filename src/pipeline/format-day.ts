import { format } from 'date-fns/format';
import { fromIsoDay } from './from-iso-day.ts';
import type { IsoDay } from './types.ts';

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
