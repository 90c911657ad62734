import { describe, expect, it } from 'vitest';
import { paginateTimeline } from '../../src/site/paginate-timeline.ts';

let next = 0;
const day = (date: string) => ({ id: `e${next++}`, start: date, end: date, label: date });
const period = (start: string, end: string, label: string) => ({ id: `e${next++}`, start, end, label });
const layout = (items: ReturnType<typeof day>[], limit: number) =>
  paginateTimeline(items, limit).pages.map((page) => `${page.path} ${page.heading}: ${page.events.length}`);

describe('paginateTimeline', () => {
  it('keeps a timeline that fits on one page', () => {
    const items = [day('2024-10-21'), day('2024-12-04'), day('2025-01-24')];
    const result = paginateTimeline(items, 3);
    expect(result.split).toBe(false);
    expect(result.perPage).toBe(3);
    expect(result.pages).toEqual([{ path: '/', heading: '', year: null, months: [], events: items.map((i) => i.id) }]);
    expect(result.years.map((y) => [y.href, y.months.map((m) => m.href)])).toEqual([
      ['/#y2024', ['/#m2024-10', '/#m2024-12']],
      ['/#y2025', ['/#m2025-01']],
    ]);
  });

  it('gives each year a page once the timeline is too long for one', () => {
    const items = [day('2024-10-21'), day('2024-12-04'), day('2025-01-24'), day('2025-02-01')];
    expect(layout(items, 3)).toEqual(['/years/2024/ 2024: 2', '/years/2025/ 2025: 2']);
    expect(paginateTimeline(items, 3).years.map((y) => y.months.map((m) => m.href))).toEqual([
      ['/years/2024/#m2024-10', '/years/2024/#m2024-12'],
      ['/years/2025/#m2025-01', '/years/2025/#m2025-02'],
    ]);
  });

  it('gives each month of a long year a page, and keeps longer periods on the year page', () => {
    const items = [
      period('2024-01-01', '2024-12-31', '2024'),
      day('2024-01-05'),
      period('2024-09-01', '2024-11-30', 'autumn 2024'),
      day('2024-09-02'),
      day('2024-09-03'),
      day('2025-01-24'),
    ];
    const result = paginateTimeline(items, 2);
    expect(layout(items, 2)).toEqual([
      '/years/2024/ 2024: 2',
      '/years/2024/01/ January 2024: 1',
      '/years/2024/09/ September 2024: 2',
      '/years/2025/ 2025: 1',
    ]);
    expect(result.pages[0]!.months).toEqual([
      { key: '2024-01', count: 1, href: '/years/2024/01/' },
      { key: '2024-09', count: 2, href: '/years/2024/09/' },
    ]);
    expect(result.years.map((y) => [y.year, y.count, y.href])).toEqual([
      ['2024', 5, '/years/2024/'],
      ['2025', 1, '/years/2025/'],
    ]);
  });

  it('puts every event on exactly one page, in timeline order', () => {
    const items = Array.from({ length: 250 }, (_, i) => day(`2024-${String((i % 12) + 1).padStart(2, '0')}-01`)).sort(
      (a, b) => a.start.localeCompare(b.start),
    );
    const result = paginateTimeline(items, 10);
    expect(result.pages.flatMap((page) => page.events)).toEqual(items.map((i) => i.id));
    expect(Math.max(...result.pages.map((page) => page.events.length))).toBeLessThanOrEqual(10);
    for (const page of result.pages) for (const id of page.events) expect(result.pageOf[id]).toBe(page.path);
  });

  describe('edge cases', () => {
    it('runs a month too long for one page over numbered parts', () => {
      const items = Array.from({ length: 5 }, () => day('2024-10-01'));
      expect(layout([day('2023-01-01'), ...items], 2)).toEqual([
        '/years/2023/ 2023: 1',
        '/years/2024/ 2024: 0',
        '/years/2024/10/ October 2024, part 1 of 3: 2',
        '/years/2024/10/page-2/ October 2024, part 2 of 3: 2',
        '/years/2024/10/page-3/ October 2024, part 3 of 3: 1',
      ]);
    });

    it('lays out an empty timeline as one empty page', () => {
      expect(layout([], 100)).toEqual(['/ : 0']);
    });

    it('treats a limit below one as one', () => {
      expect(layout([day('2024-10-01'), day('2024-11-01')], 0)).toEqual([
        '/years/2024/ 2024: 0',
        '/years/2024/10/ October 2024: 1',
        '/years/2024/11/ November 2024: 1',
      ]);
    });
  });
});
