import { describe, expect, it } from 'vitest';
import { findExpressions } from '../../../src/pipeline/dates/find-expressions.ts';
import { resolveExpression } from '../../../src/pipeline/dates/resolve-expression.ts';
import type { Tense } from '../../../src/pipeline/model/types.ts';

/** Resolve the first expression of `text` against `published`. */
function resolve(text: string, published: string, tense: Tense = 'past') {
  const [mention] = findExpressions(text);
  if (!mention) throw new Error(`no expression in: ${text}`);
  const interval = resolveExpression(mention.value, published, tense);
  return interval && `${interval.start}/${interval.end} ${interval.precision}`;
}

describe('resolveExpression', () => {
  it('resolves absolute dates', () => {
    expect(resolve('on December 2, 2024', '2025-01-10')).toBe('2024-12-02/2024-12-02 day');
    expect(resolve('in June 2024', '2024-12-10')).toBe('2024-06-01/2024-06-30 month');
    expect(resolve('in 2024', '2025-01-10')).toBe('2024-01-01/2024-12-31 year');
    expect(resolve('Q4 2024', '2025-01-10')).toBe('2024-10-01/2024-12-31 quarter');
    expect(resolve('the first half of 2025', '2025-01-10')).toBe('2025-01-01/2025-06-30 half');
  });

  it('gives a missing year from the tense: past means on or before publication', () => {
    expect(resolve('On December 2', '2024-12-10')).toBe('2024-12-02/2024-12-02 day');
    expect(resolve('in October', '2025-01-24')).toBe('2024-10-01/2024-10-31 month');
    expect(resolve('in early October', '2024-12-10')).toBe('2024-10-01/2024-10-10 month-part');
    expect(resolve('in late February', '2024-12-10')).toBe('2024-02-21/2024-02-29 month-part');
  });

  it('gives a missing year from the tense: future means on or after publication', () => {
    expect(resolve('in February', '2024-12-10', 'future')).toBe('2025-02-01/2025-02-28 month');
    expect(resolve('on December 20', '2024-12-10', 'future')).toBe('2024-12-20/2024-12-20 day');
  });

  it('resolves relative expressions against the publication date', () => {
    expect(resolve('yesterday', '2024-10-31')).toBe('2024-10-30/2024-10-30 day');
    expect(resolve('earlier in December', '2024-12-10')).toBe('2024-12-01/2024-12-09 days');
    expect(resolve('Earlier this month', '2025-01-24')).toBe('2025-01-01/2025-01-23 days');
    expect(resolve('later this month', '2025-01-24')).toBe('2025-01-25/2025-01-31 days');
    expect(resolve('last year', '2025-01-24')).toBe('2024-01-01/2024-12-31 year');
    expect(resolve('last week', '2024-12-10')).toBe('2024-12-02/2024-12-08 week');
    expect(resolve('three days ago', '2024-12-10')).toBe('2024-12-07/2024-12-07 day');
  });

  it('resolves seasons meteorologically', () => {
    expect(resolve('last autumn', '2025-01-24')).toBe('2024-09-01/2024-11-30 season');
    expect(resolve('this summer', '2024-07-15')).toBe('2024-06-01/2024-08-31 season');
    expect(resolve('winter 2024', '2025-01-24')).toBe('2024-12-01/2025-02-28 season');
  });

  describe('edge cases', () => {
    it('resolves a past-tense weekday on the publication day to that day', () => {
      // 2025-01-24 is a Friday.
      expect(resolve('on Friday', '2025-01-24')).toBe('2025-01-24/2025-01-24 day');
      expect(resolve('on Thursday', '2025-01-24')).toBe('2025-01-23/2025-01-23 day');
      expect(resolve('on Saturday', '2025-01-24')).toBe('2025-01-18/2025-01-18 day');
    });

    it('resolves a future weekday to the first on or after publication', () => {
      expect(resolve('on Friday', '2025-01-24', 'future')).toBe('2025-01-24/2025-01-24 day');
      expect(resolve('on Monday', '2025-01-24', 'future')).toBe('2025-01-27/2025-01-27 day');
      expect(resolve('next Friday', '2025-01-24')).toBe('2025-01-31/2025-01-31 day');
      expect(resolve('last Friday', '2025-01-24')).toBe('2025-01-17/2025-01-17 day');
    });

    it('crosses year ends', () => {
      expect(resolve('yesterday', '2025-01-01')).toBe('2024-12-31/2024-12-31 day');
      expect(resolve('On December 30', '2025-01-02')).toBe('2024-12-30/2024-12-30 day');
      expect(resolve('in January', '2024-12-20', 'future')).toBe('2025-01-01/2025-01-31 month');
      expect(resolve('last winter', '2025-01-24')).toBe('2023-12-01/2024-02-29 season');
      expect(resolve('last month', '2025-01-05')).toBe('2024-12-01/2024-12-31 month');
      expect(resolve('last week', '2025-01-01')).toBe('2024-12-23/2024-12-29 week');
    });

    it('gives no interval for impossible days or an empty rest of month', () => {
      expect(resolve('on February 30, 2024', '2024-12-10')).toBeNull();
      expect(resolve('earlier this month', '2024-12-01')).toBeNull();
    });

    it('resolves a leap day only in leap years', () => {
      expect(resolve('on February 29', '2025-03-10')).toBe('2024-02-29/2024-02-29 day');
    });
  });
});

