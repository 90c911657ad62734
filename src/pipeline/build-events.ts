import { eventId } from './event-id.ts';
import type { Claim, TimelineEvent } from './types.ts';

/**
 * Compare claims in timeline order: by start day, then the narrower interval
 * first, then by article and sentence. A total order on content alone, so the
 * result never depends on input order.
 */
function compareClaims(a: Claim, b: Claim): number {
  return (
    cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.article, b.article) ||
    a.sentenceIndex - b.sentenceIndex || (a.expressionStart ?? -1) - (b.expressionStart ?? -1)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turn claims into timeline events in chronological order (oldest first).
 * This first version gives each claim its own event; ids are readable
 * (`eventId`) and made unique with a numeric suffix in timeline order.
 *
 * @param claims - Claims of every article, in any order.
 * @returns Events in timeline order.
 */
export function buildEvents(claims: readonly Claim[]): TimelineEvent[] {
  const sorted = [...claims].sort(compareClaims);
  const used = new Map<string, number>();
  return sorted.map((claim) => {
    const base = eventId(claim.start, claim.sentence, claim.expression);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      start: claim.start,
      end: claim.end,
      precision: claim.precision,
      label: claim.label,
      edtf: claim.edtf,
      title: claim.sentence,
      claims: [claim],
    };
  });
}
