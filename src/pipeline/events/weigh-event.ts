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
const PROMINENCE_HALF = 6;
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
const REPORTED_WEIGHT = 0.35;
/** Each further outlet adds this share to the event's weight. */
const OUTLET_BONUS = 0.25;

/**
 * The significance of an event: how much the story's articles make of it, for a key-events
 * view (higher is more important). Each article that reports it adds the weight of its best
 * claim: how prominently it stands (the lead and first paragraphs over a recap at the end),
 * whether the article reports it as news of the day or recalls it later, and how surely the
 * date is the happening's own (words naming the day over a sentence dated by publication
 * only); distinct outlets add to it. Deterministic and rounded, from the claims alone: no
 * model, nothing trained on any story.
 *
 * @param event - The event.
 * @param articles - The facts of each article, by slug.
 * @returns The significance, rounded to three decimals.
 */
export function weighEvent(event: TimelineEvent, articles: ReadonlyMap<string, WeighFacts>): number {
  const best = new Map<string, number>();
  for (const claim of event.claims) {
    const facts = articles.get(claim.article);
    if (!facts) continue;
    const lag = daysBetween(claim.start, facts.published);
    const weight = prominence(claim, facts) * freshness(lag) * dateWeight(claim);
    if (weight > (best.get(claim.article) ?? 0)) best.set(claim.article, weight);
  }
  let sum = 0;
  for (const weight of best.values()) sum += weight;
  const outlets = new Set(
    event.claims.map((claim) => articles.get(claim.article)?.outlet ?? `article:${claim.article}`),
  );
  const precise = event.precision === 'day' ? 1 : 0.5;
  return Math.round(sum * (1 + OUTLET_BONUS * (outlets.size - 1)) * precise * 1000) / 1000;
}
