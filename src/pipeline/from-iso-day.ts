import { UTCDate } from '@date-fns/utc';
import type { IsoDay } from './types.ts';

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
