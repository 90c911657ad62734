import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { endOfYear } from 'date-fns/endOfYear';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { UTCDate } from '@date-fns/utc';
import { MONTH_PART, WEEK, byTense, dated, fromRange, interval, monthRange } from './resolve-context.ts';
import type { Resolver } from './resolve-context.ts';

/** A month: "in April", "April 2024", "last April" (the latest April before last month), "next April", "this April". */
export const resolveMonth: Resolver<'month'> = (value, at) => {
  const { pub, y } = at;
  if (value.offset !== undefined) {
    // "last April": the latest April before last month; "next April" the first after this month; "this April" this year's.
    const current = pub.getMonth() + 1;
    const year =
      value.offset === 0
        ? y
        : value.offset === -1
          ? // the month just before is "last month": "last February" said in March is a year back
            value.month < current - 1
            ? y
            : y - 1
          : value.month > current
            ? y
            : y + 1;
    return fromRange(monthRange(year, value.month), 'month');
  }
  return fromRange(
    dated(at, value, (year) => monthRange(year, value.month)),
    'month',
  );
};

/** A run of months ("March to May", "December 2024 to February 2025"), across the year end when it runs backwards. */
export const resolveMonths: Resolver<'months'> = (value, at) => {
  const pick = (year: number) => {
    const toYear = value.toYear ?? (value.to >= value.from ? year : year + 1);
    return { from: new UTCDate(year, value.from - 1, 1), to: endOfMonth(new UTCDate(toYear, value.to - 1, 1)) };
  };
  return fromRange(dated(at, value, pick), 'months');
};

/** "early October", "mid-October", "late October": days 1–10, 11–20, 21–end. */
export const resolveMonthPart: Resolver<'month-part'> = (value, at) => {
  const [a, b] = MONTH_PART[value.part];
  const range = dated(at, value, (year) => {
    const first = new UTCDate(year, value.month - 1, 1);
    return { from: addDays(first, a - 1), to: b === 31 ? endOfMonth(first) : addDays(first, b - 1) };
  });
  return fromRange(range, 'month-part');
};

/** "the first week of March" (days 1–7), "the last week of March" (its last seven days). */
export const resolveWeekOfMonth: Resolver<'week-of-month'> = (value, at) => {
  const range = dated(at, value, (year) => {
    const first = new UTCDate(year, value.month - 1, 1);
    const last = endOfMonth(first);
    return value.week < 0
      ? { from: subDays(last, 6), to: last }
      : { from: addDays(first, (value.week - 1) * 7), to: addDays(first, value.week * 7 - 1) };
  });
  return fromRange(range, 'days');
};

/** "earlier this month" (the 1st to the day before publication), "later this month"; of another month, that month. */
export const resolveRestOfMonth: Resolver<'rest-of-month'> = (value, { pub, y }) => {
  const month = value.month ?? pub.getMonth() + 1;
  if (month === pub.getMonth() + 1) {
    return value.which === 'earlier'
      ? interval(startOfMonth(pub), subDays(pub, 1), 'days')
      : interval(addDays(pub, 1), endOfMonth(pub), 'days');
  }
  // "earlier in October" said in December: the whole of that month, the latest (or next) one.
  const range = byTense((year) => monthRange(year, month), y, pub, value.which === 'earlier' ? 'past' : 'future');
  return fromRange(range, 'month');
};

/** "earlier this week", "later this year": the days of the week or year before or after publication. */
export const resolveRestOf: Resolver<'rest-of'> = (value, { pub }) => {
  const [start, end] =
    value.unit === 'week' ? [startOfWeek(pub, WEEK), endOfWeek(pub, WEEK)] : [startOfYear(pub), endOfYear(pub)];
  return value.which === 'earlier' ? interval(start, subDays(pub, 1), 'days') : interval(addDays(pub, 1), end, 'days');
};

/** "last week", "this month", "next year": the whole week, month or year counted from publication. */
export const resolveRelativeUnit: Resolver<'relative-unit'> = (value, { pub }) => {
  if (value.unit === 'week') {
    const start = startOfWeek(addWeeks(pub, value.offset), WEEK);
    return interval(start, endOfWeek(start, WEEK), 'week');
  }
  if (value.unit === 'month') {
    const start = startOfMonth(addMonths(pub, value.offset));
    return interval(start, endOfMonth(start), 'month');
  }
  const start = startOfYear(addYears(pub, value.offset));
  return interval(start, endOfYear(start), 'year');
};

/** "late last month", "early next month": a third of that month; "early this week": the week (too few days to split). */
export const resolveRelativePart: Resolver<'relative-part'> = (value, { pub }) => {
  if (value.unit === 'week') {
    // "early this week": the week (its days are too few to split honestly)
    const monday = startOfWeek(addWeeks(pub, value.offset), WEEK);
    return interval(monday, endOfWeek(monday, WEEK), 'week');
  }
  const first = startOfMonth(addMonths(pub, value.offset));
  const [a, b] = MONTH_PART[value.part];
  return interval(addDays(first, a - 1), b === 31 ? endOfMonth(first) : addDays(first, b - 1), 'month-part');
};
