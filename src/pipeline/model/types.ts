import type { z } from 'zod';
import type { articleSchema } from './article-schema.ts';
import type { precisions } from './precisions.ts';

/**
 * Shared shapes of the Dateline pipeline. Every stage is a pure function over
 * these plain, JSON-serialisable values, so results can be cached, diffed and
 * printed by `npm run claims`.
 */

/** An inclusive ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/**
 * How precisely a date is known. `day` is a single day; `days` an explicit run
 * of days (`1–9 Dec 2024`); `week` a Monday-to-Sunday week; `month-part` the
 * early/mid/late third of a month; `months` a run of whole months
 * (`Jun–Aug 2024`); `year-part` the early/mid/late third of a year; `month`,
 * `season`, `quarter`, `half`, `year` the whole of that period (`year` also
 * covers a run of whole years).
 */
export type Precision = (typeof precisions)[number];

/** An inclusive interval of days with its honest precision. */
export interface Interval {
  start: IsoDay;
  end: IsoDay;
  precision: Precision;
}

/** A problem found in content: vfile style, with file, line, column and rule id. */
export interface ContentMessage {
  /** Path of the article, relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** Stable id of the check that failed, e.g. `frontmatter-field`. */
  rule: string;
  /** Frontmatter field or other part concerned, when there is one. */
  field?: string;
  /** One line, saying what is wrong and how to fix it. */
  reason: string;
  /** `error` stops the build; `warning` skips just the part concerned. */
  severity: 'error' | 'warning';
}

/** Validated frontmatter of an article (`articleSchema` after defaults). */
export type ArticleMeta = z.output<typeof articleSchema>;

/** A sentence of an article body, in reading order. */
export interface Sentence {
  /** 0-based index of the sentence in its article. */
  index: number;
  /** Plain text of the sentence (Markdown formatting removed). */
  text: string;
  /** 1-based line of the sentence's first character in the article file. */
  line: number;
  /** 0-based index of the block (paragraph, heading) holding the sentence, in `collectBlocks` order. */
  block: number;
  /** Offsets of the sentence in its block's plain text (`walkInline`). */
  blockStart: number;
  blockEnd: number;
  /** Offset of the sentence's first character in the article body (Markdown source). */
  offset: number;
}

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
  | { kind: 'rest-of-month'; which: 'earlier' | 'later'; month?: Month }
  | { kind: 'rest-of'; which: 'earlier' | 'later'; unit: 'week' | 'year' }
  | { kind: 'relative-day'; offset: number }
  | { kind: 'relative-unit'; unit: 'week' | 'month' | 'year'; offset: Offset }
  | { kind: 'weekend'; offset?: Offset }
  | { kind: 'season'; season: Season; year?: number; offset?: Offset }
  | { kind: 'weekday'; weekday: number; offset?: Offset }
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
  | 'labor-day';

/** Whether a sentence reports the past or announces the future. */
export type Tense = 'past' | 'future';

/** A resolved temporal expression: an interval with its human and machine-readable names. */
export interface ResolvedDate extends Interval {
  /** Human label, e.g. `4 Dec 2024`, `early Oct 2024`, `autumn 2024`. */
  label: string;
  /** The same in EDTF (ISO 8601-2): `2024-12-04`, `2024-10-01/2024-10-10`, `2024-23`. */
  edtf: string;
}

/**
 * A dated claim: one sentence of one article with one dated expression, or a
 * sentence dated only by its article's publication (`expression: null`).
 */
export interface Claim extends ResolvedDate {
  /** Permanent id, unique across the corpus: `<article>#<fragment>`. */
  id: string;
  /**
   * Permanent anchor of the claim in its article page, `c-` and a hash of its
   * sentence and words: it survives edits elsewhere in the article.
   */
  fragment: string;
  /** Slug of the article: its file name without `.md`. */
  article: string;
  /** Plain text of the sentence. */
  sentence: string;
  /** 0-based index of the sentence in its article. */
  sentenceIndex: number;
  /** 1-based line of the sentence in the article file. */
  line: number;
  /** The words as written; `null` when dated by publication only. */
  expression: string | null;
  /** Offsets of the expression in the sentence, when there is one. */
  expressionStart: number | null;
  expressionEnd: number | null;
  /** Id of the grammar rule that produced the date (`reported`, `editor` for the other bases). */
  rule: string;
  /**
   * `explicit` date words, `relative` to the publication date or to an earlier
   * date, `report` (publication date only), or `editor` (set by a correction).
   */
  basis: 'explicit' | 'relative' | 'report' | 'editor';
  /** Tense the words were read in; `null` when no expression was read. */
  tense: Tense | null;
  /** The day the words were read against: the publication date, or the date a relative one counts from. */
  anchor: IsoDay;
}

/** Where sources disagree within an event or across the timeline. */
export interface Disagreement {
  kind: 'date' | 'number';
  /** One sentence for readers: "Sources give different numbers of North Korean troops deployed: ...". */
  summary: string;
  /** Each value reported, with the claims that report it. */
  values: Array<{ label: string; claims: string[] }>;
}

/** The article an event was first reported in. */
export interface FirstReport {
  article: string;
  outlet: string | null;
  published: IsoDay;
}

/** One entry of the timeline: claims from one or more articles that describe the same happening. */
export interface TimelineEvent extends ResolvedDate {
  /** Readable permanent id: ISO start date first, then a few words. Never reused, never changed. */
  id: string;
  /** Short, headline-like title written from the claims. */
  title: string;
  /** Claims in order of report: earliest published article first. */
  claims: Claim[];
  /** Named outlets that report the event, earliest report first. */
  outlets: string[];
  /** Number of distinct sources (named outlets, and articles whose outlet is not named). */
  corroboration: number;
  firstReport: FirstReport;
  disagreements: Disagreement[];
  /** Old ids of events merged into this one; their pages redirect here. */
  aliases: string[];
  /** Ids of up to three other events about the same people or places, the closest first. */
  related: string[];
}

/**
 * The record of every event id ever published, kept in
 * `content/permalinks.json` so that links never break: each live id with the
 * claims it held and its age (`n`, smaller is older), and each retired id
 * with the id it now redirects to (`null`: the event was withdrawn).
 */
export interface Ledger {
  events: Record<string, { n: number; claims: string[] }>;
  aliases: Record<string, string | null>;
}
