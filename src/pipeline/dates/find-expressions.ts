import { tokenize, type Token } from './tokenize.ts';
import type { DateValue, Holiday, Offset, Part, Season, TemporalMention } from '../model/index.ts';

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
/** Ordinal words for centuries ("the twentieth century"). */
const CENTURY_WORDS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
/** Decades written as words ("the nineties"): their place in the century. */
const DECADE_WORDS: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
/** Tens and units as spoken ("nineteen ninety-six", "two thousand and one"). */
const TENS_WORDS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
/** Words that introduce a noun phrase, before a year or month used as a modifier ("a 2010 raid", "the October vote"). */
const DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose'];
/** Holidays by their capitalised words (the second word, when there is one, as written). */
const HOLIDAYS: Array<{ words: string[]; holiday: Holiday }> = [
  { words: ['Thanksgiving', 'Day'], holiday: 'thanksgiving' },
  { words: ['Thanksgiving'], holiday: 'thanksgiving' },
  { words: ['Election', 'Day'], holiday: 'election-day' },
  { words: ['Easter', 'Sunday'], holiday: 'easter' },
  { words: ['Easter', 'Monday'], holiday: 'easter-monday' },
  { words: ['Easter', 'week'], holiday: 'easter-week' },
  { words: ['Easter', 'Week'], holiday: 'easter-week' },
  { words: ['Easter'], holiday: 'easter' },
  { words: ['Good', 'Friday'], holiday: 'good-friday' },
  { words: ['Memorial', 'Day'], holiday: 'memorial-day' },
  { words: ['Labor', 'Day'], holiday: 'labor-day' },
  { words: ['Veterans', 'Day'], holiday: 'veterans-day' },
  { words: ['Boxing', 'Day'], holiday: 'boxing-day' },
  { words: ['Halloween'], holiday: 'halloween' },
  { words: ['Christmas', 'Eve'], holiday: 'christmas-eve' },
  { words: ['Christmas', 'Day'], holiday: 'christmas' },
  { words: ['Black', 'Friday'], holiday: 'black-friday' },
  { words: ['Cyber', 'Monday'], holiday: 'cyber-monday' },
  { words: ['Palm', 'Sunday'], holiday: 'palm-sunday' },
  { words: ['Ash', 'Wednesday'], holiday: 'ash-wednesday' },
  { words: ['Shrove', 'Tuesday'], holiday: 'shrove-tuesday' },
  { words: ['Fat', 'Tuesday'], holiday: 'shrove-tuesday' },
  { words: ['Mardi', 'Gras'], holiday: 'shrove-tuesday' },
  { words: ['Maundy', 'Thursday'], holiday: 'maundy-thursday' },
  { words: ['Whit', 'Sunday'], holiday: 'pentecost' },
  { words: ['Pentecost'], holiday: 'pentecost' },
];
/**
 * Capitalised words that make a weekday after them the name of something else, a day the
 * grammar does not compute ("Super Tuesday", "Bloody Sunday", "Black Monday").
 */
const NAMED_DAY_WORDS = new Set(['Super', 'Bloody', 'Black', 'Blue', 'Giving', 'Holy', 'Low', 'Spy', 'Red']);
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
  'into',
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
  'vehicles',
  'cars',
  'trucks',
  'buses',
  'aircraft',
  'planes',
  'ships',
  'boats',
  'homes',
  'houses',
  'jobs',
  'shares',
  'votes',
  'seats',
  'flights',
  'families',
  'children',
  'students',
  'employees',
  'members',
  'police',
  'officers',
  'pages',
  'copies',
  'barrels',
  'acres',
  'feet',
  'points',
  'rubles',
  'roubles',
  'pounds',
  'yen',
  'won',
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
  'q',
  'h',
  'fy',
  'fiscal',
  'first',
  'second',
  'third',
  'fourth',
  'year',
  'nineteen',
  'eighteen',
  ...Object.keys(CENTURY_WORDS),
  ...HOLIDAYS.map((h) => h.words[0]!.toLowerCase()),
  'valentine',
  'boxing',
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
    if (!mayStart(tokens, i)) {
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

/** Words that can follow "the" in an expression ("the first week", "the year-ago quarter", "the 1990s"). */
const AFTER_THE = new Set([
  ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(DECADE_WORDS),
  ...Object.keys(CENTURY_WORDS),
  ...Object.keys(SEASONS),
  'last',
  'next',
  'following',
  'previous',
  'preceding',
  'same',
  'day',
  'week',
  'weekend',
  'end',
  'beginning',
  'start',
  'middle',
  'year',
  'current',
  'full',
  'calendar',
  'latest',
  'coming',
  'fiscal',
  'comparable',
  'corresponding',
  'most',
  'quarter',
  'early',
  'late',
  'mid',
  'twenty',
]);
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/**
 * Whether an expression may begin at token `i`: a quick look at the token and
 * the next, so that the rules run only where a date can start (most words,
 * figures and articles of a report are passed over at once).
 */
function mayStart(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'punct') return false;
  if (t.kind === 'number') {
    if (t.ordinal || t.digits === 4 || (t.digits > 0 && t.digits <= 2)) return true;
    return t.digits === 3 && UNITS.has(tokens[i + 1]?.lower ?? '');
  }
  if (!STARTERS.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!next) return t.lower !== 'the' && t.lower !== 'a' && t.lower !== 'an';
  switch (t.lower) {
    case 'the':
      return next.kind !== 'word' || AFTER_THE.has(next.lower);
    case 'a':
    case 'an':
      return UNITS.has(next.lower);
    case 'first':
    case 'second':
    case 'third':
    case 'fourth':
      return (
        next.kind === 'punct' ||
        next.lower === 'quarter' ||
        next.lower === 'half' ||
        next.lower === 'two' ||
        next.lower === 'week'
      );
    default:
      return true;
  }
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

/** A four-digit year at `i` (1800–2099). */
function year(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || t.digits !== 4 || t.value < 1800 || t.value > 2099) return null;
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
  const said = spokenYear(tokens, i);
  if (said) return said;
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

/** `'s` at `i` (an apostrophe and `s`, touching). */
function possessive(tokens: Token[], i: number): boolean {
  return punct(tokens, i, "'", '’') && word(tokens, i + 1, 's') && touching(tokens, i + 1);
}

/** `this year's`, `last year's`, `next year's` at `i`: the year's offset and the index after. */
function yearPossessive(tokens: Token[], i: number): { yearOffset: Offset; next: number } | null {
  if (word(tokens, i, 'last', 'this', 'next') && word(tokens, i + 1, 'year') && possessive(tokens, i + 2))
    return { yearOffset: OFFSETS[tokens[i]!.lower]!, next: i + 4 };
  return null;
}

/** A year said in words at `i`: `nineteen ninety-six`, `two thousand`, `two thousand and one`. */
function spokenYear(tokens: Token[], i: number): { year: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'nineteen' || t.lower === 'eighteen') {
    const tens = tokens[i + 1] ? TENS_WORDS[tokens[i + 1]!.lower] : undefined;
    if (tens === undefined) return null;
    const century = t.lower === 'nineteen' ? 1900 : 1800;
    if (tens >= 20 && punct(tokens, i + 2, '-') && touching(tokens, i + 2) && touching(tokens, i + 3)) {
      const unit = tokens[i + 3] ? UNIT_WORDS[tokens[i + 3]!.lower] : undefined;
      if (unit !== undefined) return { year: century + tens + unit, next: i + 4 };
    }
    return { year: century + tens, next: i + 2 };
  }
  if (t.lower === 'two' && word(tokens, i + 1, 'thousand')) {
    let k = i + 2;
    if (word(tokens, k, 'and')) k++;
    const unit = tokens[k] ? (UNIT_WORDS[tokens[k]!.lower] ?? TENS_WORDS[tokens[k]!.lower]) : undefined;
    if (unit !== undefined && !(unit >= 20)) return { year: 2000 + unit, next: k + 1 };
    return { year: 2000, next: i + 2 };
  }
  return null;
}

