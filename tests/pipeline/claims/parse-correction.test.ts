import { describe, expect, it } from 'vitest';
import { parseCorrection } from '../../../src/pipeline/claims/parse-correction.ts';

describe('parseCorrection', () => {
  it('reads skip, EDTF dates and dates for named words', () => {
    expect(parseCorrection('skip')).toEqual({ ok: true, corrections: [{ kind: 'skip' }] });
    expect(parseCorrection('2024-12-04')).toEqual({
      ok: true,
      corrections: [
        { kind: 'date', words: null, interval: { start: '2024-12-04', end: '2024-12-04', precision: 'day' } },
      ],
    });
    expect(parseCorrection('"early October" = 2024-10-01/2024-10-10')).toEqual({
      ok: true,
      corrections: [
        {
          kind: 'date',
          words: 'early October',
          interval: { start: '2024-10-01', end: '2024-10-10', precision: 'days' },
        },
      ],
    });
  });

  it('reads months, years, seasons, quarters, halves and runs of months', () => {
    const interval = (text: string) => {
      const parsed = parseCorrection(text);
      return parsed.ok && parsed.corrections[0]?.kind === 'date' ? parsed.corrections[0].interval : null;
    };
    expect(interval('2024-10')).toEqual({ start: '2024-10-01', end: '2024-10-31', precision: 'month' });
    expect(interval('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'year' });
    expect(interval('2024-23')).toEqual({ start: '2024-09-01', end: '2024-11-30', precision: 'season' });
    expect(interval('2024-24')).toEqual({ start: '2024-12-01', end: '2025-02-28', precision: 'season' });
    expect(interval('2024-36')).toEqual({ start: '2024-10-01', end: '2024-12-31', precision: 'quarter' });
    expect(interval('2025-40')).toEqual({ start: '2025-01-01', end: '2025-06-30', precision: 'half' });
    expect(interval('2024-06/2024-08')).toEqual({ start: '2024-06-01', end: '2024-08-31', precision: 'months' });
  });

  describe('edge cases', () => {
    it('refuses impossible dates, backwards intervals, prose and emptiness with a reason', () => {
      for (const text of ['2024-02-30', '2024-10-10/2024-10-01', 'sometime last year', '', '   ;  ']) {
        const parsed = parseCorrection(text);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(10);
      }
    });

    it('reads several instructions separated by semicolons', () => {
      const parsed = parseCorrection('"June" = 2024-06; "December 4" = 2024-12-04');
      expect(parsed.ok && parsed.corrections.map((c) => (c.kind === 'date' ? c.words : c.kind))).toEqual([
        'June',
        'December 4',
      ]);
    });
  });
});

describe('parseCorrection: only what the pipeline can hold', () => {
  const reason = (text: string) => {
    const parsed = parseCorrection(text);
    return parsed.ok ? null : parsed.reason;
  };
  const interval = (text: string) => {
    const parsed = parseCorrection(text);
    return parsed.ok && parsed.corrections[0]?.kind === 'date' ? parsed.corrections[0].interval : null;
  };

  it('reads intervals of two days, months or years, and one-point intervals as the point', () => {
    expect(interval('2020/2024')).toEqual({ start: '2020-01-01', end: '2024-12-31', precision: 'year' });
    expect(interval('2024-10-01/2024-10-01')).toEqual({ start: '2024-10-01', end: '2024-10-01', precision: 'day' });
    expect(interval('2024-10/2024-10')).toEqual({ start: '2024-10-01', end: '2024-10-31', precision: 'month' });
    expect(interval('1900-01-01')).toEqual({ start: '1900-01-01', end: '1900-01-01', precision: 'day' });
    expect(interval('2099-12')).toEqual({ start: '2099-12-01', end: '2099-12-31', precision: 'month' });
  });

  describe('edge cases', () => {
    it.each([
      ['2024-10-01/..', 'is an open interval, with no end the timeline can show'],
      ['../2024-10-01', 'is an open interval'],
      ['2024-10-01/', 'is an open interval'],
      ['2024-10?', 'is an uncertain or approximate date'],
      ['2024~', 'is an uncertain or approximate date'],
      ['202X', 'has unspecified digits'],
      ['2024-1X', 'has unspecified digits'],
      ['Y20240', 'is a form of EDTF Dateline cannot show'],
      ['-0500', 'is a form of EDTF Dateline cannot show'],
      ['[2024-10-01,2024-10-03]', 'is a form of EDTF Dateline cannot show'],
      ['2024-10/2024-11-15', 'write both ends alike'],
      ['2024-23/2024-24', 'write both ends alike'],
      ['2024-10-10/2024-10-01', 'ends before it starts'],
      ['2024-02-30', 'names a day that does not exist'],
      ['2024-13', 'is not a correction'],
      ['1899-12-31', 'reaches outside 1900-01-01 to 2099-12-31, the bounds of `published`'],
      ['2099-24', 'reaches outside 1900-01-01 to 2099-12-31'],
      ['2100', 'reaches outside'],
      ['1850/1950', 'reaches outside'],
    ])('refuses %j: %s', (text, why) => {
      expect(reason(text)).toContain(why);
    });
  });
});
