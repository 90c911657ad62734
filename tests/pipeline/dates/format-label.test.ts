import { describe, expect, it } from 'vitest';
import { formatLabel } from '../../../src/pipeline/dates/format-label.ts';

describe('formatLabel', () => {
  it('labels each precision honestly', () => {
    expect(formatLabel({ start: '2024-12-04', end: '2024-12-04', precision: 'day' })).toBe('4 Dec 2024');
    expect(formatLabel({ start: '2024-12-01', end: '2024-12-09', precision: 'days' })).toBe('1–9 Dec 2024');
    expect(formatLabel({ start: '2024-10-01', end: '2024-10-10', precision: 'month-part' })).toBe('early Oct 2024');
    expect(formatLabel({ start: '2024-10-11', end: '2024-10-20', precision: 'month-part' })).toBe('mid Oct 2024');
    expect(formatLabel({ start: '2024-10-21', end: '2024-10-31', precision: 'month-part' })).toBe('late Oct 2024');
    expect(formatLabel({ start: '2024-10-01', end: '2024-10-31', precision: 'month' })).toBe('Oct 2024');
    expect(formatLabel({ start: '2024-09-01', end: '2024-11-30', precision: 'season' })).toBe('autumn 2024');
    expect(formatLabel({ start: '2024-10-01', end: '2024-12-31', precision: 'quarter' })).toBe('Q4 2024');
    expect(formatLabel({ start: '2025-01-01', end: '2025-06-30', precision: 'half' })).toBe('H1 2025');
    expect(formatLabel({ start: '2024-01-01', end: '2024-12-31', precision: 'year' })).toBe('2024');
    expect(formatLabel({ start: '2024-12-02', end: '2024-12-08', precision: 'week' })).toBe('week of 2 Dec 2024');
  });

  describe('edge cases', () => {
    it('labels spans across months and years in full', () => {
      expect(formatLabel({ start: '2024-11-28', end: '2024-12-03', precision: 'days' })).toBe('28 Nov – 3 Dec 2024');
      expect(formatLabel({ start: '2024-12-30', end: '2025-01-02', precision: 'days' })).toBe(
        '30 Dec 2024 – 2 Jan 2025',
      );
      expect(formatLabel({ start: '2024-12-01', end: '2025-02-28', precision: 'season' })).toBe('winter 2024–25');
      expect(formatLabel({ start: '1950-01-01', end: '1953-12-31', precision: 'year' })).toBe('1950–1953');
      expect(formatLabel({ start: '1970-01-01', end: '1979-12-31', precision: 'year' })).toBe('1970s');
      expect(formatLabel({ start: '1900-01-01', end: '1999-12-31', precision: 'year' })).toBe('20th century');
      expect(formatLabel({ start: '2000-01-01', end: '2099-12-31', precision: 'year' })).toBe('21st century');
    });
  });
});
