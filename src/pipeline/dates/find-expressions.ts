import { tokenize, type Token } from './tokenize.ts';
import type { DateValue, Offset, Part, Season, TemporalMention } from '../model/index.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** Month names that are also common words: a bare one needs a preposition that only dates take. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar']);
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const SEASONS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const OFFSETS: Record<string, Offset> = { last: -1, this: 0, next: 1 };
const PARTS: Record<string, Part> = { early: 'early', mid: 'mid', late: 'late' };
/** Words before a bare month or year that make it a date ("in June", "since August"). */
const DATE_PREPOSITIONS = [
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'during',
  'through',
  'throughout',
  'before',
  'after',
  'between',
  'of',
  'to',
  'and',
  'or',
  'around',
  'last',
  'this',
  'next',
];
/** Prepositions a bare season or "the weekend" needs ("over the summer", "in spring"). */
const PERIOD_PREPOSITIONS = [
  'in',
  'during',
  'since',
  'until',
  'by',
  'over',
  'for',
  'through',
  'throughout',
  'on',
  'at',
];
/** After these, a year-like number is more likely a count ("from 2000 to 3000 troops"). */
const COUNT_CONTEXT = [
  'from',
  'to',
  'and',
  'or',
  'between',
  'of',
  'about',
  'around',
  'some',
  'nearly',
  'over',
  'under',
  'than',
];
const COUNT_NOUNS = new Set([
  'troops',
  'soldiers',
  'people',
  'men',
  'women',
  'civilians',
  'fighters',
  'personnel',
  'workers',
  'residents',
  'casualties',
  'refugees',
  'prisoners',
  'rounds',
  'shells',
  'missiles',
  'drones',
  'tanks',
  'jets',
  'units',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'tonnes',
  'tons',
  'dollars',
  'euros',
  'containers',
]);
const DASHES = ['-', '–', '—'];
/** Words that can begin an expression; any other word is skipped at once (most words of a report). */
const STARTERS = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  ...Object.keys(NUMBER_WORDS),
  'the',
  'that',
  'between',
  'from',
  'early',
  'mid',
  'late',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'last',
  'this',
  'next',
  'new',
  'christmas',
  'q',
  'h',
]);

interface Match {
  /** Index one past the last token of the match. */
  next: number;
  value: DateValue;
  rule: string;
}

type Rule = (tokens: Token[], i: number) => Match | null;

/**
 * Find the temporal expressions of a sentence: absolute dates, ranges, parts
 * of months and years, relative days, weeks, months and years, weekdays,
 * weekends, seasons, quarters, holidays and dates counted from another date
 * ("two days later"). Each is returned with its exact words, offsets, grammar
 * rule and unresolved meaning. Words that only look like dates (`MiG-29`,
 * `10,000`, `2 minute read`, the verbs `may` and `march`) and vague words
 * (`recently`, `soon`) are left alone. Runs in linear time: every rule looks
 * at a bounded number of tokens.
 *
 * @param text - Plain text of one sentence.
 * @returns Expressions in order of appearance, never overlapping.
 */
export function findExpressions(text: string): TemporalMention[] {
  const tokens = tokenize(text);
  const mentions: TemporalMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'punct' || (token.kind === 'word' && !STARTERS.has(token.lower))) {
      i++;
      continue;
    }
    let best: Match | null = null;
    for (const rule of RULES) {
      const match = rule(tokens, i);
      if (match && (!best || match.next > best.next)) best = match;
    }
    if (!best) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[best.next - 1]!.end;
    mentions.push({ text: text.slice(start, end), start, end, rule: best.rule, value: best.value });
    i = best.next;
  }
  return mentions;
}

// ---------------------------------------------------------------------------
// Token predicates

function word(tokens: Token[], i: number, ...words: string[]): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && words.includes(t.lower);
}

function punct(tokens: Token[], i: number, ...chars: string[]): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
}