/** The next word starts a noun phrase of its own (a capitalised name): "Jan Kavan", "June Carter". */
function nameFollows(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    t.kind === 'word' &&
    /^[A-Z][a-z]/.test(t.text) &&
    MONTHS[t.lower] === undefined &&
    WEEKDAYS[t.lower] === undefined &&
    !touching(tokens, i)
  );
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
    // "Jan. 30-Feb. 2", "Nov. 28 to Dec. 3": days across two months
    if (isDash(tokens, after) || word(tokens, after, 'to', 'through')) {
      const m2 = month(tokens, after + 1);
      const d2 = m2 ? day(tokens, m2.next) : null;
      if (m2 && d2 !== null && m2.month !== m.month) {
        const spec = yearSpec(tokens, m2.next + 1);
        return {
          next: spec.next,
          value: withYear({ kind: 'days', month: m.month, from: d, toMonth: m2.month, to: d2 }, spec),
          rule: 'month-day-range',
        };
      }
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

/** Words after "the March" or "a May" that show it is no month used as a modifier ("the March for Our Lives"). */
const NOT_MODIFIED = [
  'of',
  'and',
  'or',
  'to',
  'is',
  'was',
  'are',
  'were',
  'will',
  'has',
  'had',
  'for',
  'on',
  'in',
  'at',
  'by',
  'with',
  'from',
  'against',
  'through',
  'that',
  'which',
  'who',
];

/** `June 2024`, `June of 2024`, `August last year`, and a bare month after a preposition (`in June`, `since August`). */
const monthRule: Rule = (tokens, i) => {
  const m = month(tokens, i);
  if (!m || day(tokens, m.next) !== null) return null;
  const spec = yearSpec(tokens, m.next);
  if (spec.next > m.next)
    return { next: spec.next, value: withYear({ kind: 'month', month: m.month }, spec), rule: 'month-year' };
  const before = tokens[i - 1];
  const mid = punct(tokens, i - 1, '-') && word(tokens, i - 2, 'mid') && touching(tokens, i - 1);
  // A month as a modifier: "the October vote", "a June agreement" (never "the May" alone).
  const modifier =
    word(tokens, i - 1, ...DETERMINERS) &&
    tokens[m.next]?.kind === 'word' &&
    /^[a-z]/.test(tokens[m.next]!.text) &&
    !word(tokens, m.next, ...NOT_MODIFIED) &&
    !touching(tokens, m.next);
  if (modifier) return { next: m.next, value: { kind: 'month', month: m.month }, rule: 'month-modifier' };
  if (!mid && !word(tokens, i - 1, ...DATE_PREPOSITIONS, 'for', 'into')) return null;
  // "Geremek, Jan Kavan and ...": a first name, not a month, unless a preposition only dates take comes first.
  if (nameFollows(tokens, m.next) && !word(tokens, i - 1, 'in', 'since', 'during')) return null;
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
    if (punct(tokens, next, '-') && touching(tokens, next) && touching(tokens, next + 1)) next++;
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

/** `the first week of December`, `the last week of October 2024`; `the week of March 6` (the week that day falls in) */
const weekOfMonth: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the')) k++;
  if (k > i && word(tokens, k, 'week') && word(tokens, k + 1, 'of')) {
    const dated = monthDay(tokens, k + 2);
    if (dated && dated.value.kind === 'date')
      return { next: dated.next, value: { ...dated.value, weekOf: true }, rule: 'week-of-day' };
  }
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
  if (word(tokens, i + 1, 'in') && word(tokens, i + 2, 'the') && word(tokens, i + 3, 'week', 'year', 'month')) {
    // "earlier in the year": this year's, or the year of the date the paragraph set before (`inThe`)
    if (punct(tokens, i + 4, '-') || possessive(tokens, i + 4)) return null;
    const unit = tokens[i + 3]!.lower;
    return unit === 'month'
      ? { next: i + 4, value: { kind: 'rest-of-month', which, inThe: true }, rule: 'rest-of-month' }
      : { next: i + 4, value: { kind: 'rest-of', which, unit: unit as 'week' | 'year', inThe: true }, rule: 'rest-of' };
  }
  if (word(tokens, i + 1, 'in')) {
    const m = month(tokens, i + 2);
    if (m && day(tokens, m.next) === null && yearSpec(tokens, m.next).next === m.next) {
      return { next: m.next, value: { kind: 'rest-of-month', which, month: m.month }, rule: 'rest-of-month' };
    }
  }
  return null;
};

/** Nouns after which "today's" or "tomorrow's" means the present or future age, not the day ("today's youth"). */
const GENERIC_NOUNS = new Set([
  'youth',
  'young',
  'world',
  'generation',
  'society',
  'children',
  'kids',
  'students',
  'economy',
  'standards',
  'technology',
  'computers',
  'consumers',
  'people',
  'women',
  'men',
  'workers',
  'families',
  'culture',
  'politics',
  'military',
  'armies',
  'wars',
  'warfare',
  'weapons',
  'leaders',
  'markets',
  'media',
  'music',
  'cars',
  'personal',
  'modern',
]);

/** `today` or `tomorrow` at `i` names an age, not a day: "the people of tomorrow", "today's youth". */
function generic(tokens: Token[], i: number): boolean {
  if (word(tokens, i - 1, 'of') && (boundary(tokens, i + 1) || word(tokens, i + 1, 'and', 'or'))) return true;
  if (!possessive(tokens, i + 1)) return false;
  const noun = tokens[i + 3];
  return noun !== undefined && GENERIC_NOUNS.has(noun.lower);
}

/** `yesterday`, `today`, `tomorrow`, `last night`, `this morning` */
const relativeDay: Rule = (tokens, i) => {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const offsets: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
  if (t.lower in offsets) {
    // A capital inside a sentence is a title ("VOA Today", NBC's "Today"), not the day.
    if (/^[A-Z]/.test(t.text) && i > 0 && !punct(tokens, i - 1, '"', '“', '‘', "'", ':', '(', '—', '–', '-', '['))
      return null;
    if (generic(tokens, i)) return null;
    return { next: i + 1, value: { kind: 'relative-day', offset: offsets[t.lower]! }, rule: t.lower };
  }
  if (t.lower === 'last' && word(tokens, i + 1, 'night')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: -1 }, rule: 'last-night' };
  }
  if (t.lower === 'this' && word(tokens, i + 1, 'morning', 'afternoon', 'evening')) {
    return { next: i + 2, value: { kind: 'relative-day', offset: 0 }, rule: 'this-morning' };
  }
  return null;
};

