/**
 * For each event, up to three others about the same people, places and
 * things: those sharing the most entities, each weighted by its rarity
 * (inverse document frequency), at least one rare one. Linear: candidates
 * come from each entity's list of events, and an entity in more than 200
 * events is too common to relate anything.
 *
 * @param entitiesOf - The entity keys of each event, by event id, in timeline order.
 * @returns Related event ids of each event, the closest first.
 */
export function relateEvents(entitiesOf: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const ids = [...entitiesOf.keys()];
  const order = new Map(ids.map((id, i) => [id, i]));
  const postings = new Map<string, string[]>();
  for (const [id, keys] of entitiesOf) {
    for (const key of keys) {
      if (postings.has(key)) postings.get(key)!.push(id);
      else postings.set(key, [id]);
    }
  }
  const idf = (key: string) => Math.log((ids.length + 1) / postings.get(key)!.length);
  const related = new Map<string, string[]>();
  for (const [id, keys] of entitiesOf) {
    const scores = new Map<string, number>();
    for (const key of keys) {
      const list = postings.get(key)!;
      if (list.length > 200) continue;
      for (const other of list) if (other !== id) scores.set(other, (scores.get(other) ?? 0) + idf(key));
    }
    related.set(
      id,
      [...scores]
        .filter(([, score]) => score >= 1)
        .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
        .slice(0, 3)
        .map(([other]) => other),
    );
  }
  return related;
}
