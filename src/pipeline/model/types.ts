import type { z } from 'zod';
import type { tenseSchema } from './dates.ts';

/**
 * The date grammar's own shapes: what a temporal expression says before it is
 * resolved (`DateValue`) and where it sits in its sentence. The shapes that
 * cross stages, caches and pages are zod schemas beside this file, their
 * types inferred from them.
 */

/** Where a temporal expression sits in its sentence and what it says. */
export interface TemporalMention {
  /** The words as written. */
  text: string;
  /** Offset of the first character in the sentence text. */
  start: number;
  /** Offset one past the last character in the sentence text. */
  end: number;
  /** Id of the grammar rule that matched (`month-day`, `yesterday`...). */
  rule: string;
  /** What the words say, before resolution against a publication date. */
  value: DateValue;
}

/** A month of the year, 1 (January) to 12 (December). */
export type Month = number;

/** A meteorological season of the northern hemisphere. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** `-1` for "last", `0` for "this", `1` for "next". */
export type Offset = -1 | 0 | 1;

/** A third of a month or of a year: days 1–10 / 11–20 / 21–end, or Jan–Apr / May–Aug / Sep–Dec. */
export type Part = 'early' | 'mid' | 'late';

/**
 * The meaning of a temporal expression, independent of any anchor date.
 * Fields left undefined (a missing year, a missing offset) are filled in by
 * `resolveExpression` from the publication date and the sentence's tense;
 * `yearOffset` is a year named relative to publication ("last year").
 */
export type DateValue =
  | {
      kind: 'date';
      year?: number;
      yearOffset?: Offset;
      month: Month;
      day: number;
      /** The weekday written with it ("Monday, Oct. 26"), which can pick the year. */
      weekday?: number;
      /** "the week of March 6": the Monday-to-Sunday week the day falls in. */
      weekOf?: boolean;
    }
  | { kind: 'days'; year?: number; yearOffset?: Offset; month: Month; from: number; toMonth: Month; to: number }
  | { kind: 'month'; year?: number; yearOffset?: Offset; month: Month; offset?: Offset }
  | { kind: 'months'; year?: number; from: Month; toYear?: number; to: Month }
  | { kind: 'month-part'; part: Part; year?: number; yearOffset?: Offset; month: Month }
  | { kind: 'week-of-month'; week: number; year?: number; month: Month }
  /** `inThe`: said "earlier in the month|week|year", which a date set before in the paragraph can place. */
  | { kind: 'rest-of-month'; which: 'earlier' | 'later'; month?: Month; inThe?: boolean }
  | { kind: 'rest-of'; which: 'earlier' | 'later'; unit: 'week' | 'year'; inThe?: boolean }
  | { kind: 'relative-day'; offset: number }
  | { kind: 'relative-unit'; unit: 'week' | 'month' | 'year'; offset: Offset }
  | { kind: 'weekend'; offset?: Offset }
  | { kind: 'season'; season: Season; year?: number; offset?: Offset }
  /** `from`: "the previous Friday" (-1), "the following Friday" (1), counted from the date set before. */
  | { kind: 'weekday'; weekday: number; offset?: Offset; from?: -1 | 1 }
  | { kind: 'year'; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'year-part'; part: Part; year?: number; yearOffset?: Offset }
  | { kind: 'ago'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  | {
      kind: 'shift';
      amount: number;
      unit: 'day' | 'week' | 'month' | 'year';
      direction: -1 | 0 | 1;
      /** The whole week, month or year the shifted day falls in ("the following year"), not a shifted copy of the anchor. */
      period?: boolean;
      /** With nothing before to count from, counts from publication ("over the next year"). */
      fromNow?: boolean;
      /** The date the words themselves count from: "the day before last Tuesday", "two days after Christmas". */
      from?: DateValue;
    }
  | { kind: 'quarter'; quarter: number; year?: number; yearOffset?: Offset }
  | { kind: 'half'; half: number; year?: number; yearOffset?: Offset }
  /** `this quarter`, `last quarter`, `next quarter`, `the current quarter`: counted from the publication's quarter. */
  | { kind: 'relative-quarter'; offset: Offset }
  /** `late last month`, `early next week`: a third of a month (days 1–10, 11–20, 21–end); of a week, the week. */
  | { kind: 'relative-part'; unit: 'week' | 'month'; offset: Offset; part: Part }
  /**
   * The period an earnings report is about, or the same period a year before: `the quarter`,
   * `the latest quarter` (`back` 0); `the year-ago quarter`, `a year earlier`, `year-earlier` (`back` 1).
   * It is the last quarter or half the article named; without one, `fallback` says what the words
   * mean alone (the latest quarter, or the year before publication).
   */
  | {
      kind: 'period';
      back: 0 | 1;
      fallback: 'quarter' | 'year' | 'none';
      year?: number;
      /** "that quarter": the last quarter or half named before, whichever it was. */
      that?: boolean;
    }
  /** A holiday, fixed or movable, computed for its year: `Thanksgiving`, `Easter`, `Election Day`. */
  | { kind: 'holiday'; holiday: Holiday; year?: number; offset?: Offset };

/** The holidays the grammar knows (fixed and movable ones; movable ones are computed per year). */
export type Holiday =
  | 'new-year'
  | 'new-years-eve'
  | 'christmas'
  | 'christmas-eve'
  | 'boxing-day'
  | 'valentines-day'
  | 'halloween'
  | 'independence-day'
  | 'veterans-day'
  | 'easter'
  | 'good-friday'
  | 'easter-monday'
  | 'easter-week'
  | 'thanksgiving'
  | 'election-day'
  | 'memorial-day'
  | 'labor-day'
  | 'black-friday'
  | 'cyber-monday'
  | 'palm-sunday'
  | 'ash-wednesday'
  | 'shrove-tuesday'
  | 'maundy-thursday'
  | 'pentecost';

/** Whether a sentence reports the past or announces the future. */
export type Tense = z.infer<typeof tenseSchema>;
