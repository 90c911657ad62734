import type { IsoDay } from './types.ts';

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
