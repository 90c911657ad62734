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
    const interval = parseEdtf(value);
    if (!interval) {
      return {
        ok: false,
        reason: `\`${part}\` is not a correction: write \`skip\`, an EDTF date such as 2024-12-04, 2024-10 or 2024-10-01/2024-10-10, or "words" = date`,
      };
    }
    corrections.push({ kind: 'date', words, interval });
  }
  if (corrections.length === 0)
    return { ok: false, reason: 'the correction is empty: write `skip` or a date after `dateline:`' };
  return { ok: true, corrections };
}

/** An EDTF day, month, year, season (21–24, meteorological), quarter (33–36), half (40–41) or interval of those. */
function parseEdtf(value: string): Interval | null {
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
  if (parsed.type === 'Date') {
    const precision: Precision = parsed.precision === 3 ? 'day' : parsed.precision === 2 ? 'month' : 'year';
    return { start: day(parsed.min), end: day(parsed.max), precision };
  }
  if (parsed.type === 'Interval' && parsed.lower && parsed.upper) {
    const p = Math.min(parsed.lower.precision ?? 1, parsed.upper.precision ?? 1);
    const precision: Precision = p === 3 ? 'days' : p === 2 ? 'months' : 'year';
    return { start: day(parsed.min), end: day(parsed.max), precision };
  }
  return null;
}