describe('resolveExpression: quarters, report periods and holidays', () => {
  it('reads a quarter without a year as the latest begun, or in the future tense the one still being reported', () => {
    expect(resolve('a third-quarter loss', '2025-10-20')).toBe('2025-07-01/2025-09-30 quarter');
    expect(resolve('a third-quarter loss', '2025-10-20', 'future')).toBe('2025-07-01/2025-09-30 quarter');
    expect(resolve('the first quarter', '2025-11-20', 'future')).toBe('2026-01-01/2026-03-31 quarter');
  });

  it('reads a report period from the quarter under discussion, or the latest that has ended', () => {
    const [mention] = findExpressions('the year-ago quarter');
    const q3 = { start: '2025-07-01', end: '2025-09-30', precision: 'quarter' as const };
    expect(resolveExpression(mention!.value, '2025-10-20', 'past', null, q3)).toEqual({
      start: '2024-07-01',
      end: '2024-09-30',
      precision: 'quarter',
    });
    expect(resolve('the latest quarter', '2025-10-20')).toBe('2025-07-01/2025-09-30 quarter');
  });

  it('computes holidays for the year the tense picks', () => {
    expect(resolve('on Thanksgiving Day', '2025-12-01')).toBe('2025-11-27/2025-11-27 day');
    expect(resolve('on Thanksgiving Day', '2025-11-01', 'future')).toBe('2025-11-27/2025-11-27 day');
    expect(resolve('last Easter', '2025-04-20')).toBe('2024-03-31/2024-03-31 day');
  });

  it('fixes the direction from the words: last April, this summer', () => {
    expect(resolve('last April', '2025-11-05', 'future')).toBe('2025-04-01/2025-04-30 month');
    expect(resolve('last February', '2025-03-10')).toBe('2024-02-01/2024-02-29 month');
    expect(resolve('this summer', '2025-11-05')).toBe('2025-06-01/2025-08-31 season');
  });

  describe('edge cases', () => {
    it('picks the year in which a weekday and its date agree', () => {
      expect(resolve('Monday, Oct. 28', '2025-03-14')).toBe('2024-10-28/2024-10-28 day');
    });

    it('takes a day a year off in the tense direction as the near one when it is within two weeks', () => {
      expect(resolve('by Jan. 14', '2025-01-15', 'future')).toBe('2025-01-14/2025-01-14 day');
      expect(resolve('on Jan. 5', '2025-01-02', 'past')).toBe('2025-01-05/2025-01-05 day');
    });

    it('needs a date before "the following month", but counts "a year earlier" from publication', () => {
      expect(resolve('the following month', '2025-03-14')).toBeNull();
      expect(resolve('a year earlier', '2025-03-14')).toBe('2024-01-01/2024-12-31 year');
    });
  });
});
