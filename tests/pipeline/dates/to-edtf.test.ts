import { describe, expect, it } from 'vitest';
import { toEdtf } from '../../../src/pipeline/dates/to-edtf.ts';

describe('toEdtf', () => {
  it('writes each precision in EDTF', () => {
    expect(toEdtf({ start: '2024-12-04', end: '2024-12-04', precision: 'day' })).toBe('2024-12-04');
    expect(toEdtf({ start: '2024-12-01', end: '2024-12-09', precision: 'days' })).toBe('2024-12-01/2024-12-09');
    expect(toEdtf({ start: '2024-10-01', end: '2024-10-10', precision: 'month-part' })).toBe('2024-10-01/2024-10-10');
    expect(toEdtf({ start: '2024-10-01', end: '2024-10-31', precision: 'month' })).toBe('2024-10');
    expect(toEdtf({ start: '2024-06-01', end: '2024-08-31', precision: 'months' })).toBe('2024-06/2024-08');
    expect(toEdtf({ start: '2024-09-01', end: '2024-11-30', precision: 'season' })).toBe('2024-23');
    expect(toEdtf({ start: '2024-10-01', end: '2024-12-31', precision: 'quarter' })).toBe('2024-36');
    expect(toEdtf({ start: '2025-07-01', end: '2025-12-31', precision: 'half' })).toBe('2025-41');
    expect(toEdtf({ start: '2023-09-01', end: '2023-12-31', precision: 'year-part' })).toBe('2023-09/2023-12');
    expect(toEdtf({ start: '2024-01-01', end: '2024-12-31', precision: 'year' })).toBe('2024');
  });

  describe('edge cases', () => {
    it('gives winter the year it starts in, and runs of years as an interval', () => {
      expect(toEdtf({ start: '2024-12-01', end: '2025-02-28', precision: 'season' })).toBe('2024-24');
      expect(toEdtf({ start: '1950-01-01', end: '1953-12-31', precision: 'year' })).toBe('1950/1953');
    });
  });
});
