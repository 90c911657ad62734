import type { Claim, IsoDay, TimelineEvent } from '../model/index.ts';

/** Days from one ISO day to another (negative when the second is earlier). */
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** What weighing an event needs to know of each article. */
export interface WeighFacts {
  published: IsoDay;
  outlet?: string | undefined;
  /** How many sentences the article has: where a claim stands in it. */
  sentences: number;
}

/** How much a claim's place in its article counts: the lead, the first paragraphs, or a recap further down. */
function prominence(claim: Claim, facts: WeighFacts): number {
  const index = claim.sentenceIndex;
  // The first sentence is the headline or the lead: the article's news.
  const lead = 1 / (1 + index / PROMINENCE_HALF);
  // A recap at the end of a long article is background, whatever its rank.
  const share = facts.sentences > 1 ? index / (facts.sentences - 1) : 0;
  return lead * (1 - RECAP_DISCOUNT * share);
}

/** Sentences into an article at which a claim counts half as much as its lead. */
const PROMINENCE_HALF = 12;
/** How much less a claim in the last sentence counts than one at the same rank early in a long article. */
const RECAP_DISCOUNT = 0.3;

/** How much a report counts by how long after the happening it was published: news on the day, or a recollection. */
function freshness(lag: number): number {
  if (lag < 0) return FUTURE; // a plan or a schedule, reported before the day
  if (lag <= 1) return 1;
  if (lag <= 3) return 0.85;
  return Math.max(RECALLED_FLOOR, 0.85 / (1 + Math.log2(lag / 3)));
}

/** A report of a day still to come (a plan, a schedule) counts this much. */
const FUTURE = 0.5;
/** The least a report recalled long after the day counts: the story's turning points are recalled for years. */
const RECALLED_FLOOR = 0.2;

/** How much a claim's date can be trusted to be the day of the happening. */
function dateWeight(claim: Claim): number {
  // Dated by its article's publication only ("reported"): usually the day after the happening.
  if (claim.basis === 'report') return REPORTED_WEIGHT;
  return 1;
}

/** A claim dated by its publication only counts this much. */
const REPORTED_WEIGHT = 0.1;
/** Each further outlet adds this share to the event's weight. */
const OUTLET_BONUS = 0.25;

/** How much the day's weight counts against the event's own: the day first, the event within it. */
const DAY_WEIGHT = 10;

/**
 * The weight of one claim: its place in its article, how surely it names its day, and how
 * fresh the report is: as news of the day or recalled later (`fresh`), or only whether it
 * reports the day as past or still to come (for the day's weight: a story's turning points are
 * recalled for years, and on T17 a discount for recollection lowered Date-F1 from 0.688 to 0.657).
 */
function claimWeight(claim: Claim, facts: WeighFacts, fresh: boolean): number {
  const lag = daysBetween(claim.start, facts.published);
  return prominence(claim, facts) * (fresh ? freshness(lag) : lag < 0 ? FUTURE : 1) * dateWeight(claim);
}

/**
 * The significance of every event: how much the story's articles make of it, for a key-events
 * view (higher is more important). Each article that reports an event adds the weight of its
 * best claim: how prominently it stands (the lead and first paragraphs over a recap at the
 * end), whether the article reports it as news of the day or recalls it later, and how surely
 * the date is the happening's own (words naming the day over a sentence dated by publication
 * only); distinct outlets add to it, and an event of less than a day's precision counts half.
 * An event of one day also carries the weight of its day: each article's best claim about that
 * day, whichever event holds it (reports of one happening in different words can stay apart as
 * events, and a key-events view shows one event a day). Deterministic and rounded, from the
 * claims alone: no model, nothing trained on any story.
 *
 * The events of one day are then ordered, within less than half a point, by how much their
 * summary says of what the day's reports say (`summariseEvents`' agreement) and by their own
 * weight beside the day's best: the day's entry in a key-events view is the event that tells
 * the day's news, not the largest catch-all of it.
 *
 * @param events - The events of the story.
 * @param articles - The facts of each article, by slug.
 * @param agreement - Each event's agreement with its day, by id (`summariseEvents`; none: 0).
 * @returns The significance of each event, by id, rounded to three decimals.
 */
export function weighEvents(
  events: readonly TimelineEvent[],
  articles: ReadonlyMap<string, WeighFacts>,
  agreement: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const days = new Map<string, Map<string, number>>();
  const own = new Map<string, number>();
  for (const event of events) {
    const day = event.precision === 'day' && event.start === event.end ? event.start : null;
    const best = new Map<string, number>();
    for (const claim of event.claims) {
      const facts = articles.get(claim.article);
      if (!facts) continue;
      const weight = claimWeight(claim, facts, true);
      if (weight > (best.get(claim.article) ?? 0)) best.set(claim.article, weight);
      // The day a claim names, whichever event holds it (one whose sources disagree on the day, too).
      if (claim.start !== claim.end) continue;
      const byDay = days.get(claim.start) ?? days.set(claim.start, new Map()).get(claim.start)!;
      const dayWeight = claimWeight(claim, facts, false);
      if (dayWeight > (byDay.get(claim.article) ?? 0)) byDay.set(claim.article, dayWeight);
    }
    let sum = 0;
    for (const weight of best.values()) sum += weight;
    const outlets = new Set(
      event.claims.map((claim) => articles.get(claim.article)?.outlet ?? `article:${claim.article}`),
    );
    own.set(event.id, sum * (1 + OUTLET_BONUS * (outlets.size - 1)) * (day ? 1 : 0.5));
  }
  const dayWeight = new Map<string, number>();
  for (const [day, byArticle] of days) {
    let sum = 0;
    for (const weight of byArticle.values()) sum += weight;
    dayWeight.set(day, sum);
  }
  // The best event's own weight on each day: the others' are measured against it.
  const bestOwn = new Map<string, number>();
  for (const event of events) {
    if (!isDay(event)) continue;
    bestOwn.set(event.start, Math.max(bestOwn.get(event.start) ?? 0, own.get(event.id)!));
  }
  const out = new Map<string, number>();
  for (const event of events) {
    let weight = own.get(event.id)!;
    if (isDay(event)) {
      const day = DAY_WEIGHT * (dayWeight.get(event.start) ?? 0);
      const top = day + bestOwn.get(event.start)!;
      const share = top > 0 ? ((day + weight) / top) ** WITHIN_DAY_POWER : 0;
      const tells = (agreement.get(event.id) ?? 0) * share;
      weight = top + WITHIN_DAY * (tells / (1 + tells));
    }
    out.set(event.id, Math.round(weight * 1000) / 1000);
  }
  return out;
}

const isDay = (event: TimelineEvent) => event.precision === 'day' && event.start === event.end;
/** The most the ordering within a day adds: less than half a point, so that it never reorders the days. */
const WITHIN_DAY = 0.4;
/** How steeply an event's weight (the day's and its own) beside the day's best event tempers its agreement. */
const WITHIN_DAY_POWER = 3;
