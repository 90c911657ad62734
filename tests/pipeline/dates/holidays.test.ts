import { describe, expect, it } from 'vitest';
import { holidayDays } from '../../../src/pipeline/dates/holidays.ts';
import { toIsoDay } from '../../../src/pipeline/days.ts';
import type { Holiday } from '../../../src/pipeline/model/types.ts';

const days = (holiday: Holiday, year: number) => {
  const { from, to } = holidayDays(holiday, year);
  return `${toIsoDay(from)}/${toIsoDay(to)}`;
};

describe('holidayDays', () => {
  it('computes movable holidays for each year', () => {
    expect(days('easter', 2024)).toBe('2024-03-31/2024-03-31');
    expect(days('easter', 2025)).toBe('2025-04-20/2025-04-20');
    expect(days('good-friday', 2025)).toBe('2025-04-18/2025-04-18');
    expect(days('thanksgiving', 2025)).toBe('2025-11-27/2025-11-27');
    expect(days('election-day', 2024)).toBe('2024-11-05/2024-11-05');
    expect(days('memorial-day', 2025)).toBe('2025-05-26/2025-05-26');
    expect(days('labor-day', 2025)).toBe('2025-09-01/2025-09-01');
  });

  it('gives fixed holidays their day', () => {
    expect(days('christmas-eve', 2024)).toBe('2024-12-24/2024-12-24');
    expect(days('independence-day', 2025)).toBe('2025-07-04/2025-07-04');
  });

  describe('edge cases', () => {
    it('puts Election Day after a first Monday that is the 1st, and Easter week Monday to Easter Sunday', () => {
      expect(days('election-day', 2027)).toBe('2027-11-02/2027-11-02'); // November 1, 2027 is a Monday
      expect(days('election-day', 2026)).toBe('2026-11-03/2026-11-03'); // November 1, 2026 is a Sunday
      expect(days('easter-week', 2000)).toBe('2000-04-17/2000-04-23');
      expect(days('easter', 2038)).toBe('2038-04-25/2038-04-25'); // the latest possible Easter
    });

    it('counts the days around Easter and Thanksgiving from them', () => {
      expect(days('ash-wednesday', 2025)).toBe('2025-03-05/2025-03-05');
      expect(days('shrove-tuesday', 2024)).toBe('2024-02-13/2024-02-13');
      expect(days('palm-sunday', 2025)).toBe('2025-04-13/2025-04-13');
      expect(days('maundy-thursday', 2025)).toBe('2025-04-17/2025-04-17');
      expect(days('pentecost', 2025)).toBe('2025-06-08/2025-06-08');
      expect(days('black-friday', 2025)).toBe('2025-11-28/2025-11-28');
      expect(days('cyber-monday', 2024)).toBe('2024-12-02/2024-12-02'); // Thanksgiving on Nov. 28: into December
    });
  });
});
