import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/site/group-by-month.ts';
import type { ResolvedDate } from '../../src/pipeline/model/index.ts';

const item = (start: string, end: string, label: string) => ({ start, end, label });
const shape = (items: Array<Pick<ResolvedDate, 'start' | 'end' | 'label'>>) =>
  groupByMonth(items).map((y) => [
    y.year,
    y.groups.map((g) => `${g.heading}: ${g.items.map((i) => i.label).join(', ')}`),
  ]);

describe('groupByMonth', () => {
  it('groups entries by year and month', () => {
    expect(
      shape([
        item('2024-10-21', '2024-10-21', '21 Oct 2024'),
        item('2024-10-30', '2024-10-30', '30 Oct 2024'),
        item('2024-12-01', '2024-12-09', '1–9 Dec 2024'),
        item('2025-01-24', '2025-01-24', '24 Jan 2025'),
      ]),
    ).toEqual([
      ['2024', ['October 2024: 21 Oct 2024, 30 Oct 2024', 'December 2024: 1–9 Dec 2024']],
      ['2025', ['January 2025: 24 Jan 2025']],
    ]);
  });

  describe('edge cases', () => {
    it('gives entries dated only to a longer period a heading of their own', () => {
      expect(
        shape([
          item('2024-01-01', '2024-12-31', '2024'),
          item('2024-01-05', '2024-01-05', '5 Jan 2024'),
          item('2024-09-01', '2024-11-30', 'autumn 2024'),
          item('2024-09-02', '2024-09-02', '2 Sep 2024'),
        ]),
      ).toEqual([
        [
          '2024',
          [
            'Sometime in 2024: 2024',
            'January 2024: 5 Jan 2024',
            'Sometime in autumn 2024: autumn 2024',
            'September 2024: 2 Sep 2024',
          ],
        ],
      ]);
    });

    it('keeps one heading for a month interleaved with longer periods that start in it', () => {
      expect(
        shape(
          [
            item('2025-01-01', '2025-01-10', 'early Jan 2025'),
            item('2025-01-01', '2025-03-31', 'Q1 2025'),
            item('2025-01-20', '2025-01-20', '20 Jan 2025'),
            item('2025-02-01', '2025-04-30', 'Feb–Apr 2025'),
            item('2025-02-03', '2025-02-03', '3 Feb 2025'),
            item('2025-02-01', '2025-04-30', 'Feb–Apr 2025'),
          ].sort((a, b) => a.start.localeCompare(b.start)),
        ),
      ).toEqual([
        [
          '2025',
          [
            'January 2025: early Jan 2025, 20 Jan 2025',
            'Sometime in Q1 2025: Q1 2025',
            'Sometime in Feb–Apr 2025: Feb–Apr 2025, Feb–Apr 2025',
            'February 2025: 3 Feb 2025',
          ],
        ],
      ]);
    });

    it('returns no years for no entries', () => {
      expect(groupByMonth([])).toEqual([]);
    });
  });
});
