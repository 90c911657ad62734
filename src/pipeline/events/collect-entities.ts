import { findEntities } from './find-entities.ts';
import type { Entity, TimelineEvent } from '../model/index.ts';

/**
 * Collect the entities that recur: named in two events or more, or by two
 * source articles or more (an event that several reports describe still
 * gives what they all name a page of its own). Folding a surname used alone into the full name it stands for when
 * the corpus names exactly one person so ("Austin" and "Lloyd Austin").
 *
 * @param events - The timeline's events, in timeline order.
 * @returns The entities, most events first, then by name; and each event's recurring entity keys, in timeline order.
 */
export function collectEntities(events: readonly TimelineEvent[]): {
  entities: Entity[];
  byEvent: Map<string, string[]>;
} {
  const names = new Map<string, string>();
  const articlesOf = new Map<string, Set<string>>();
  const mentions = events.map((event) => {
    const keys = new Set<string>();
    const seen = new Set<string>();
    for (const claim of event.claims) {
      const sentence = `${claim.article}\u0000${claim.sentenceIndex}`;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      for (const entity of findEntities(claim.sentence.slice(0, 2000))) {
        keys.add(entity.key);
        if (!names.has(entity.key)) names.set(entity.key, entity.name);
        if (articlesOf.has(entity.key)) articlesOf.get(entity.key)!.add(claim.article);
        else articlesOf.set(entity.key, new Set([claim.article]));
      }
    }
    return keys;
  });
  // "Austin" -> "lloyd-austin" when exactly one full name ends so.
  const fullNames = new Map<string, string[]>();
  for (const key of names.keys()) {
    const parts = key.split('-');
    if (parts.length > 1) fullNames.set(parts.at(-1)!, [...(fullNames.get(parts.at(-1)!) ?? []), key]);
  }
  const fold = (key: string) =>
    fullNames.get(key)?.length === 1 && !key.includes('-') ? fullNames.get(key)![0]! : key;
  const byEvent = new Map<string, string[]>();
  const eventsOf = new Map<string, string[]>();
  const articles = new Map<string, Set<string>>();
  for (const [key, set] of articlesOf) {
    const folded = fold(key);
    if (!articles.has(folded)) articles.set(folded, new Set());
    for (const article of set) articles.get(folded)!.add(article);
  }
  events.forEach((event, i) => {
    const keys = [...new Set([...mentions[i]!].map(fold))];
    byEvent.set(event.id, keys);
    for (const key of keys) {
      if (eventsOf.has(key)) eventsOf.get(key)!.push(event.id);
      else eventsOf.set(key, [event.id]);
    }
  });
  const entities = [...eventsOf]
    .filter(([key, list]) => list.length >= 2 || articles.get(key)!.size >= 2)
    .map(([key, list]) => ({ key, name: names.get(key)!, events: list, articles: articles.get(key)!.size }))
    .sort((a, b) => b.events.length - a.events.length || (a.name < b.name ? -1 : 1));
  const recurring = new Set(entities.map((e) => e.key));
  for (const [id, keys] of byEvent)
    byEvent.set(
      id,
      keys.filter((key) => recurring.has(key)),
    );
  return { entities, byEvent };
}