/** A holiday's words at `i` ("Thanksgiving Day", "Good Friday", "New Year's Eve"): which and the index after. */
function holidayAt(tokens: Token[], i: number): { holiday: Holiday; next: number; bare: boolean } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z]/.test(t.text)) return null;
  if (t.text === 'New' && tokens[i + 1]?.text === 'Year' && possessive(tokens, i + 2)) {
    const which = tokens[i + 4];
    if (which?.text === 'Eve') return { holiday: 'new-years-eve', next: i + 5, bare: false };
    if (which?.text === 'Day') return { holiday: 'new-year', next: i + 5, bare: false };
    return null;
  }
  if (t.text === 'Valentine' && possessive(tokens, i + 1) && tokens[i + 3]?.text === 'Day')
    return { holiday: 'valentines-day', next: i + 4, bare: false };
  if (t.text === 'Fourth' && word(tokens, i + 1, 'of') && tokens[i + 2]?.text === 'July')
    return { holiday: 'independence-day', next: i + 3, bare: false };
  for (const { words, holiday } of HOLIDAYS) {
    if (words.every((w, k) => tokens[i + k]?.text === w))
      return { holiday, next: i + words.length, bare: words.length === 1 };
  }
  if (t.text === 'Christmas') return { holiday: 'christmas', next: i + 1, bare: true };
  return null;
}

/** `Thanksgiving Day`, `Election Day`, `Easter`, `Good Friday`, `Christmas Eve`, `New Year's Day`, `the Fourth of July`, `Christmas 2023` */
const holiday: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the') && tokens[k + 1]?.text === 'Fourth') k++;
  const h = holidayAt(tokens, k);
  if (!h) return null;
  const y = year(tokens, h.next);
  if (y !== null) return { next: h.next + 1, value: { kind: 'holiday', holiday: h.holiday, year: y }, rule: 'holiday' };
  // A one-word holiday needs a preposition ("on Easter", "since Thanksgiving"): "Easter Island", "Christmas tree".
  if (
    h.bare &&
    !word(
      tokens,
      i - 1,
      'on',
      'at',
      'since',
      'before',
      'after',
      'by',
      'until',
      'over',
      'for',
      'during',
      'around',
      'till',
    )
  )
    return null;
  if (h.bare && tokens[h.next]?.kind === 'word' && /^[A-Z]/.test(tokens[h.next]!.text)) return null; // "Easter Island"
  return { next: h.next, value: { kind: 'holiday', holiday: h.holiday }, rule: 'holiday' };
};