/** Tokens `i - 1` and `i` touch, with no white space between. */
function touching(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Nothing but punctuation (or the end of the sentence) at `i`. */
function boundary(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t === undefined || (t.kind === 'punct' && !["'", '’'].includes(t.text));
}

/** A month name at `i` (with an abbreviation's period): its number and the index after it. */
function month(tokens: Token[], i: number): { month: number; next: number; ambiguous: boolean } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const value = MONTHS[t.lower];
  if (value === undefined) return null;
  if (!/^[A-Z]/.test(t.text)) return null; // months are capitalised; "may" and "march" are verbs
  const abbreviated = t.lower.length <= 4 && t.lower !== 'june' && t.lower !== 'july' && t.lower !== 'may';
  if (abbreviated && t.text.length > 1 && t.text === t.text.toUpperCase()) return null; // "MAR", "DEC" acronyms
  let next = i + 1;
  if (abbreviated && punct(tokens, next, '.') && touching(tokens, next)) next++;
  return { month: value, next, ambiguous: AMBIGUOUS_MONTHS.has(t.lower) };
}

/** A day of the month at `i`: a plain or ordinal number 1–31 that is not part of a designation. */
function day(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || (!t.ordinal && (t.digits < 1 || t.digits > 2))) return null;
  if (t.value < 1 || t.value > 31 || !Number.isInteger(t.value)) return null;
  if (designation(tokens, i)) return null;
  const after = tokens[i + 1];
  if (after && touching(tokens, i + 1) && (after.kind === 'word' || punct(tokens, i + 1, '%'))) return null;
  return t.value;
}

/** A four-digit year at `i` (1900–2099). */
function year(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || t.digits !== 4 || t.value < 1900 || t.value > 2099) return null;
  if (designation(tokens, i)) return null;
  const after = tokens[i + 1];
  if (after && touching(tokens, i + 1) && after.kind === 'word') return null; // "1990s", "2024th"
  return t.value;
}

/** Whether the number at `i` is glued to letters by a hyphen or slash (`MiG-29`, `KN-23`). */
function designation(tokens: Token[], i: number): boolean {
  const before = tokens[i - 2];
  return (
    punct(tokens, i - 1, '-', '/') &&
    touching(tokens, i) &&
    before?.kind === 'word' &&
    before.lower !== 'mid' &&
    touching(tokens, i - 1)
  );
}

/** A number of days, weeks... at `i`: digits or a number word ("three", "a"). */
function amount(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') return t.digits > 0 && t.digits <= 3 ? t.value : null;
  return NUMBER_WORDS[t.lower] ?? null;
}

/** What may follow a month or a day: `, 2024`, ` 2024`, ` of 2024`, ` last year`, ` this year`. */
function yearSpec(tokens: Token[], i: number): { year?: number; yearOffset?: Offset; next: number } {
  const direct = year(tokens, i);
  if (direct !== null) return { year: direct, next: i + 1 };
  if (punct(tokens, i, ',') && year(tokens, i + 1) !== null) return { year: year(tokens, i + 1)!, next: i + 2 };
  if (word(tokens, i, 'of') && year(tokens, i + 1) !== null) return { year: year(tokens, i + 1)!, next: i + 2 };
  if (word(tokens, i, 'last', 'this', 'next') && word(tokens, i + 1, 'year')) {
    return { yearOffset: OFFSETS[tokens[i]!.lower]!, next: i + 2 };
  }
  return { next: i };
}

/** `the year`, `this year`, `last year`, `next year` or `2024` at `i`, for "the end of the year", "the first half of 2025". */
function yearRef(tokens: Token[], i: number): { year?: number; yearOffset?: Offset; next: number } | null {
  const y = year(tokens, i);
  if (y !== null) return { year: y, next: i + 1 };
  if (word(tokens, i, 'the', 'this') && word(tokens, i + 1, 'year')) return { yearOffset: 0, next: i + 2 };
  if (word(tokens, i, 'last', 'next') && word(tokens, i + 1, 'year'))
    return { yearOffset: OFFSETS[tokens[i]!.lower]!, next: i + 2 };
  return null;
}

