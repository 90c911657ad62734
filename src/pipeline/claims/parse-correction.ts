import edtf from 'edtf';
import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { UTCDate } from '@date-fns/utc';
import { toIsoDay } from '../days.ts';
import type { Interval, Precision } from '../model/index.ts';

/** One instruction of an editor's correction comment. */
export type Correction =
  /** Leave the sentence out of the timeline. */
  | { kind: 'skip' }
  /** Date the sentence (all its claims) so, or only the claim of `words` when given. */
  | { kind: 'date'; words: string | null; interval: Interval };

const SEASON_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

/**
 * Parse the text of an editor's correction comment, `<!-- dateline: ... -->`.
 * Instructions are separated by `;`: `skip` leaves the sentence before the
 * comment out of the timeline; an EDTF date (`2024-12-04`, `2024-10`,
 * `2024-23` for autumn, `2024-10-01/2024-10-10`) dates the sentence; and
 * `"early October" = 2024-10-01/2024-10-10` dates just the claim of those words.
 * Only dates the pipeline can hold and show are read (`parseEdtf`): an open
 * interval, an uncertain date or a year outside 1900–2099 is refused with
 * the reason, never published as `0NaN-NaN-NaN`.
 *
 * @param text - What follows `dateline:` in the comment.
 * @returns The instructions, or an error message saying what is wrong.
 */
export function parseCorrection(text: string): { ok: true; corrections: Correction[] } | { ok: false; reason: string } {
  const corrections: Correction[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (part.toLowerCase() === 'skip') {
      corrections.push({ kind: 'skip' });
      continue;
    }
    const quoted = /^["“](.+?)["”]\s*=\s*(\S+)$/.exec(part);
    const words = quoted ? quoted[1]! : null;
    const value = quoted ? quoted[2]! : part;
    const parsed = parseEdtf(value);
    if ('reason' in parsed) {
      return {
        ok: false,
        reason:
          parsed.reason ||
          `\`${part}\` is not a correction: write \`skip\`, an EDTF date such as 2024-12-04, 2024-10 or 2024-10-01/2024-10-10, or "words" = date`,
      };
    }
    corrections.push({ kind: 'date', words, interval: parsed.interval });
  }
  if (corrections.length === 0)
    return { ok: false, reason: 'the correction is empty: write `skip` or a date after `dateline:`' };
  return { ok: true, corrections };
}

/** The days a correction may name: those `published` may (fixed bounds, never the clock). */
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2099-12-31';
/** One end: a day, a month or a year, written as the pipeline writes them. */
const END = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;
/** A season (21–24), quarter (33–36) or half (40–41) of a year. */
const SUBYEAR = /^\d{4}-(?:2[1-4]|3[3-6]|4[01])$/;

/** Why a value that is no correction date is not one, as precisely as can be said. */
function whyNot(value: string): string {
  if (/(?:^|\/)\.\.(?:$|\/)|^\/|\/$/.test(value))
    return `\`${value}\` is an open interval, with no end the timeline can show: give both ends, like 2024-10-01/2024-10-31`;
  if (/[?~%]/.test(value))
    return `\`${value}\` is an uncertain or approximate date (\`?\`, \`~\`, \`%\`), which cannot be shown as such: write the interval it stands for, like 2024-10/2024-11`;
  if (/[Xu]/.test(value))
    return `\`${value}\` has unspecified digits (\`X\`): write the interval they stand for, like 2020/2029`;
  if (/^[+-]|^Y|^\d{5}|[[\]{}]/.test(value))
    return `\`${value}\` is a form of EDTF Dateline cannot show (years of other than four digits, sets, lists): write a day, month, year, season, quarter, half, or an interval of two days, months or years`;
  const ends = value.split('/');
  if (
    ends.length <= 2 &&
    new Set(ends.map((end) => end.length)).size === 1 &&
    ends.every((end) => /^\d{4}-\d{2}-\d{2}$/.test(end))
  )
    return `\`${value}\` names a day that does not exist: check the month and the day`;
  if (value.includes('/'))
    return `\`${value}\` is not an interval Dateline can show: write both ends alike, two days (2024-10-01/2024-10-10), two months (2024-06/2024-08) or two years (2020/2024), the earlier first`;
  return '';
}

/** The interval of one day, month, year, season, quarter or half, or `null`. */
function parsePoint(value: string): Interval | null {
  if (!END.test(value) && !SUBYEAR.test(value)) return null;
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(value);
  } catch {
    return null;
  }
  const day = (ms: number) => toIsoDay(new UTCDate(ms));
  if (parsed.type === 'Season') {
    const year = Number(value.slice(0, 4));
    const code = Number(value.slice(5));
    const start = SEASON_MONTH[code];
    if (start !== undefined) {
      const from = new UTCDate(year, start - 1, 1);
      return { start: toIsoDay(from), end: toIsoDay(endOfMonth(addMonths(from, 2))), precision: 'season' };
    }
    const precision: Precision | null =
      code >= 33 && code <= 36 ? 'quarter' : code === 40 || code === 41 ? 'half' : null;
    return precision ? { start: day(parsed.min), end: day(parsed.max), precision } : null;
  }
  if (parsed.type !== 'Date' || !Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return null;
  const precision: Precision = parsed.precision === 3 ? 'day' : parsed.precision === 2 ? 'month' : 'year';
  return { start: day(parsed.min), end: day(parsed.max), precision };
}

/**
 * Exactly the dates the pipeline can hold and show: an EDTF day, month,
 * year, season (21–24, meteorological), quarter (33–36) or half (40–41), or an
 * interval of two ends written alike (two days, two months or two years, the
 * earlier first), every day of it inside 1900-01-01 to 2099-12-31, the
 * bounds of `published`. Anything else (an open end `2024-10-01/..`, an
 * uncertain `2024-10?`, unspecified digits, mixed ends `2024-10/2024-11-15`,
 * seasons in intervals, five-digit years) is refused with the reason.
 */
function parseEdtf(value: string): { interval: Interval } | { reason: string } {
  const refuse = (reason = whyNot(value)) => ({ reason });
  let interval: Interval | null;
  const ends = value.split('/');
  if (ends.length === 1) interval = parsePoint(value);
  else if (ends.length === 2 && END.test(ends[0]!) && END.test(ends[1]!) && ends[0]!.length === ends[1]!.length) {
    const [from, to] = [parsePoint(ends[0]!), parsePoint(ends[1]!)];
    if (!from || !to) return refuse();
    if (to.end < from.start || to.start < from.start)
      return refuse(`\`${value}\` ends before it starts: write the earlier end first`);
    const same = from.start === to.start;
    const precision: Precision =
      from.precision === 'day'
        ? same
          ? 'day'
          : 'days'
        : from.precision === 'month'
          ? same
            ? 'month'
            : 'months'
          : 'year';
    interval = { start: from.start, end: to.end, precision };
  } else return refuse();
  if (!interval) return refuse();
  if (interval.start < FIRST_DAY || interval.end > LAST_DAY)
    return refuse(
      `\`${value}\` reaches outside ${FIRST_DAY} to ${LAST_DAY}, the bounds of \`published\`: check the year`,
    );
  return { interval };
}