/** `last week`, `this month`, `next year`, `last autumn`, `this summer`, `last Friday`, `this weekend` */
const relativeUnit: Rule = (tokens, i) => {
  if (!word(tokens, i, 'last', 'this', 'next')) return null;
  if (word(tokens, i - 1, 'the') && word(tokens, i, 'last')) return null; // "for the last week": a span up to now
  let offset = OFFSETS[tokens[i]!.lower]!;
  let k = i + 1;
  if (offset === 0 && word(tokens, k, 'past')) {
    offset = -1; // "this past spring"
    k++;
  }
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'week' || t.lower === 'month' || t.lower === 'year') {
    // ABC's "This Week", "Next Year" as a title: both words capitalised.
    if (/^[A-Z]/.test(tokens[i]!.text) && /^[A-Z]/.test(t.text)) return null;
    if (punct(tokens, k + 1, '-') && touching(tokens, k + 1)) return null; // "last year-end", "this week-long"
    return {
      next: k + 1,
      value: { kind: 'relative-unit', unit: t.lower, offset },
      rule: `${tokens[i]!.lower}-${t.lower}`,
    };
  }
  if (t.lower === 'quarter')
    return { next: k + 1, value: { kind: 'relative-quarter', offset }, rule: 'relative-quarter' };
  if (t.lower === 'weekend') return { next: k + 1, value: { kind: 'weekend', offset }, rule: 'relative-weekend' };
  const season = SEASONS[t.lower];
  if (season) return { next: k + 1, value: { kind: 'season', season, offset }, rule: 'relative-season' };
  const weekday = WEEKDAYS[t.lower];
  if (weekday !== undefined && /^[A-Z]/.test(t.text)) {
    return { next: k + 1, value: { kind: 'weekday', weekday, offset }, rule: 'relative-weekday' };
  }
  // "last April", "this September": the modifier fixes the direction, whatever the clause's tense.
  const m = month(tokens, k);
  if (m && day(tokens, m.next) === null)
    return { next: m.next, value: { kind: 'month', month: m.month, offset }, rule: 'relative-month' };
  const h = holidayAt(tokens, k);
  if (h) return { next: h.next, value: { kind: 'holiday', holiday: h.holiday, offset }, rule: 'relative-holiday' };
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
  if (NAMED_DAY_WORDS.has(tokens[i - 1]?.text ?? '') && !touching(tokens, i - 1) && !punct(tokens, i - 1)) return null;
  const after = punct(tokens, i + 1, ',') ? i + 2 : i + 1;
  const dated = monthDay(tokens, after);
  if (dated && dated.value.kind === 'date')
    return { ...dated, value: { ...dated.value, weekday: value }, rule: `weekday-${dated.rule}` };
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
  const said = spokenYear(tokens, yearAt);
  if (said) return { next: said.next, value: { kind: 'season', season: s, year: said.year }, rule: 'season-year' };
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
  // "by 2000 GMT", "at 1800 hours": a time of day in the military style, not a year
  if (tokens[i + 1] && CLOCK_WORDS.has(tokens[i + 1]!.text)) return null;
  const sentenceStart = i === 0 && punct(tokens, 1, ',');
  const modifier = yearModifier(tokens, i);
  if (
    !sentenceStart &&
    !modifier &&
    !word(tokens, i - 1, ...DATE_PREPOSITIONS, 'for', 'into', 'year', 'early', 'late', 'mid') &&
    // "in both 1990 and 1991", "bonds due 1993" (a maturity)
    !(word(tokens, i - 1, 'both') && word(tokens, i - 2, 'in', 'for', 'during')) &&
    !(word(tokens, i - 1, 'due') && !countFollows(tokens, i + 1))
  )
    return null;
  if (word(tokens, i - 1, ...COUNT_CONTEXT, 'for')) {
    // "from 2000 to 3000 troops", "of 2000 soldiers": a count, not a year.
    if (tokens[i + 1] && COUNT_NOUNS.has(tokens[i + 1]!.lower)) return null;
    if (/^[a-z]+[^s]s$/.test(tokens[i + 1]?.text ?? '') && !touching(tokens, i + 1)) return null; // "for 1988 vehicles"
    if (word(tokens, i + 1, 'to', 'and') && tokens[i + 2]?.kind === 'number' && year(tokens, i + 2) === null)
      return null;
  }
  return { next: i + 1, value: { kind: 'year', year: y }, rule: 'year' };
};

/** Words after a four-digit time of day ("2000 GMT", "1800 hours"). */
const CLOCK_WORDS = new Set([
  'GMT',
  'UTC',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'PST',
  'PDT',
  'CET',
  'CEST',
  'BST',
  'hours',
  'hrs',
  'local',
  'Zulu',
]);

/** A count noun, a magnitude or another number at `i`: the number before it is a quantity ("due 2000 tons"). */
function countFollows(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'number' || punct(tokens, i, '%')) return true;
  return t.kind === 'word' && (COUNT_NOUNS.has(t.lower) || MAGNITUDES.has(t.lower));
}
const MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per']);

/**
 * A year used as a modifier: after a determiner or a possessive and before a
 * word that is not a count noun ("the 1996 bombing", "a 2010 raid", "his 2007
 * campaign", "the company's 1989 results"). "The 2000 troops", "a 1500-strong
 * force" and "some 2000 people" are counts, and a year glued to letters
 * (`MiG-29`) is a designation, so neither is read.
 */
function yearModifier(tokens: Token[], i: number): boolean {
  const determiner = (k: number) =>
    word(tokens, k, ...DETERMINERS, 'that', 'this') || (word(tokens, k, 's') && possessive(tokens, k - 1));
  // "his unsuccessful 1996 campaign": one adjective may stand between (not a quantity word, and not before a plural)
  const adjective =
    tokens[i - 1]?.kind === 'word' &&
    /^[a-z]{3,}$/.test(tokens[i - 1]!.text) &&
    !QUANTITY_WORDS.has(tokens[i - 1]!.lower) &&
    determiner(i - 2) &&
    !/[^s]s$/.test(tokens[i + 1]?.text ?? '');
  if (!determiner(i - 1) && !adjective) return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || COUNT_NOUNS.has(next.lower) || touching(tokens, i + 1)) return false;
  if (punct(tokens, i + 1, '-')) return false;
  return !word(tokens, i + 1, 'of', 'to', 'and', 'or', 'more', 'other', 'others', 'new', 'additional', 'extra');
}