function withYear<T extends DateValue>(value: T, spec: { year?: number; yearOffset?: Offset }): T {
  return {
    ...value,
    ...(spec.year === undefined ? {} : { year: spec.year }),
    ...(spec.yearOffset === undefined ? {} : { yearOffset: spec.yearOffset }),
  };
}

function isDash(tokens: Token[], i: number): boolean {
  return DASHES.some((c) => punct(tokens, i, c));
}

// ---------------------------------------------------------------------------
// Rules

/** `2024-12-02` */
const isoDate: Rule = (tokens, i) => {
  const y = year(tokens, i);
  if (y === null || !punct(tokens, i + 1, '-') || !punct(tokens, i + 3, '-')) return null;
  for (let k = i + 1; k <= i + 4; k++) if (!touching(tokens, k)) return null;
  const m = tokens[i + 2]!;
  const d = tokens[i + 4];
  if (m.kind !== 'number' || m.digits !== 2 || !d || d.kind !== 'number' || d.digits !== 2) return null;
  if (m.value < 1 || m.value > 12 || d.value < 1 || d.value > 31) return null;
  return { next: i + 5, value: { kind: 'date', year: y, month: m.value, day: d.value }, rule: 'iso-date' };
};

/** A day and month in either order at `i`: `December 2`, `Dec. 2nd`, `2 December`, `the 2nd of December`. */
function dayMonth(tokens: Token[], i: number): { month: number; day: number; next: number } | null {
  const m = month(tokens, i);
  if (m) {
    const d = day(tokens, m.next);
    return d === null ? null : { month: m.month, day: d, next: m.next + 1 };
  }
  let k = i;
  if (word(tokens, k, 'the')) k++;
  const d = day(tokens, k);
  if (d === null) return null;
  let at = k + 1;
  if (word(tokens, at, 'of')) at++;
  else if (k !== i) return null; // "the 2 December" is not English; "the 2nd of December" is
  const after = month(tokens, at);
  return after ? { month: after.month, day: d, next: after.next } : null;
}

/** `December 2, 2024`, `Dec. 2`, `October 8-13`, `December 4 last year`, `2 December 2024`, `the 2nd of December` */
const monthDay: Rule = (tokens, i) => {
  const m = month(tokens, i);
  if (m) {
    const d = day(tokens, m.next);
    if (d === null) return null;
    const after = m.next + 1;
    if (
      (isDash(tokens, after) || word(tokens, after, 'to', 'through')) &&
      day(tokens, after + 1) !== null &&
      day(tokens, after + 1)! > d
    ) {
      const spec = yearSpec(tokens, after + 2);
      return {
        next: spec.next,
        value: withYear({ kind: 'days', month: m.month, from: d, toMonth: m.month, to: day(tokens, after + 1)! }, spec),
        rule: 'month-day-range',
      };
    }
    const spec = yearSpec(tokens, after);
    return { next: spec.next, value: withYear({ kind: 'date', month: m.month, day: d }, spec), rule: 'month-day' };
  }
  // "5-6 December"
  const d = day(tokens, i);
  if (d !== null && isDash(tokens, i + 1) && touching(tokens, i + 1) && day(tokens, i + 2) !== null) {
    const to = day(tokens, i + 2)!;
    const after = month(tokens, i + 3);
    if (after && to > d) {
      const spec = yearSpec(tokens, after.next);
      return {
        next: spec.next,
        value: withYear({ kind: 'days', month: after.month, from: d, toMonth: after.month, to }, spec),
        rule: 'day-range-month',
      };
    }
  }
  const found = dayMonth(tokens, i);
  if (!found) return null;
  const spec = yearSpec(tokens, found.next);
  return {
    next: spec.next,
    value: withYear({ kind: 'date', month: found.month, day: found.day }, spec),
    rule: 'day-month',
  };
};

