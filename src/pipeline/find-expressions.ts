import { tokenize, type Token } from './tokenize.ts';
import type { DateValue, Offset, Season, TemporalMention } from './types.ts';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** Month names that are also common words: they need a date-like neighbour. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar']);
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const SEASONS: Record<string, Season> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const OFFSETS: Record<string, Offset> = { last: -1, this: 0, next: 1 };
/** Words before a bare month or year that make it a date ("in June", "since August"). */
const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'throughout', 'before', 'after',
  'between', 'of', 'to', 'and', 'or', 'early', 'late', 'mid', 'around', 'as', 'last', 'this', 'next',
]);

interface Match {
  /** Index one past the last token of the match. */
  next: number;
  value: DateValue;
  rule: string;
}

type Rule = (tokens: Token[], i: number) => Match | null;

/**
 * Find the temporal expressions of a sentence: absolute dates, parts of
 * months, relative days and periods, weekdays, seasons, quarters and years.
 * Each is returned with its exact words, offsets, grammar rule and unresolved
 * meaning. Words that only look like dates (`MiG-29`, `10,000`, the verb
 * `may`) are left alone. Runs in linear time: every rule looks at a bounded
 * number of tokens.
 *
 * @param text - Plain text of one sentence.
 * @returns Expressions in order of appearance, never overlapping.
 */
export function findExpressions(text: string): TemporalMention[] {
  const tokens = tokenize(text);
  const mentions: TemporalMention[] = [];
  let i = 0;
  while (i < tokens.length) {
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
  if (after && touching(tokens, i + 1) && after.kind === 'word') return null;
  return t.value;
}

/** Whether the number at `i` is glued to letters by a hyphen (`MiG-29`, `KN-23`). */
function designation(tokens: Token[], i: number): boolean {
  return punct(tokens, i - 1, '-', '/') && touching(tokens, i) && tokens[i - 2]?.kind === 'word' && touching(tokens, i - 1);
}

/** An optional `, YYYY` or ` YYYY` after a month or day. */
function optionalYear(tokens: Token[], i: number): { year?: number; next: number } {
  const direct = year(tokens, i);
  if (direct !== null) return { year: direct, next: i + 1 };
  if (punct(tokens, i, ',')) {
    const after = year(tokens, i + 1);
    if (after !== null) return { year: after, next: i + 2 };
  }
  return { next: i };
}

function withYear<T extends DateValue>(value: T, y: number | undefined): T {
  return y === undefined ? value : { ...value, year: y };
}

const DASHES = ['-', '–', '—'];

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

/** `December 2, 2024`, `Dec. 2`, `October 8-13`, `June 2024`, `June of 2024`, and a bare month in context. */
const monthFirst: Rule = (tokens, i) => {
  const m = month(tokens, i);
  if (!m) return null;
  const d = day(tokens, m.next);
  if (d !== null) {
    let next = m.next + 1;
    const to = DASHES.some((c) => punct(tokens, next, c)) || word(tokens, next, 'to', 'through')
      ? day(tokens, next + 1)
      : null;
    if (to !== null && to > d) {
      const y = optionalYear(tokens, next + 2);
      return { next: y.next, value: withYear({ kind: 'days', month: m.month, from: d, to }, y.year), rule: 'month-day-range' };
    }
    const y = optionalYear(tokens, next);
    return { next: y.next, value: withYear({ kind: 'date', month: m.month, day: d }, y.year), rule: 'month-day' };
  }
  let yearAt = m.next;
  if (word(tokens, yearAt, 'of') && year(tokens, yearAt + 1) !== null) yearAt++;
  const y = year(tokens, yearAt);
  if (y !== null) return { next: yearAt + 1, value: { kind: 'month', month: m.month, year: y }, rule: 'month-year' };
  if (!monthContext(tokens, i) || m.ambiguous && !word(tokens, i - 1, 'in', 'since', 'until', 'early', 'late', 'mid', 'from', 'during')) return null;
  return { next: m.next, value: { kind: 'month', month: m.month }, rule: 'month' };
};

/** Whether a bare month at `i` is used as a date: after a preposition ("in June", "since August"). */
function monthContext(tokens: Token[], i: number): boolean {
  if (word(tokens, i - 1, ...DATE_PREPOSITIONS)) return true;
  return punct(tokens, i - 1, '-') && word(tokens, i - 2, 'mid') && touching(tokens, i - 1);
}

/** `2 December 2024`, `the 2nd of December` */
const dayFirst: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the')) k++;
  const d = day(tokens, k);
  if (d === null) return null;
  let at = k + 1;
  if (word(tokens, at, 'of')) at++;
  else if (k !== i) return null; // "the 2 December" is not English; "the 2nd of December" is
  const m = month(tokens, at);
  if (!m) return null;
  const y = optionalYear(tokens, m.next);
  return { next: y.next, value: withYear({ kind: 'date', month: m.month, day: d }, y.year), rule: 'day-month' };
};