/** Words before a number that make it a quantity ("the estimated 2000", "a further 1500"). */
const QUANTITY_WORDS = new Set([
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'only',
  'just',
  'estimated',
  'additional',
  'another',
  'further',
  'remaining',
  'first',
  'last',
  'other',
  'total',
  'roughly',
  'approximately',
  'least',
  'most',
  'than',
  'extra',
  'more',
  'fewer',
  'less',
]);

/** `the 1990s`, `the early 1980s`, `the '80s`, `the nineties`, `the 20th century`, `the nineteenth century` (whole decades and centuries). */
const decadeOrCentury: Rule = (tokens, i) => {
  let k = i;
  const the = word(tokens, k, 'the');
  if (the) k++;
  const lead = partLead(tokens, k);
  if (lead && !lead.phrase) k = lead.next;
  const t = tokens[k];
  if (!t) return null;
  const decade = (from: number, next: number): Match => ({
    next,
    value: { kind: 'years', from, to: from + 9 },
    rule: 'decade',
  });
  if (t.kind === 'number' && t.digits === 4 && t.value % 10 === 0 && t.value >= 1000 && t.value <= 2090) {
    // "the 1800s", "the 1900s" are centuries; "the 2000s" is read as the decade, as news now uses it
    if (word(tokens, k + 1, 's') && touching(tokens, k + 1))
      return t.value % 100 === 0 && t.value < 2000
        ? { next: k + 2, value: { kind: 'years', from: t.value, to: t.value + 99 }, rule: 'century' }
        : decade(t.value, k + 2);
    if (possessive(tokens, k + 1) && touching(tokens, k + 1) && k > i) return decade(t.value, k + 3);
  }
  if (
    punct(tokens, k, "'", '’') &&
    tokens[k + 1]?.kind === 'number' &&
    tokens[k + 1]!.digits === 2 &&
    tokens[k + 1]!.value % 10 === 0 &&
    word(tokens, k + 2, 's') &&
    touching(tokens, k + 1) &&
    touching(tokens, k + 2) &&
    k > i
  ) {
    const n = tokens[k + 1]!.value;
    return decade(n >= 20 ? 1900 + n : 2000 + n, k + 3);
  }
  if (t.kind === 'word' && DECADE_WORDS[t.lower] !== undefined && DECADE_WORDS[t.lower]! >= 30 && k > i && the)
    return decade(1900 + DECADE_WORDS[t.lower]!, k + 1);
  // Centuries: "the 20th century", "the eleventh century"; not "the fifth century BC".
  let n: number | undefined;
  let at = k + 1;
  if (t.kind === 'number' && t.ordinal && t.value >= 11 && t.value <= 21) n = t.value;
  else if (t.kind === 'word') n = CENTURY_WORDS[t.lower];
  if (t.kind === 'word' && t.lower === 'twenty' && punct(tokens, k + 1, '-') && word(tokens, k + 3, 'first')) {
    n = 21;
    at = k + 4;
  }
  if (n === undefined || !word(tokens, at, 'century')) return null;
  const after = tokens[at + 1]?.text;
  if (after === 'BC' || after === 'B' || after === 'BCE') return null;
  return { next: at + 1, value: { kind: 'years', from: (n - 1) * 100, to: (n - 1) * 100 + 99 }, rule: 'century' };
};

/** `fiscal 1989`, `fiscal year 1990`, `FY2024`: a fiscal year read as its calendar year (the company's fiscal calendar is not in the text). */
const fiscalYear: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'fiscal')) {
    k++;
    if (word(tokens, k, 'year')) k++;
  } else if (tokens[k]?.text === 'FY') k++;
  else return null;
  const t = tokens[k];
  if (!t || t.kind !== 'number' || t.digits !== 4 || t.value < 1900 || t.value > 2099) return null;
  if (touching(tokens, k + 1) && tokens[k + 1]?.kind === 'word') return null;
  return { next: k + 1, value: { kind: 'year', year: t.value }, rule: 'fiscal-year' };
};

/**
 * `the fiscal year`, `this fiscal year`, `the current year`, `the full year`,
 * `the latest fiscal year`, `next fiscal year`, and `the year` after `for`,
 * `during`, `throughout` or "(months) of": the publication's year, or the
 * one before or after. A fiscal year is read as the calendar year.
 */
const relativeYear: Rule = (tokens, i) => {
  let k = i;
  let offset: Offset | undefined;
  if (word(tokens, k, 'this', 'last', 'next')) {
    offset = OFFSETS[tokens[k]!.lower]!;
    k++;
    if (!word(tokens, k, 'fiscal')) return null; // "this year" is relativeUnit's
  } else if (word(tokens, k, 'the')) {
    k++;
    if (word(tokens, k, 'current', 'full', 'calendar')) {
      offset = 0;
      k++;
    } else if (word(tokens, k, 'latest') && word(tokens, k + 1, 'fiscal')) {
      offset = -1;
      k++;
    } else if (word(tokens, k, 'coming') || (word(tokens, k, 'next') && word(tokens, k + 1, 'fiscal'))) {
      offset = 1;
      k++;
    }
  } else return null;
  const fiscal = word(tokens, k, 'fiscal');
  if (fiscal) k++;
  if (!word(tokens, k, 'year')) return null;
  if (possessive(tokens, k + 1) || (punct(tokens, k + 1, '-') && touching(tokens, k + 1))) return null;
  if (year(tokens, k + 1) !== null || spokenYear(tokens, k + 1)) return null; // "the year 2000"
  if (offset === undefined && !fiscal) {
    const of =
      word(tokens, i - 1, 'of') &&
      word(tokens, i - 2, 'months', 'weeks', 'days', 'rest', 'remainder', 'balance', 'half', 'quarter', 'part');
    if (!of && !word(tokens, i - 1, 'for', 'during', 'throughout')) return null;
    if (word(tokens, k + 1, 'before', 'after', 'earlier', 'later', 'that', 'when', 'in', 'since', 'ago', 'to', 'of'))
      return null;
  }
  return { next: k + 1, value: { kind: 'relative-unit', unit: 'year', offset: offset ?? 0 }, rule: 'relative-year' };
};