/** `June 2024`, `June of 2024`, `August last year`, and a bare month after a preposition (`in June`, `since August`). */
const monthRule: Rule = (tokens, i) => {
  const m = month(tokens, i);
  if (!m || day(tokens, m.next) !== null) return null;
  const spec = yearSpec(tokens, m.next);
  if (spec.next > m.next)
    return { next: spec.next, value: withYear({ kind: 'month', month: m.month }, spec), rule: 'month-year' };
  const before = tokens[i - 1];
  const mid = punct(tokens, i - 1, '-') && word(tokens, i - 2, 'mid') && touching(tokens, i - 1);
  if (!mid && !word(tokens, i - 1, ...DATE_PREPOSITIONS)) return null;
  if (
    m.ambiguous &&
    !word(tokens, i - 1, 'in', 'since', 'until', 'from', 'during', 'by', 'early', 'late', 'last', 'next', 'this')
  )
    return null;
  if (before?.lower === 'of' && !word(tokens, i - 2, 'end', 'beginning', 'start', 'middle')) return null; // "Bank of March", "the class of June": a name, not a date
  return { next: m.next, value: { kind: 'month', month: m.month }, rule: 'month' };
};

/** `between October 8 and 13`, `from June to August`, `between 2022 and 2024`, `from October 28 to November 3` */
const range: Rule = (tokens, i) => {
  if (!word(tokens, i, 'between', 'from')) return null;
  const joiners = word(tokens, i, 'between') ? ['and'] : ['to', 'through', 'until', 'till'];
  const joined = (k: number) => word(tokens, k, ...joiners) || (isDash(tokens, k) && !word(tokens, i, 'between'));
  // Days: "between October 8 and 13", "between October 8 and October 13", "from 5 to 9 December".
  const first = dayMonth(tokens, i + 1);
  if (first && joined(first.next)) {
    const k = first.next + 1;
    const second = dayMonth(tokens, k);
    const bare = second ? null : day(tokens, k);
    if (second || bare !== null) {
      const to = second ?? { month: first.month, day: bare!, next: k + 1 };
      const spec = yearSpec(tokens, to.next);
      if (to.month !== first.month || to.day > first.day) {
        return {
          next: spec.next,
          value: withYear({ kind: 'days', month: first.month, from: first.day, toMonth: to.month, to: to.day }, spec),
          rule: 'day-range',
        };
      }
    }
  }
  // "from 5 to 9 December"
  const d = day(tokens, i + 1);
  if (d !== null && joined(i + 2) && day(tokens, i + 3) !== null) {
    const m = month(tokens, i + 4);
    if (m) {
      const spec = yearSpec(tokens, m.next);
      return {
        next: spec.next,
        value: withYear({ kind: 'days', month: m.month, from: d, toMonth: m.month, to: day(tokens, i + 3)! }, spec),
        rule: 'day-range',
      };
    }
  }
  // Months: "from June to August", "between June 2024 and January 2025".
  const m1 = month(tokens, i + 1);
  if (m1 && day(tokens, m1.next) === null) {
    const y1 = year(tokens, m1.next);
    const k = y1 === null ? m1.next : m1.next + 1;
    if (joined(k)) {
      const m2 = month(tokens, k + 1);
      if (m2 && day(tokens, m2.next) === null) {
        const y2 = year(tokens, m2.next);
        const next = y2 === null ? m2.next : m2.next + 1;
        const fromYear = y1 ?? (y2 !== null ? (m2.month >= m1.month ? y2 : y2 - 1) : undefined);
        const value: DateValue = {
          kind: 'months',
          from: m1.month,
          to: m2.month,
          ...(fromYear === undefined ? {} : { year: fromYear }),
          ...(y2 === null ? {} : { toYear: y2 }),
        };
        return { next, value, rule: 'month-range' };
      }
    }
  }
  // Years: "between 2022 and 2024", "from 2014 to 2022".
  const a = year(tokens, i + 1);
  if (a !== null && joined(i + 2)) {
    const b = year(tokens, i + 3);
    if (b !== null && b > a) return { next: i + 4, value: { kind: 'years', from: a, to: b }, rule: 'year-range' };
  }
  return null;
};