/** `early October`, `mid-October`, `late Oct. 2024`, `the end of January`, `the beginning of March` */
const monthPart: Rule = (tokens, i) => {
  let part: 'early' | 'mid' | 'late' | null = null;
  let at = i;
  if (word(tokens, i, 'early', 'late', 'mid')) {
    part = tokens[i]!.lower as 'early' | 'mid' | 'late';
    at = i + 1;
    if (part === 'mid' && punct(tokens, at, '-') && touching(tokens, at)) at++;
  } else {
    let k = i;
    if (word(tokens, k, 'the')) k++;
    if (word(tokens, k, 'beginning', 'start', 'middle', 'end') && word(tokens, k + 1, 'of')) {
      const key = tokens[k]!.lower;
      part = key === 'end' ? 'late' : key === 'middle' ? 'mid' : 'early';
      at = k + 2;
    }
  }
  if (!part) return null;
  const m = month(tokens, at);
  if (!m) return null;
  const y = optionalYear(tokens, m.next);
  return { next: y.next, value: withYear({ kind: 'month-part', part, month: m.month }, y.year), rule: 'month-part' };
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
    if (m && !optionalYear(tokens, m.next).year) {
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
  if (t.lower in offsets) return { next: i + 1, value: { kind: 'relative-day', offset: offsets[t.lower]! }, rule: t.lower };
  if (t.lower === 'last' && word(tokens, i + 1, 'night')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: -1 }, rule: 'last-night' };
  }
  if (t.lower === 'this' && word(tokens, i + 1, 'morning', 'afternoon', 'evening')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: 0 }, rule: 'this-morning' };
  }
  return null;
};

/** `last week`, `this month`, `next year`, `last autumn`, `this summer`, `last Friday` */
const relativeUnit: Rule = (tokens, i) => {
  if (!word(tokens, i, 'last', 'this', 'next')) return null;
  const offset = OFFSETS[tokens[i]!.lower]!;
  const t = tokens[i + 1];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'week' || t.lower === 'month' || t.lower === 'year') {
    return { next: i + 2, value: { kind: 'relative-unit', unit: t.lower, offset }, rule: `${tokens[i]!.lower}-${t.lower}` };
  }
  const season = SEASONS[t.lower];
  if (season) return { next: i + 2, value: { kind: 'season', season, offset }, rule: 'relative-season' };
  const weekday = WEEKDAYS[t.lower];
  if (weekday !== undefined && /^[A-Z]/.test(t.text)) {
    return { next: i + 2, value: { kind: 'weekday', weekday, offset }, rule: 'relative-weekday' };
  }
  return null;
};