/** `the year two thousand`, `nineteen ninety-six` (broadcast transcripts write years as words) */
const spokenYearRule: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the') && word(tokens, k + 1, 'year')) k += 2;
  const said = spokenYear(tokens, k);
  if (!said) return null;
  // "two thousand" alone is a count unless "the year" or a date preposition comes first.
  if (tokens[k]!.lower === 'two' && k === i && !word(tokens, i - 1, 'in', 'since', 'until', 'by', 'before', 'after'))
    return null;
  if (tokens[said.next] && COUNT_NOUNS.has(tokens[said.next]!.lower)) return null;
  return { next: said.next, value: { kind: 'year', year: said.year }, rule: 'spoken-year' };
};

/** `late last month`, `early next month`, `the end of the month`, `the beginning of next week`, `late this week` */
const relativePart: Rule = (tokens, i) => {
  const lead = partLead(tokens, i);
  if (!lead) return null;
  let k = lead.next;
  let offset: Offset;
  if (word(tokens, k, 'last', 'this', 'next')) offset = OFFSETS[tokens[k]!.lower]!;
  else if (lead.phrase && word(tokens, k, 'the')) offset = 0;
  else return null;
  k++;
  if (!word(tokens, k, 'month', 'week')) return null;
  const unit = tokens[k]!.lower as 'month' | 'week';
  return { next: k + 1, value: { kind: 'relative-part', unit, offset, part: lead.part }, rule: 'relative-part' };
};

/** `year-end`, `year end`, `year's end`, `the end of year`: December of the year the tense picks. */
const yearEnd: Rule = (tokens, i) => {
  let k = i;
  if (word(tokens, k, 'the') && word(tokens, k + 1, 'end') && word(tokens, k + 2, 'of') && word(tokens, k + 3, 'year'))
    return boundary(tokens, k + 4) || word(tokens, k + 4, 'and', 'or')
      ? { next: k + 4, value: { kind: 'month', month: 12 }, rule: 'year-end' }
      : null;
  if (!word(tokens, k, 'year')) return null;
  if (possessive(tokens, k + 1)) k += 3;
  else if (punct(tokens, k + 1, '-') && touching(tokens, k + 1) && touching(tokens, k + 2)) k += 2;
  else if (word(tokens, k - 1, 'by', 'around', 'at', 'since', 'before', 'until', 'till', 'after', 'near')) k += 1;
  else return null;
  if (!word(tokens, k, 'end')) return null;
  // "year-end", "by year end", "year's end": the closing day of the year, as accounts use it
  return { next: k + 1, value: { kind: 'date', month: 12, day: 31 }, rule: 'year-end' };
};

/**
 * The period an earnings report is about, or the same period a year before:
 * `the quarter`, `the latest quarter`, `the latest period`, `that quarter`;
 * `the year-ago quarter`, `the year-earlier period`, `the comparable
 * year-ago quarter`, `the same quarter last year`, `last year's quarter`,
 * `the 1988 quarter`, and `year-ago` / `year-earlier` before a noun.
 */