/** `early October`, `mid-November`, `late Oct. 2024`, `the end of January`, `the beginning of March` */
const monthPart: Rule = (tokens, i) => {
  const lead = partLead(tokens, i);
  if (!lead) return null;
  const m = month(tokens, lead.next);
  if (!m || day(tokens, m.next) !== null) return null;
  const spec = yearSpec(tokens, m.next);
  return {
    next: spec.next,
    value: withYear({ kind: 'month-part', part: lead.part, month: m.month }, spec),
    rule: 'month-part',
  };
};

/** `early`, `mid`, `mid-`, `late`, `the beginning of`, `the end of`... at `i`: the part and the index after. */
function partLead(tokens: Token[], i: number): { part: Part; next: number; phrase: boolean } | null {
  if (word(tokens, i, 'early', 'late', 'mid')) {
    let next = i + 1;
    if (tokens[i]!.lower === 'mid' && punct(tokens, next, '-') && touching(tokens, next)) next++;
    return { part: PARTS[tokens[i]!.lower]!, next, phrase: false };
  }
  let k = i;
  if (word(tokens, k, 'the')) k++;
  if (word(tokens, k, 'beginning', 'start', 'middle', 'end') && word(tokens, k + 1, 'of')) {
    const key = tokens[k]!.lower;
    return { part: key === 'end' ? 'late' : key === 'middle' ? 'mid' : 'early', next: k + 2, phrase: true };
  }
  return null;
}

/** `early 2024`, `mid-2025`, `late last year`; `the end of the year` and `the start of 2025` (December, January) */
const yearPart: Rule = (tokens, i) => {
  const lead = partLead(tokens, i);
  if (!lead) return null;
  const ref = yearRef(tokens, lead.next);
  if (!ref) return null;
  const spec = {
    ...(ref.year === undefined ? {} : { year: ref.year }),
    ...(ref.yearOffset === undefined ? {} : { yearOffset: ref.yearOffset }),
  };
  if (lead.phrase) {
    if (lead.part === 'mid') return null; // "the middle of the year" is too vague to date
    return {
      next: ref.next,
      value: withYear({ kind: 'month', month: lead.part === 'late' ? 12 : 1 }, spec),
      rule: 'year-end',
    };
  }
  if (ref.year === undefined && !word(tokens, lead.next, 'last', 'next', 'this')) return null; // "late the year"
  return { next: ref.next, value: withYear({ kind: 'year-part', part: lead.part }, spec), rule: 'year-part' };
};

/** `the first week of December`, `the last week of October 2024` */
const weekOfMonth: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the')) k++;
  const which = tokens[k]?.lower;
  const week = which === 'last' ? -1 : which ? ORDINAL_WORDS[which] : undefined;
  if (week === undefined || !word(tokens, k + 1, 'week') || !word(tokens, k + 2, 'of')) return null;
  const m = month(tokens, k + 3);
  if (!m) return null;
  const y = year(tokens, m.next);
  return {
    next: y === null ? m.next : m.next + 1,
    value: { kind: 'week-of-month', week, month: m.month, ...(y === null ? {} : { year: y }) },
    rule: 'week-of-month',
  };
};

