import type { Ledger } from '../model/index.ts';

/** Ids for this build's events, and the ledger to keep. */
export interface IdAssignment {
  /** Id of each event, in the order given. */
  ids: string[];
  /** Aliases of each event (old ids that now redirect to it), in the order given. */
  aliases: string[][];
  ledger: Ledger;
}

/**
 * Give this build's events permanent ids, using the ledger of ids already
 * published. An event keeps the id of the published event whose claims it
 * holds (most of them, when it holds claims of several); when two published
 * events become one, the older id survives and the other becomes an alias,
 * whose page redirects to it; an event with no published claims gets its
 * readable new id (made unique with `-2`, `-3`... against every id ever
 * used). Ids are never reused, and aliases always point at live ids, so
 * redirects never chain.
 *
 * @param events - Each event's claim ids and readable new id, in timeline order.
 * @param previous - The ledger of earlier builds, or `null` for the first.
 * @returns The ids, the aliases per event and the updated ledger.
 */
export function assignEventIds(
  events: ReadonlyArray<{ claims: readonly string[]; base: string }>,
  previous: Ledger | null,
): IdAssignment {
  const old = previous ?? { events: {}, aliases: {} };
  const age = (id: string) => old.events[id]?.n ?? Number.POSITIVE_INFINITY;
  const ownerOf = new Map<string, string>();
  for (const [id, entry] of Object.entries(old.events)) for (const claim of entry.claims) ownerOf.set(claim, id);

  // Each published id goes to the event holding most of its claims (the earlier event on a tie).
  const holdings = events.map((event) => {
    const counts = new Map<string, number>();
    for (const claim of event.claims) {
      const owner = ownerOf.get(claim);
      if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
    return counts;
  });
  const winner = new Map<string, number>();
  holdings.forEach((counts, i) => {
    for (const [id, count] of counts) {
      const current = winner.get(id);
      if (current === undefined || count > holdings[current]!.get(id)!) winner.set(id, i);
    }
  });

  const used = new Set([...Object.keys(old.events), ...Object.keys(old.aliases)]);
  const nextSuffix = new Map<string, number>(); // per base: where to resume counting, so that many twins stay linear
  const ids: string[] = [];
  const aliases: string[][] = events.map(() => []);
  const redirects: Record<string, string | null> = {};
  events.forEach((event, i) => {
    const won = [...holdings[i]!.keys()]
      .filter((id) => winner.get(id) === i)
      .sort((a, b) => age(a) - age(b) || (a < b ? -1 : 1));
    if (won.length) {
      ids.push(won[0]!);
      for (const id of won.slice(1)) redirects[id] = won[0]!;
      return;
    }
    let id = event.base;
    let k = nextSuffix.get(event.base) ?? 2;
    while (used.has(id)) id = `${event.base}-${k++}`;
    nextSuffix.set(event.base, k);
    used.add(id);
    ids.push(id);
  });
  // Published ids that no event won: redirect to where most of their claims went, or retire.
  for (const id of Object.keys(old.events)) {
    if (winner.has(id)) continue;
    redirects[id] = null;
  }
  for (const [id, i] of winner) if (ids[i] !== id) redirects[id] = ids[i]!;

  // Earlier aliases follow their targets, so that no redirect ever points at another redirect.
  const live = new Set(ids);
  const resolve = (target: string | null): string | null => {
    for (let hops = 0; target !== null && !live.has(target) && hops < 1000; hops++)
      target = redirects[target] ?? old.aliases[target] ?? null;
    return target !== null && live.has(target) ? target : null;
  };
  const allAliases: Record<string, string | null> = {};
  for (const [id, target] of [...Object.entries(old.aliases), ...Object.entries(redirects)])
    allAliases[id] = resolve(target);
  const index = new Map(ids.map((id, i) => [id, i]));
  for (const [id, target] of Object.entries(allAliases)) if (target !== null) aliases[index.get(target)!]!.push(id);
  for (const list of aliases) list.sort();

  let next = Math.max(0, ...Object.values(old.events).map((entry) => entry.n)) + 1;
  const ledgerEvents: Ledger['events'] = {};
  ids.forEach((id, i) => {
    ledgerEvents[id] = { n: old.events[id]?.n ?? next++, claims: [...events[i]!.claims].sort() };
  });
  const sortedEvents = Object.fromEntries(Object.entries(ledgerEvents).sort((a, b) => a[1].n - b[1].n));
  const sortedAliases = Object.fromEntries(Object.entries(allAliases).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return { ids, aliases, ledger: { events: sortedEvents, aliases: sortedAliases } };
}
