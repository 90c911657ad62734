import { groupByMonth } from './group-by-month.ts';
import type { ResolvedDate } from '../pipeline/model/index.ts';

/** One page of the timeline. */
export interface TimelinePage {
  /** Site path: `/`, `/years/2024/`, `/years/2024/10/`, `/years/2024/10/page-2/`. */
  path: string;
  /** What the page holds: `2024`, `October 2024`, `October 2024, part 2 of 3`; empty for `/`. */
  heading: string;
  /** The year it belongs to, or null for the one page of a small timeline. */
  year: string | null;
  /** For the page of a year split by month: that year's months, each with its page. */
  months: TimelineMonth[];
  /** Ids of its events, in timeline order. */
  events: string[];
}

/** A month in the navigator and the overview strip. */
export interface TimelineMonth {
  /** `2024-10`. */
  key: string;
  /** Events dated within the month (not those known only to a longer period). */
  count: number;
  /** Where its heading is: `/years/2024/#m2024-10` or `/years/2024/10/`. */
  href: string;
}

/** A year in the navigator. */
export interface TimelineYear {
  year: string;
  /** All events of the year, including those known only to a season or the year. */
  count: number;
  href: string;
  months: TimelineMonth[];
}

/** How the timeline is laid out over pages. */
export interface TimelinePagination {
  /** Whether the timeline is split over several pages (then `/` is an overview). */
  split: boolean;
  /** The most events one page lists. */
  perPage: number;
  /** The pages in timeline order. */
  pages: TimelinePage[];
  /** The years, for the navigator. */
  years: TimelineYear[];
  /** Event id to the page that lists it. */
  pageOf: Record<string, string>;
}

/**
 * Lay the timeline out over pages so that no page lists more than `limit`
 * events. A timeline that fits stays on one page (`/`). A larger one gets a
 * page per year (`/years/2024/`); a year that does not fit gets a page per
 * month (`/years/2024/10/`), its year page listing the months and the events
 * known only to a longer period ("Sometime in autumn 2024"), which belong to no
 * one month; a month that does not fit runs over numbered parts
 * (`/years/2024/10/page-2/`). Paths of years and months depend only on the
 * dates, so links to them survive new articles.
 *
 * @param items - Events with `id`, `start`, `end` and `label`, in timeline order.
 * @param limit - The most events one page may list (at least 1).
 * @returns The pages, the navigator's years and months, and the page of each event.
 */
export function paginateTimeline(
  items: ReadonlyArray<Pick<ResolvedDate, 'start' | 'end' | 'label'> & { id: string }>,
  limit: number,
): TimelinePagination {
  const most = Math.max(1, Math.floor(limit));
  const years = groupByMonth(items);
  const split = items.length > most;
  const pages: TimelinePage[] = [];
  const navigator: TimelineYear[] = [];
  const ids = (groups: ReadonlyArray<{ items: ReadonlyArray<{ id: string }> }>) =>
    groups.flatMap((g) => g.items.map((item) => item.id));
  /** Push the events as one page, or as numbered parts of at most `most` each. */
  const addPages = (
    path: string,
    heading: string,
    year: string | null,
    events: string[],
    months: TimelineMonth[] = [],
  ) => {
    const parts = Math.max(1, Math.ceil(events.length / most));
    for (let part = 0; part < parts; part++) {
      pages.push({
        path: part ? `${path}page-${part + 1}/` : path,
        heading: parts > 1 ? `${heading}, part ${part + 1} of ${parts}` : heading,
        year,
        months: part ? [] : months,
        events: events.slice(part * most, (part + 1) * most),
      });
    }
  };

  for (const { year, groups } of years) {
    const count = groups.reduce((sum, g) => sum + g.items.length, 0);
    const yearPath = split ? `/years/${year}/` : '/';
    const monthGroups = groups.filter((g) => /^\d{4}-\d{2}$/.test(g.key));
    const splitYear = split && count > most;
    const months = monthGroups.map((g) => ({
      key: g.key,
      count: g.items.length,
      href: splitYear ? `${yearPath}${g.key.slice(5)}/` : `${yearPath}#m${g.key}`,
    }));
    navigator.push({ year, count, href: split ? yearPath : `/#y${year}`, months });
    if (!split) continue;
    if (!splitYear) {
      addPages(yearPath, year, year, ids(groups));
      continue;
    }
    addPages(yearPath, year, year, ids(groups.filter((g) => !monthGroups.includes(g))), months);
    for (const g of monthGroups) addPages(`${yearPath}${g.key.slice(5)}/`, g.heading, year, ids([g]));
  }
  if (!split) pages.push({ path: '/', heading: '', year: null, months: [], events: items.map((item) => item.id) });

  const pageOf: Record<string, string> = {};
  for (const page of pages) for (const id of page.events) pageOf[id] = page.path;
  return { split, perPage: most, pages, years: navigator, pageOf };
}