/** `earlier this month`, `earlier in December`, `later this month`, `earlier this year`, `later this week` */
const restOf: Rule = (tokens, i) => {
  if (!word(tokens, i, 'earlier', 'later')) return null;
  const which = tokens[i]!.lower as 'earlier' | 'later';
  if (word(tokens, i + 1, 'this') && word(tokens, i + 2, 'month')) {
    return { next: i + 3, value: { kind: 'rest-of-month', which }, rule: 'rest-of-month' };
  }
  if (word(tokens, i + 1, 'this') && word(tokens, i + 2, 'week', 'year')) {
    const unit = tokens[i + 2]!.lower as 'week' | 'year';
    return { next: i + 3, value: { kind: 'rest-of', which, unit }, rule: 'rest-of' };
  }
  if (word(tokens, i + 1, 'in')) {
    const m = month(tokens, i + 2);
    if (m && day(tokens, m.next) === null && yearSpec(tokens, m.next).next === m.next) {
      return { next: m.next, value: { kind: 'rest-of-month', which, month: m.month }, rule: 'rest-of-month' };
    }
  }
  return null;
};

/** `yesterday`, `today`, `tomorrow`, `last night`, `this morning` */
const relativeDay: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const offsets: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
  if (t.lower in offsets)
    return { next: i + 1, value: { kind: 'relative-day', offset: offsets[t.lower]! }, rule: t.lower };
  if (t.lower === 'last' && word(tokens, i + 1, 'night')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: -1 }, rule: 'last-night' };
  }
  if (t.lower === 'this' && word(tokens, i + 1, 'morning', 'afternoon', 'evening')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: 0 }, rule: 'this-morning' };
  }
  return null;
};

/** `New Year's Eve`, `New Year's Day`, `Christmas Day`, `Christmas Eve`, `Christmas` */
const holiday: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (
    t.text === 'New' &&
    tokens[i + 1]?.text === 'Year' &&
    punct(tokens, i + 2, "'", '’') &&
    word(tokens, i + 3, 's')
  ) {
    const which = tokens[i + 4];
    if (which?.text === 'Eve') return { next: i + 5, value: { kind: 'date', month: 12, day: 31 }, rule: 'holiday' };
    if (which?.text === 'Day') return { next: i + 5, value: { kind: 'date', month: 1, day: 1 }, rule: 'holiday' };
    return null;
  }
  if (t.text === 'Christmas') {
    if (tokens[i + 1]?.text === 'Eve')
      return { next: i + 2, value: { kind: 'date', month: 12, day: 24 }, rule: 'holiday' };
    if (tokens[i + 1]?.text === 'Day')
      return { next: i + 2, value: { kind: 'date', month: 12, day: 25 }, rule: 'holiday' };
    if (word(tokens, i - 1, 'on', 'at', 'since', 'before', 'after', 'by', 'until', 'over')) {
      return { next: i + 1, value: { kind: 'date', month: 12, day: 25 }, rule: 'holiday' };
    }
  }
  return null;
};

/** `last week`, `this month`, `next year`, `last autumn`, `this summer`, `last Friday`, `this weekend` */
const relativeUnit: Rule = (tokens, i) => {
  if (!word(tokens, i, 'last', 'this', 'next')) return null;
  const offset = OFFSETS[tokens[i]!.lower]!;
  const t = tokens[i + 1];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'week' || t.lower === 'month' || t.lower === 'year') {
    return {
      next: i + 2,
      value: { kind: 'relative-unit', unit: t.lower, offset },
      rule: `${tokens[i]!.lower}-${t.lower}`,
    };
  }
  if (t.lower === 'weekend') return { next: i + 2, value: { kind: 'weekend', offset }, rule: 'relative-weekend' };
  const season = SEASONS[t.lower];
  if (season) return { next: i + 2, value: { kind: 'season', season, offset }, rule: 'relative-season' };
  const weekday = WEEKDAYS[t.lower];
  if (weekday !== undefined && /^[A-Z]/.test(t.text)) {
    return { next: i + 2, value: { kind: 'weekday', weekday, offset }, rule: 'relative-weekday' };
  }
  return null;
};

/** `the weekend` after a preposition ("over the weekend"), resolved by tense */
const weekend: Rule = (tokens, i) => {
  if (!word(tokens, i, 'the') || !word(tokens, i + 1, 'weekend') || !word(tokens, i - 1, ...PERIOD_PREPOSITIONS))
    return null;
  return { next: i + 2, value: { kind: 'weekend' }, rule: 'weekend' };
};

