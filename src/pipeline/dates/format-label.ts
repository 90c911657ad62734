import { format } from 'date-fns/format';
import { fromIsoDay } from '../days.ts';
import type { Interval } from '../model/index.ts';

const SEASON_NAMES: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };
const PARTS: Record<number, string> = { 1: 'early', 11: 'mid', 21: 'late' };
const YEAR_PARTS: Record<number, string> = { 1: 'early', 5: 'mid', 9: 'late' };

/**
 * Write the human label of an interval, as precise as the interval and no
 * more: `4 Dec 2024`, `1–9 Dec 2024`, `week of 2 Dec 2024`, `early Oct 2024`,
 * `Oct 2024`, `Jun–Aug 2024`, `autumn 2024`, `winter 2024–25`, `Q4 2024`, `H1 2025`,
 * `late 2023`, `2024`,
 * `1950–1953`, `1990s` (a whole decade), `20th century` (a whole century). Formatted with date-fns in UTC, never in the machine's zone.
 *
 * @param interval - Start, end and precision.
 * @returns The label.
 */
export function formatLabel(interval: Interval): string {
  const start = fromIsoDay(interval.start);
  const end = fromIsoDay(interval.end);
  if (!start || !end) return `${interval.start} – ${interval.end}`;
  const fmt = (d: Date, pattern: string) => format(d, pattern);
  switch (interval.precision) {
    case 'day':
      return fmt(start, 'd MMM yyyy');
    case 'days':
      if (start.getFullYear() !== end.getFullYear()) return `${fmt(start, 'd MMM yyyy')} – ${fmt(end, 'd MMM yyyy')}`;
      if (start.getMonth() !== end.getMonth()) return `${fmt(start, 'd MMM')} – ${fmt(end, 'd MMM yyyy')}`;
      return `${fmt(start, 'd')}–${fmt(end, 'd MMM yyyy')}`;
    case 'week':
      return `week of ${fmt(start, 'd MMM yyyy')}`;
    case 'month-part':
      return `${PARTS[start.getDate()] ?? 'part of'} ${fmt(start, 'MMM yyyy')}`;
    case 'month':
      return fmt(start, 'MMM yyyy');
    case 'months':
      return start.getFullYear() === end.getFullYear()
        ? `${fmt(start, 'MMM')}–${fmt(end, 'MMM yyyy')}`
        : `${fmt(start, 'MMM yyyy')} – ${fmt(end, 'MMM yyyy')}`;
    case 'year-part':
      return `${YEAR_PARTS[start.getMonth() + 1] ?? 'part of'} ${fmt(start, 'yyyy')}`;
    case 'season': {
      const name = SEASON_NAMES[start.getMonth() + 1] ?? 'season';
      return name === 'winter' ? `winter ${fmt(start, 'yyyy')}–${fmt(end, 'yy')}` : `${name} ${fmt(start, 'yyyy')}`;
    }
    case 'quarter':
      return `Q${Math.floor(start.getMonth() / 3) + 1} ${fmt(start, 'yyyy')}`;
    case 'half':
      return `H${start.getMonth() < 6 ? 1 : 2} ${fmt(start, 'yyyy')}`;
    case 'year': {
      const from = start.getFullYear();
      const to = end.getFullYear();
      if (from === to) return fmt(start, 'yyyy');
      if (from % 100 === 0 && to === from + 99) return `${ordinal(from / 100 + 1)} century`;
      if (from % 10 === 0 && to === from + 9) return `${from}s`;
      return `${fmt(start, 'yyyy')}–${fmt(end, 'yyyy')}`;
    }
  }
}

/** `1st`, `2nd`, `3rd`, `11th`, `21st`. */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
