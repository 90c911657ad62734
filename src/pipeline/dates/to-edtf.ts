import type { Interval } from '../model/index.ts';

const SEASON_CODE: Record<string, number> = { '03': 21, '06': 22, '09': 23, '12': 24 };

/**
 * Write an interval in the Extended Date/Time Format (EDTF, ISO 8601-2), the
 * standard for dates known only to some precision: `2024-12-04`, `2024-10`,
 * `2024`, `2024-23` (autumn 2024; 21–24 are spring to winter, winter starting
 * in December of that year), `2024-36` (Q4), `2025-40` (first half), and
 * `start/end` intervals for runs of days, weeks, months and years.
 *
 * @param interval - Start, end and precision.
 * @returns The EDTF string.
 */
export function toEdtf(interval: Interval): string {
  const { start, end } = interval;
  switch (interval.precision) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'months':
    case 'year-part':
      return `${start.slice(0, 7)}/${end.slice(0, 7)}`;
    case 'season':
      return `${start.slice(0, 4)}-${SEASON_CODE[start.slice(5, 7)] ?? 21}`;
    case 'quarter':
      return `${start.slice(0, 4)}-${33 + Math.floor((Number(start.slice(5, 7)) - 1) / 3)}`;
    case 'half':
      return `${start.slice(0, 4)}-${start.slice(5, 7) === '01' ? 40 : 41}`;
    case 'year':
      return start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}/${end.slice(0, 4)}`;
    default:
      return `${start}/${end}`;
  }
}
