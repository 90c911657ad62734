import { CandidateIndex } from './candidate-index.ts';
import { datedPairs } from './dated-pairs.ts';
import { EventGroups } from './event-groups.ts';
import { claimUnits, compareClaims, type Unit } from './merge-units.ts';
import { attachReported, groupReported, reportedPairs } from './reported-claims.ts';
import type { Claim } from '../model/index.ts';

/**
 * Group claims that describe the same happening into events. Two claims can
 * merge when their intervals are compatible (equal, or one contains the other,
 * as "earlier in December" contains "December 4"; two single days a day apart
 * only on strong similarity) and their sentences share enough rare names and
 * key terms (`claimFeatures`, weighted by rarity: cosine similarity with
 * inverse document frequencies). Claims of one sentence never merge with each
 * other, and every event's intervals stay nested around its most precise one.
 * A claim dated only by publication joins an event only on strong similarity;
 * the rest of an article's such claims form one "reported on" event, which
 * joins the article's own event of its publication day when there is one
 * (its news peg: "the military reported on Friday"), and merges with another
 * article's on the same day when they are alike.
 *
 * Deterministic (the input order does not matter) and linear: each claim is
 * compared only with claims whose dates fit with its own, found through each
 * feature's list of claims sorted by date, at most `CANDIDATES` per feature,
 * the nearest in date first. So however many claims name Kursk, a claim
 * still meets the claims of its own days that name it.
 *
 * Written as named passes, each its own function: features (`claimUnits`),
 * candidate index (`CandidateIndex`), scoring of dated claims (`datedPairs`),
 * union-find groups (`EventGroups`), "reported on" claims (`attachReported`,
 * `groupReported`, `reportedPairs`), and the events assembled (`assembleEvents`).
 *
 * @param claims - Claims of every article.
 * @returns Groups of claims, each in timeline order; groups ordered by their first claim.
 */
export function mergeClaims(claims: readonly Claim[]): Claim[][] {
  const { units, idf } = claimUnits(claims);
  const index = new CandidateIndex(units, idf.length);
  const groups = new EventGroups(units);
  groups.mergePairs(datedPairs(units, index));
  const leftovers = attachReported(units, index, groups);
  const reported = groupReported(leftovers, units, index.dated, groups);
  // Alike "reported on" groups join each other and an event of their day, but never make two
  // dated events one: two happenings of a day stay apart even when one article recalls both.
  groups.mergePairs(reportedPairs(reported, units, idf, groups), true);
  return assembleEvents(units, groups);
}

/**
 * The last pass of merging: each event's claims in timeline order, and the
 * events ordered by their narrowest claim (the shortest interval; on a tie,
 * the first in timeline order).
 *
 * @param units - The units of the merge (`claimUnits`).
 * @param groups - The events.
 * @returns Groups of claims.
 */
export function assembleEvents(units: readonly Unit[], groups: EventGroups): Claim[][] {
  return groups
    .roots()
    .map((root) => {
      const members = groups
        .members(root)
        .sort((a, b) => a - b)
        .map((i) => units[i]!.claim);
      return { members, first: narrowest(members) };
    })
    .sort((a, b) => compareClaims(a.first, b.first))
    .map(({ members }) => members);
}

function narrowest(claims: readonly Claim[]): Claim {
  return claims.reduce((best, claim) => {
    const span = Date.parse(claim.end) - Date.parse(claim.start);
    const bestSpan = Date.parse(best.end) - Date.parse(best.start);
    return span < bestSpan || (span === bestSpan && compareClaims(claim, best) < 0) ? claim : best;
  });
}