/** `Friday` (resolved by tense), `Friday, December 6` (the date wins) */
const weekday: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z]+$/.test(t.text)) return null;
  const value = WEEKDAYS[t.lower];
  if (value === undefined) return null;
  const after = punct(tokens, i + 1, ',') ? i + 2 : i + 1;
  const dated = monthDay(tokens, after);
  if (dated && dated.value.kind === 'date') return { ...dated, rule: `weekday-${dated.rule}` };
  return { next: i + 1, value: { kind: 'weekday', weekday: value }, rule: 'weekday' };
};

/** `autumn 2024`, `the summer of 2024`, `in the autumn`, `over the summer` */
const season: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const s = SEASONS[t.lower];
  if (!s) return null;
  let yearAt = i + 1;
  if (word(tokens, yearAt, 'of')) yearAt++;
  const y = year(tokens, yearAt);
  if (y !== null) return { next: yearAt + 1, value: { kind: 'season', season: s, year: y }, rule: 'season-year' };
  if (t.lower === 'fall' && !word(tokens, i - 1, 'the')) return null; // the verb
  const prep = word(tokens, i - 1, 'the') ? i - 2 : i - 1;
  if (!word(tokens, prep, ...PERIOD_PREPOSITIONS)) return null;
  if (tokens[i + 1]?.kind === 'word' && !word(tokens, i + 1, 'and', 'or', 'when', 'as', 'after', 'before', 'that'))
    return null; // "spring offensive"
  return { next: i + 1, value: { kind: 'season', season: s }, rule: 'season' };
};

/** `in 2024`, `since 2022`, `1950-53`, `2022–2024` */
const yearRule: Rule = (tokens, i) => {
  const y = year(tokens, i);
  if (y === null) return null;
  if (isDash(tokens, i + 1) && touching(tokens, i + 1) && touching(tokens, i + 2)) {
    const t = tokens[i + 2];
    if (t && t.kind === 'number' && (t.digits === 2 || t.digits === 4)) {
      const to = t.digits === 2 ? Math.floor(y / 100) * 100 + t.value : t.value;
      if (to > y && to - y < 100) return { next: i + 3, value: { kind: 'years', from: y, to }, rule: 'year-range' };
    }
    return null;
  }
  const sentenceStart = i === 0 && punct(tokens, 1, ',');
  if (!sentenceStart && !word(tokens, i - 1, ...DATE_PREPOSITIONS, 'year', 'early', 'late', 'mid')) return null;
  if (word(tokens, i - 1, ...COUNT_CONTEXT)) {
    // "from 2000 to 3000 troops", "of 2000 soldiers": a count, not a year.
    if (tokens[i + 1] && COUNT_NOUNS.has(tokens[i + 1]!.lower)) return null;
    if (word(tokens, i + 1, 'to', 'and') && tokens[i + 2]?.kind === 'number' && year(tokens, i + 2) === null)
      return null;
  }
  return { next: i + 1, value: { kind: 'year', year: y }, rule: 'year' };
};

/** `three days ago`, `2 weeks ago`, `a month ago` */
const ago: Rule = (tokens, i) => {
  const n = amount(tokens, i);
  if (n === null) return null;
  const unit = tokens[i + 1]?.lower.replace(/s$/, '');
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
  if (!word(tokens, i + 2, 'ago')) return null;
  return { next: i + 3, value: { kind: 'ago', amount: n, unit }, rule: 'ago' };
};