const reportPeriod: Rule = (tokens, i) => {
  let k = i;
  // "year-ago results", "year-earlier profit"
  const yearAgo = (at: number) =>
    word(tokens, at, 'year') &&
    punct(tokens, at + 1, '-') &&
    touching(tokens, at + 1) &&
    word(tokens, at + 2, 'ago', 'earlier') &&
    touching(tokens, at + 2);
  if (yearAgo(k)) {
    const after = k + 3;
    if (word(tokens, after, 'quarter', 'period'))
      return { next: after + 1, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
    return { next: after, value: { kind: 'period', back: 1, fallback: 'year' }, rule: 'report-period' };
  }
  if (
    word(tokens, k, 'last') &&
    word(tokens, k + 1, 'year') &&
    possessive(tokens, k + 2) &&
    word(tokens, k + 4, 'quarter', 'period')
  )
    return { next: k + 5, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
  if (!word(tokens, k, 'the', 'that')) return null;
  const that = tokens[k]!.lower === 'that';
  k++;
  if (word(tokens, k, 'comparable', 'corresponding', 'same')) {
    k++;
    if (yearAgo(k) && word(tokens, k + 3, 'quarter', 'period'))
      return { next: k + 4, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
    if (word(tokens, k, 'quarter', 'period') && word(tokens, k + 1, 'last', 'a') && word(tokens, k + 2, 'year')) {
      const next = word(tokens, k + 1, 'a') ? (word(tokens, k + 3, 'ago', 'earlier') ? k + 4 : 0) : k + 3;
      if (next) return { next, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
    }
    return null;
  }
  if (yearAgo(k)) {
    let at = k + 3;
    if (tokens[at] && ORDINAL_WORDS[tokens[at]!.lower] !== undefined && word(tokens, at + 1, 'quarter')) at++; // "the year-ago third quarter"
    if (word(tokens, at, 'quarter', 'period'))
      return { next: at + 1, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
    return null;
  }
  const y = year(tokens, k);
  if (y !== null && !that && word(tokens, k + 1, 'quarter', 'period'))
    return {
      next: k + 2,
      value: { kind: 'period', back: 0, fallback: 'year', year: y },
      rule: 'report-period',
    };
  let latest = false;
  if (!that && word(tokens, k, 'latest', 'current')) {
    latest = true;
    k++;
  } else if (!that && word(tokens, k, 'most') && word(tokens, k + 1, 'recent')) {
    latest = true;
    k += 2;
  }
  if (that && word(tokens, k, 'quarter', 'period') && !word(tokens, k + 1, 'of'))
    return { next: k + 1, value: { kind: 'period', back: 0, fallback: 'none', that: true }, rule: 'report-period' };
  if (word(tokens, k, 'quarter')) {
    // "the quarter of the city", "the quarter's narrow streets" (but "the latest quarter's results")
    if (word(tokens, k + 1, 'of') || (possessive(tokens, k + 1) && !latest) || punct(tokens, k + 1, '-')) return null;
    if (word(tokens, k + 1, 'a') && word(tokens, k + 2, 'year') && word(tokens, k + 3, 'ago', 'earlier'))
      return { next: k + 4, value: { kind: 'period', back: 1, fallback: 'quarter' }, rule: 'report-period' };
    if (tokens[i + 1]?.lower === 'current')
      return { next: k + 1, value: { kind: 'relative-quarter', offset: 0 }, rule: 'relative-quarter' };
    return {
      next: k + 1,
      value: { kind: 'period', back: 0, fallback: latest ? 'quarter' : 'none' },
      rule: 'report-period',
    };
  }
  if (latest && word(tokens, k, 'period') && tokens[i + 1]?.lower !== 'current')
    return { next: k + 1, value: { kind: 'period', back: 0, fallback: 'none' }, rule: 'report-period' };
  return null;
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

/** Dates counted from another: `two days later`, `a week earlier`, `a year earlier`, `the next day`, `the following month`, `the day before`, `the same day`, `later that year`, `earlier that day`, `the next morning` */
const shift: Rule = (tokens, i) => {
  const n = amount(tokens, i);
  if (n !== null) {
    const unit = tokens[i + 1]?.lower.replace(/s$/, '');
    if (
      (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year') &&
      word(tokens, i + 2, 'later', 'earlier', 'after', 'before')
    ) {
      const direction = word(tokens, i + 2, 'later', 'after') ? 1 : -1;
      if (word(tokens, i + 2, 'after', 'before') && !boundary(tokens, i + 3)) {
        // "two days after Christmas" counts from the date named; "a day before the talks" names none
        const from = dateAt(tokens, i + 3);
        return from
          ? { next: from.next, value: { kind: 'shift', amount: n, unit, direction, from: from.value }, rule: 'shift' }
          : null;
      }
      return { next: i + 3, value: { kind: 'shift', amount: n, unit, direction }, rule: 'shift' };
    }
    return null;
  }
  // "later that year", "earlier that day", "that same month", "that week"
  let k = i;
  if (word(tokens, k, 'later', 'earlier')) k++;
  if (word(tokens, k, 'that')) {
    let at = k + 1;
    if (word(tokens, at, 'same')) at++;
    const what = tokens[at]?.lower;
    if (punct(tokens, at + 1, '-') || possessive(tokens, at + 1)) return null; // "that year-long", "that year's"
    const unit = what === 'morning' || what === 'afternoon' || what === 'evening' || what === 'night' ? 'day' : what;
    if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year') {
      // "that day" alone needs a preposition ("on that day"); "later that day" does not.
      if (k === i && at === k + 1 && !word(tokens, i - 1, 'on', 'in', 'by', 'since', 'until', 'from', 'during', 'of'))
        return null;
      return {
        next: at + 1,
        value: { kind: 'shift', amount: 0, unit, direction: 0, period: unit !== 'day' },
        rule: 'shift',
      };
    }
    return null;
  }
  if (k !== i) return null;
  if (word(tokens, k, 'that') && word(tokens, k + 1, 'same')) k++;
  else if (!word(tokens, k, 'the')) return null;
  const lead = tokens[k + 1]?.lower;
  const unitWord = tokens[k + 2]?.lower;
  if (
    (lead === 'next' || lead === 'following' || lead === 'previous' || lead === 'preceding') &&
    (unitWord === 'day' || unitWord === 'week' || unitWord === 'month' || unitWord === 'year' || unitWord === 'morning')
  ) {
    if (possessive(tokens, k + 3)) return null;
    const unit = unitWord === 'morning' ? 'day' : unitWord;
    return {
      next: k + 3,
      value: {
        kind: 'shift',
        amount: 1,
        unit,
        direction: lead === 'previous' || lead === 'preceding' ? -1 : 1,
        period: unit !== 'day',
        ...(lead === 'next' && (unit === 'month' || unit === 'year') ? { fromNow: true } : {}),
      },
      rule: 'shift',
    };
  }
  // "the previous Friday", "the following Monday": counted from the date set before
  const weekdayAfter = tokens[k + 2];
  if (
    (lead === 'previous' || lead === 'preceding' || lead === 'following') &&
    weekdayAfter?.kind === 'word' &&
    WEEKDAYS[weekdayAfter.lower] !== undefined &&
    /^[A-Z]/.test(weekdayAfter.text)
  )
    return {
      next: k + 3,
      value: { kind: 'weekday', weekday: WEEKDAYS[weekdayAfter.lower]!, from: lead === 'following' ? 1 : -1 },
      rule: 'shift-weekday',
    };
  if (lead === 'same' && word(tokens, k + 2, 'day')) {
    return { next: k + 3, value: { kind: 'shift', amount: 0, unit: 'day', direction: 0 }, rule: 'shift' };
  }
  if (lead === 'day' && word(tokens, k + 2, 'before', 'after')) {
    const direction = tokens[k + 2]!.lower === 'after' ? 1 : -1;
    if (boundary(tokens, k + 3))
      return { next: k + 3, value: { kind: 'shift', amount: 1, unit: 'day', direction }, rule: 'shift' };
    // "the day before last Tuesday's hearing", "the day after Christmas"
    const from = dateAt(tokens, k + 3);
    if (from)
      return {
        next: from.next,
        value: { kind: 'shift', amount: 1, unit: 'day', direction, from: from.value },
        rule: 'shift',
      };
  }
  return null;
};

/**
 * A date that a shift can count from, starting at token `i` ("last Tuesday",
 * "Christmas", "the Jan. 15 deadline" is not one: only the words of a date).
 * Every rule but `shift` itself is tried once, so the look stays bounded.
 */
function dateAt(tokens: Token[], i: number): Match | null {
  if (!mayStart(tokens, i)) return null;
  let best: Match | null = null;
  for (const rule of RULES) {
    if (rule === shift) continue;
    const match = rule(tokens, i);
    if (match && (!best || match.next > best.next)) best = match;
  }
  return best;
}

/**
 * Quarters and halves in every form: `Q4 2024`, `H1 2025`, `the third quarter
 * of 2024`, `the first half of the year`, `the fourth quarter`, `third-quarter`
 * (as a modifier: "a third-quarter loss"), `the fiscal second quarter`, `this
 * year's third quarter`, `the 1988 second quarter`, `the last half of 1989`,
 * `the first two quarters of 1990`. Not "a quarter of the troops" or "the
 * third quarter of the game".
 */
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
  let k = i;
  let spec: { year?: number; yearOffset?: Offset } = {};
  // "the" belongs to the expression ("the third quarter"); "a", "its"... stay outside it ("its [fourth quarter]").
  let determined = word(tokens, i - 1, ...DETERMINERS) || (word(tokens, i - 1, 's') && possessive(tokens, i - 2));
  if (word(tokens, k, 'the')) {
    k++;
    determined = true;
  }
  const poss = yearPossessive(tokens, k);
  if (poss) {
    spec = { yearOffset: poss.yearOffset };
    k = poss.next;
    determined = true;
  } else if (determined && year(tokens, k) !== null && !touching(tokens, k + 1)) {
    spec = { year: year(tokens, k)! };
    k++;
  }
  if (word(tokens, k, 'fiscal')) {
    k++;
    if (punct(tokens, k, '-') && touching(tokens, k) && touching(tokens, k + 1)) k++; // "the fiscal-first quarter"
  }
  const w = tokens[k]?.lower;
  let ordinal = w ? ORDINAL_WORDS[w] : undefined;
  if (w === 'last' && determined) ordinal = -1;
  if (ordinal === undefined) return null;
  let q = k + 1;
  let two = false;
  if (word(tokens, q, 'two') && word(tokens, q + 1, 'quarters') && (ordinal === 1 || ordinal === -1)) {
    two = true; // "the first two quarters" = the first half
    q++;
  } else if (punct(tokens, q, '-') && touching(tokens, q) && touching(tokens, q + 1)) q++; // "third-quarter"
  if (!two && !word(tokens, q, 'quarter', 'half')) return null;
  const isQuarter = !two && tokens[q]!.lower === 'quarter';
  const index = ordinal === -1 ? (isQuarter ? 4 : 2) : ordinal;
  if (!isQuarter && index > 2) return null;
  let next = q + 1;
  if (word(tokens, next, 'of')) {
    // "the second quarter of fiscal 2025": a fiscal quarter, read as that calendar quarter
    const ref = yearRef(
      tokens,
      word(tokens, next + 1, 'fiscal') && year(tokens, next + 2) !== null ? next + 2 : next + 1,
    );
    if (!ref) {
      // "a loss for the third quarter of $2 million": the figure of a result, not a share of it
      if (isQuarter && resultOf(tokens, i, next))
        return { next, value: { kind: 'quarter', quarter: index, ...spec }, rule: 'quarter' };
      return null; // "the third quarter of the game"
    }
    spec = {
      ...(ref.year === undefined ? {} : { year: ref.year }),
      ...(ref.yearOffset === undefined ? {} : { yearOffset: ref.yearOffset }),
    };
    next = ref.next;
  } else if (spec.year === undefined && spec.yearOffset === undefined) {
    const y = year(tokens, next);
    if (y !== null) {
      spec = { year: y };
      next++;
    } else if (
      !isQuarter &&
      !(boundary(tokens, next) && determined) &&
      !(q > k + 1 && RESULT_WORDS.has(tokens[next]?.lower ?? '')) // "first-half profit", not "a second-half goal"
    )
      return null; // "the first half of the match", "a second half"
  }
  if (isQuarter && spec.year === undefined && spec.yearOffset === undefined && word(tokens, next, 'century'))
    return null;
  const value: DateValue = isQuarter
    ? { kind: 'quarter', quarter: index, ...spec }
    : { kind: 'half', half: index, ...spec };
  return { next, value, rule: isQuarter ? 'quarter' : 'half' };
};

/** Words of an earnings result: "net income for the third quarter of $8 million". */
const RESULT_WORDS = new Set([
  'loss',
  'losses',
  'profit',
  'profits',
  'earnings',
  'income',
  'net',
  'revenue',
  'revenues',
  'sales',
  'deficit',
  'surplus',
]);
const CURRENCY = new Set(['$', '£', '€', '¥', '#']);

/**
 * Whether "of" at `of` introduces a sum ("of $8.6 million", "of C$2 million")
 * and a result word comes at most six tokens before `i`: then "the third
 * quarter of" names the period of that result.
 */
function resultOf(tokens: Token[], i: number, of: number): boolean {
  const t = tokens[of + 1];
  const sum =
    t !== undefined &&
    (CURRENCY.has(t.text) ||
      (t.kind === 'word' && /^[A-Z]{1,3}$/.test(t.text) && CURRENCY.has(tokens[of + 2]?.text ?? '')));
  if (!sum) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (RESULT_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

const RULES: Rule[] = [
  decadeOrCentury,
  fiscalYear,
  relativeYear,
  spokenYearRule,
  relativePart,
  yearEnd,
  reportPeriod,
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
