import type { Claim, Precision } from '../pipeline/model/index.ts';
import { formatDay } from '../pipeline/days.ts';

/**
 * A number of things in words for readers, the number grouped the British
 * way: `1 event`, `1,204 events`.
 *
 * @param n - How many.
 * @param one - The word for one.
 * @param many - The word for several (default: `one` and `s`).
 * @returns The number and the word.
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * The word for one or for several, without the number.
 *
 * @param n - How many.
 * @param one - The word for one.
 * @param many - The word for several (default: `one` and `s`).
 * @returns The word.
 */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

const DATED_TO: Record<Precision, string> = {
  day: 'to the day',
  days: 'to a run of days',
  week: 'to the week',
  'month-part': 'to a third of a month',
  month: 'to the month',
  months: 'to a run of months',
  'year-part': 'to a third of a year',
  season: 'to the season',
  quarter: 'to the quarter',
  half: 'to the half-year',
  year: 'to the year',
};

/**
 * How precisely an event is dated, for its page: `dated to the day`, or
 * `dated to the season (1 September 2024 – 30 November 2024)` with the days
 * its date covers.
 *
 * @param date - The event's interval.
 * @returns The phrase.
 */
export function datedTo(date: { start: string; end: string; precision: Precision }): string {
  const span = date.start !== date.end ? ` (${formatDay(date.start)} – ${formatDay(date.end)})` : '';
  return `dated ${DATED_TO[date.precision]}${span}`;
}

/** Words of a byline that name a job or a desk, not a person: `Staff Writer`, `Reuters Staff`, `News Desk`. */
const NOT_A_PERSON =
  /\b(?:staff|writers?|reporters?|correspondents?|editors?|editorial|desk|team|newsroom|board|bureau|agenc(?:y|ies)|wires?|contributors?|admin|press office)\b/i;

/**
 * The person a byline names, or nothing when it names a job or a desk
 * (`Staff Writer`, `News Desk`, `Reuters Staff`): such a byline is not shown
 * as a person's.
 *
 * @param author - The byline as the capture gives it.
 * @returns The person's name, or `undefined`.
 */
export function personOf(author: string | undefined): string | undefined {
  return author && !NOT_A_PERSON.test(author) ? author : undefined;
}

/**
 * A byline as an article's page gives it: the person, or what the byline
 * says when it names none (`Staff Writer (no named author)`), or `null` when
 * there is none.
 *
 * @param author - The byline as the capture gives it.
 * @returns The phrase, or `null`.
 */
export function bylineOf(author: string | undefined): string | null {
  if (!author) return null;
  return personOf(author) ?? `${author} (no named author)`;
}

/**
 * Who reports an event: `Reported by one source`, `Reported by 3 sources:
 * Reuters, AP and one outlet not named`.
 *
 * @param corroboration - Distinct sources.
 * @param outlets - The named outlets among them.
 * @returns The phrase, without a full stop.
 */
export function reportedBy(corroboration: number, outlets: readonly string[]): string {
  const unnamed = corroboration - outlets.length;
  return (
    (corroboration === 1 ? 'Reported by one source' : `Reported by ${corroboration} sources`) +
    (outlets.length > 0 ? `: ${outlets.join(', ')}` : '') +
    (unnamed > 0 && outlets.length > 0 ? ` and ${unnamed === 1 ? 'one outlet' : `${unnamed} outlets`} not named` : '')
  );
}

/**
 * Why a claim has its date, in a sentence for readers: the words and what
 * they were read against, or the publication, or the editor.
 *
 * @param claim - The claim.
 * @param published - Its article's publication day.
 * @returns The sentence.
 */
export function basisOf(claim: Claim, published: string): string {
  if (claim.basis === 'report')
    return `No date in the sentence: dated by the report's publication, ${formatDay(published)}.`;
  if (claim.basis === 'editor') return `Dated ${claim.label} by the editor (a correction in the article).`;
  if (claim.rule === 'shift')
    return `“${claim.expression}”, counted from ${formatDay(claim.anchor)}, gives ${claim.label}.`;
  return `“${claim.expression}”, read against the publication date ${formatDay(published)}, gives ${claim.label}.`;
}