/** `Friday` (resolved by tense), `Friday, December 6` (the date wins) */
const weekday: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z]+$/.test(t.text)) return null;
  const value = WEEKDAYS[t.lower];
  if (value === undefined) return null;
  const after = punct(tokens, i + 1, ',') ? i + 2 : i + 1;
  const dated = monthFirst(tokens, after) ?? dayFirst(tokens, after);
  if (dated && dated.value.kind === 'date') return { ...dated, rule: `weekday-${dated.rule}` };
  return { next: i + 1, value: { kind: 'weekday', weekday: value }, rule: 'weekday' };
};

/** `autumn 2024`, `the summer of 2024`, `in the autumn`, `in spring` */
const season: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the')) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const s = SEASONS[t.lower];
  if (!s) return null;
  let yearAt = k + 1;
  if (word(tokens, yearAt, 'of')) yearAt++;
  const y = year(tokens, yearAt);
  if (y !== null) return { next: yearAt + 1, value: { kind: 'season', season: s, year: y }, rule: 'season-year' };
  if (t.lower === 'fall' || !word(tokens, i - 1, 'in', 'during', 'since', 'until', 'by')) return null;
  return { next: k + 1, value: { kind: 'season', season: s }, rule: 'season' };
};

/** `in 2024`, `since 2022`, `1950-53`, `2022–2024` */
const yearRule: Rule = (tokens, i) => {
  const y = year(tokens, i);
  if (y === null) return null;
  if (DASHES.some((c) => punct(tokens, i + 1, c)) && touching(tokens, i + 1) && touching(tokens, i + 2)) {
    const t = tokens[i + 2];
    if (t && t.kind === 'number' && (t.digits === 2 || t.digits === 4)) {
      const to = t.digits === 2 ? Math.floor(y / 100) * 100 + t.value : t.value;
      if (to > y && to - y < 100) return { next: i + 3, value: { kind: 'years', from: y, to }, rule: 'year-range' };
    }
  }
  if (!word(tokens, i - 1, ...DATE_PREPOSITIONS, 'year', 'of') && !(i === 0 && punct(tokens, 1, ','))) return null;
  return { next: i + 1, value: { kind: 'year', year: y }, rule: 'year' };
};

/** `three days ago`, `2 weeks ago`, `a month ago` */
const ago: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t) return null;
  const amount = t.kind === 'number' && t.digits > 0 && t.digits <= 3 ? t.value : NUMBER_WORDS[t.lower];
  if (amount === undefined) return null;
  const unit = tokens[i + 1]?.lower.replace(/s$/, '');
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
  if (!word(tokens, i + 2, 'ago')) return null;
  return { next: i + 3, value: { kind: 'ago', amount, unit }, rule: 'ago' };
};

/** `Q4 2024`, `the third quarter of 2024`, `the first half of 2025` */
const quarterOrHalf: Rule = (tokens, i) => {
  const t = tokens[i];
  if (t && t.text === 'Q' && tokens[i + 1]?.kind === 'number' && touching(tokens, i + 1)) {
    const q = tokens[i + 1]!.value;
    const y = year(tokens, i + 2);
    if (q >= 1 && q <= 4 && y !== null) return { next: i + 3, value: { kind: 'quarter', quarter: q, year: y }, rule: 'quarter' };
    return null;
  }
  let k = i;
  if (word(tokens, k, 'the')) k++;
  const ordinal = tokens[k] ? ORDINAL_WORDS[tokens[k]!.lower] : undefined;
  if (ordinal === undefined || !word(tokens, k + 1, 'quarter', 'half') || !word(tokens, k + 2, 'of')) return null;
  const y = year(tokens, k + 3);
  if (y === null) return null;
  if (tokens[k + 1]!.lower === 'quarter') return { next: k + 4, value: { kind: 'quarter', quarter: ordinal, year: y }, rule: 'quarter' };
  if (ordinal > 2) return null;
  return { next: k + 4, value: { kind: 'half', half: ordinal, year: y }, rule: 'half' };
};

const RULES: Rule[] = [isoDate, monthPart, monthFirst, dayFirst, restOf, relativeDay, relativeUnit, weekday, season, yearRule, ago, quarterOrHalf];