/** Dates counted from another: `two days later`, `a week earlier`, `the next day`, `the following week`, `the day before`, `the same day` */
const shift: Rule = (tokens, i) => {
  const n = amount(tokens, i);
  if (n !== null) {
    const unit = tokens[i + 1]?.lower.replace(/s$/, '');
    if ((unit === 'day' || unit === 'week') && word(tokens, i + 2, 'later', 'earlier', 'after', 'before')) {
      const direction = word(tokens, i + 2, 'later', 'after') ? 1 : -1;
      if (word(tokens, i + 2, 'after', 'before') && !boundary(tokens, i + 3)) return null; // "a day before the talks"
      return { next: i + 3, value: { kind: 'shift', amount: n, unit, direction }, rule: 'shift' };
    }
    return null;
  }
  let k = i;
  if (word(tokens, k, 'that') && word(tokens, k + 1, 'same')) k++;
  else if (!word(tokens, k, 'the')) return null;
  const lead = tokens[k + 1]?.lower;
  if ((lead === 'next' || lead === 'following' || lead === 'previous') && word(tokens, k + 2, 'day', 'week')) {
    const unit = tokens[k + 2]!.lower as 'day' | 'week';
    return {
      next: k + 3,
      value: { kind: 'shift', amount: 1, unit, direction: lead === 'previous' ? -1 : 1, period: unit === 'week' },
      rule: 'shift',
    };
  }
  if (lead === 'same' && word(tokens, k + 2, 'day')) {
    return { next: k + 3, value: { kind: 'shift', amount: 0, unit: 'day', direction: 0 }, rule: 'shift' };
  }
  if (lead === 'day' && word(tokens, k + 2, 'before', 'after') && boundary(tokens, k + 3)) {
    return {
      next: k + 3,
      value: { kind: 'shift', amount: 1, unit: 'day', direction: tokens[k + 2]!.lower === 'after' ? 1 : -1 },
      rule: 'shift',
    };
  }
  return null;
};

/** `Q4 2024`, `H1 2025`, `the third quarter of 2024`, `the first half of the year`, `the fourth quarter` */
const quarterOrHalf: Rule = (tokens, i) => {
  const t = tokens[i];
  if (t && (t.text === 'Q' || t.text === 'H') && tokens[i + 1]?.kind === 'number' && touching(tokens, i + 1)) {
    const n = tokens[i + 1]!.value;
    const y = year(tokens, i + 2);
    if (y === null) return null;
    if (t.text === 'Q' && n >= 1 && n <= 4)
      return { next: i + 3, value: { kind: 'quarter', quarter: n, year: y }, rule: 'quarter' };
    if (t.text === 'H' && n >= 1 && n <= 2)
      return { next: i + 3, value: { kind: 'half', half: n, year: y }, rule: 'half' };
    return null;
  }
  if (!word(tokens, i, 'the')) return null;
  const ordinal = tokens[i + 1] ? ORDINAL_WORDS[tokens[i + 1]!.lower] : undefined;
  if (ordinal === undefined || !word(tokens, i + 2, 'quarter', 'half')) return null;
  const isQuarter = tokens[i + 2]!.lower === 'quarter';
  if (!isQuarter && ordinal > 2) return null;
  const ref = word(tokens, i + 3, 'of') ? yearRef(tokens, i + 4) : null;
  const next = ref ? ref.next : i + 3;
  if (!ref && !boundary(tokens, next)) return null; // "the first half of the match"
  const spec = ref
    ? {
        ...(ref.year === undefined ? {} : { year: ref.year }),
        ...(ref.yearOffset === undefined ? {} : { yearOffset: ref.yearOffset }),
      }
    : {};
  const value: DateValue = isQuarter
    ? { kind: 'quarter', quarter: ordinal, ...spec }
    : { kind: 'half', half: ordinal, ...spec };
  return { next, value, rule: isQuarter ? 'quarter' : 'half' };
};

const RULES: Rule[] = [
  isoDate,
  range,
  monthPart,
  yearPart,
  weekOfMonth,
  monthDay,
  monthRule,
  restOf,
  relativeDay,
  holiday,
  relativeUnit,
  weekend,
  weekday,
  season,
  yearRule,
  ago,
  shift,
  quarterOrHalf,
];
