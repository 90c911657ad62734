import { format } from 'date-fns/format';
import { fromIsoDay } from '../pipeline/days.ts';
import { noun } from './wording.ts';

/** One month of the strip: its bar, the year under it when a year starts, and its link when it has events. */
export interface MonthBar {
  x: number;
  y: number;
  height: number;
  /** `bar`, or `bar empty` for a month without events. */
  className: string;
  /** The month's initial under its bar (`J`, `F`…). */
  month: { x: number; y: number; text: string };
  year: { x: number; y: number; text: string } | null;
  link: { href: string; label: string; title: string } | null;
}

/** The overview strip of months (the `MonthStrip` component). */
export interface MonthStripView {
  viewBox: string;
  /** The SVG's title: the months it spans. */
  title: string;
  bars: MonthBar[];
}

const WIDTH = 24;
const HEIGHT = 48;
const label = (key: string) => format(fromIsoDay(`${key}-01`)!, 'MMM yyyy');

/**
 * An overview strip: one bar per month from the first event to the last, as
 * tall as the number of events dated within it (events known only to a
 * season or a year are left out rather than pinned to a month), each linking
 * to its month; nothing for fewer than two months.
 *
 * @param months - Months with their event counts and where their headings are, in order.
 * @returns The strip, or `null`.
 */
export function monthStrip(months: ReadonlyArray<{ key: string; count: number; href: string }>): MonthStripView | null {
  const byKey = new Map(months.filter((m) => m.count > 0).map((m) => [m.key, m]));
  const keys = [...byKey.keys()].sort();
  const all: string[] = [];
  if (keys.length) {
    let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
    const last = keys.at(-1)!;
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      all.push(key);
      if (key >= last || all.length > 600) break;
      if (m === 12) {
        m = 1;
        y++;
      } else m++;
    }
  }
  if (all.length <= 1) return null;
  const max = Math.max(1, ...[...byKey.values()].map((m) => m.count));
  return {
    viewBox: `0 0 ${all.length * WIDTH + 24} ${HEIGHT + 30}`,
    title: `Events per month, ${label(all[0]!)} to ${label(all.at(-1)!)}`,
    bars: all.map((key, i) => {
      const month = byKey.get(key);
      const count = month?.count ?? 0;
      const bar = Math.max(count ? 4 : 1, Math.round((count / max) * HEIGHT));
      return {
        x: i * WIDTH + 3,
        y: HEIGHT - bar,
        height: bar,
        className: count ? 'bar' : 'bar empty',
        month: { x: i * WIDTH + 12, y: HEIGHT + 13, text: format(fromIsoDay(`${key}-01`)!, 'MMMMM') },
        year: i === 0 || key.endsWith('-01') ? { x: i * WIDTH + 3, y: HEIGHT + 27, text: key.slice(0, 4) } : null,
        link: month
          ? {
              href: month.href,
              label: `${label(key)}: ${count} ${noun(count, 'event')}`,
              title: `${label(key)}: ${count}`,
            }
          : null,
      };
    }),
  };
}
