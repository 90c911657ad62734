import { fromIsoDay } from '../pipeline/days.ts';
import type { IsoDay } from '../pipeline/model/index.ts';

/** A publication date read from a line of a captured page. */
export interface Dateline {
  day: IsoDay;
  /** The date as the page wrote it. */
  text: string;
  /** A numeric date that reads both ways (`03/04/2024`): taken day first, and to be checked. */
  ambiguous: boolean;
  /** The line says the date is of an update, not of publication. */
  updated: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const DATES: Array<{ pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number, boolean] }> = [
  // 2024-11-24, 2024-11-24T10:00:00Z
  {
    pattern: new RegExp(String.raw`\b${YEAR}-(\d\d)-(\d\d)(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b`, 'i'),
    read: (m) => [+m[1]!, +m[2]!, +m[3]!, false],
  },
  // 10th Dec, 2024; 10 December 2024; the 2nd of December 2024
  {
    pattern: new RegExp(String.raw`\b${DAY}(?:\s+of)?\s+(${MONTH})[\s,]+${YEAR}\b`, 'i'),
    read: (m) => [+m[3]!, month(m[2]!), +m[1]!, false],
  },
  // December 10, 2024; Dec. 10th 2024
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+${DAY}(?:,\s*|\s+)${YEAR}\b`, 'i'),
    read: (m) => [+m[3]!, month(m[1]!), +m[2]!, false],
  },
  // 24/11/2024, 24.11.2024, 11/24/2024: day first unless that cannot be
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})([./])(\d{1,2})\2${YEAR}\b`),
    read: (m) => {
      const a = +m[1]!,
        b = +m[3]!;
      if (a > 12 || b > 12 || a === b) return a > 12 || a === b ? [+m[4]!, b, a, false] : [+m[4]!, a, b, false];
      return [+m[4]!, b, a, true];
    },
  },
];
/** Words a dateline may carry besides the date: labels, weekdays, times, zones, separators, a language switch. */
const FILLER = new RegExp(
  String.raw`\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\b(?:published|posted|updated|last updated|modified|date|dated|on|at|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest|kst|msk|[ecmp][sd]t|z)\b|[|•·,–—:/()\-]`,
  'gi',
);

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Read a line of a captured page as a dateline: a line that is a full date
 * (day, month and year) and little else, such as `Tue 10th Dec, 2024`,
 * `24/11/2024`, `Published: December 10, 2024 3:15 pm EST` or
 * ` date 2024-11-24 Eng`. A sentence that mentions a date is not a dateline:
 * besides the date, labels, weekdays, times and zones, at most two short words
 * may remain. Numeric dates are read day first (`24/11/2024`) unless only the
 * other way is a real day; one that reads both ways is marked `ambiguous`.
 * A date after "Updated" or "Modified" is marked `updated` (one before it,
 * as in `February 11, 2025 4:53 PM GMT Updated 2 hours ago`, is not).
 *
 * @param line - One line of text.
 * @returns The date, or `null` when the line is not a dateline.
 */
export function findDateline(line: string): Dateline | null {
  if (line.length > 80) return null;
  for (const { pattern, read } of DATES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [year, monthNumber, dayNumber, ambiguous] = read(match);
    const day = `${year}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
    if (monthNumber < 1 || fromIsoDay(day) === null) return null;
    const rest = (line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length)).replace(FILLER, ' ');
    const words = rest.split(/\s+/).filter(Boolean);
    if (words.length > 2 || words.some((word) => word.length > 4)) return null;
    return { day, text: match[0], ambiguous, updated: /\b(?:updated|modified)\b/i.test(line.slice(0, match.index)) };
  }
  return null;
}
