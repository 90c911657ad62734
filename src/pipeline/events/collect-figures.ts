import { findQuantities } from './find-quantities.ts';
import type { Figure, IsoDay, TimelineEvent } from '../model/index.ts';

/**
 * Collect every troop figure the sources report (sent, at the front, killed
 * or wounded; not projections), with who reported it and when, in order of
 * report, for the chart of figures over time. A sentence is read once even
 * when it yields several claims, and a figure a report repeats counts once.
 *
 * @param events - The timeline's events.
 * @param facts - Publication date and outlet of each article, by slug.
 * @returns The figures, earliest report first.
 */
export function collectFigures(
  events: readonly TimelineEvent[],
  facts: ReadonlyMap<string, { published: IsoDay; outlet?: string | undefined }>,
): Figure[] {
  const seen = new Set<string>();
  const figures: Figure[] = [];
  for (const event of events) {
    for (const claim of event.claims) {
      const sentence = `${claim.article}\u0000${claim.sentenceIndex}`;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const article = facts.get(claim.article);
      if (!article) continue;
      for (const quantity of findQuantities(claim.sentence)) {
        if (quantity.kind === 'projected') continue;
        const said = `${claim.article}\u0000${quantity.subject}\u0000${quantity.kind}\u0000${quantity.value}`;
        if (seen.has(said)) continue; // a report that repeats its own figure says it once
        seen.add(said);
        figures.push({
          ...quantity,
          reported: article.published,
          article: claim.article,
          outlet: article.outlet ?? null,
          claim: claim.id,
          event: event.id,
        });
      }
    }
  }
  return figures.sort((a, b) =>
    a.reported < b.reported
      ? -1
      : a.reported > b.reported
        ? 1
        : a.article < b.article
          ? -1
          : a.article > b.article
            ? 1
            : a.value - b.value,
  );
}
