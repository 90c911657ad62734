import { format } from 'date-fns/format';
import { fromIsoDay } from '../pipeline/days.ts';
import type { ResolvedDate } from '../pipeline/model/index.ts';

/** A heading of the timeline and the entries under it. */
export interface TimelineGroup<T> {
  /** Anchor-safe key: `2024-12` for a month, `2024-09-01_2024-11-30` for a longer period. */
  key: string;
  /** `December 2024`, or `Sometime in autumn 2024` for entries dated only to a longer period. */
  heading: string;
  items: T[];
}

/** A year of the timeline with its groups. */
export interface TimelineYear<T> {
  year: string;
  groups: Array<TimelineGroup<T>>;
}

/**
 * Group timeline entries, already in timeline order, under year and month
 * headings. An entry dated within one month goes under that month; an entry
 * known only to a longer period (a season, a quarter, a year) gets a heading
 * of its own, "Sometime in autumn 2024", placed where that period starts, so
 * that no entry looks more precise than it is.
 *
 * @param items - Entries with `start`, `end` and `label`, in timeline order.
 * @returns Years in order, each with its groups in order.
 */
export function groupByMonth<T extends Pick<ResolvedDate, 'start' | 'end' | 'label'>>(
  items: readonly T[],
): Array<TimelineYear<T>> {
  const years: Array<TimelineYear<T>> = [];
  let byKey = new Map<string, TimelineGroup<T>>();
  for (const item of items) {
    const year = item.start.slice(0, 4);
    const withinMonth = item.start.slice(0, 7) === item.end.slice(0, 7);
    const key = withinMonth ? item.start.slice(0, 7) : `${item.start}_${item.end}`;
    let current = years.at(-1);
    if (current?.year !== year) {
      years.push((current = { year, groups: [] }));
      byKey = new Map();
    }
    let group = byKey.get(key);
    if (!group) {
      const heading = withinMonth ? format(fromIsoDay(item.start)!, 'MMMM yyyy') : `Sometime in ${item.label}`;
      current.groups.push((group = { key, heading, items: [] }));
      byKey.set(key, group);
    }
    group.items.push(item);
  }
  return years;
}
