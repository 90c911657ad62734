import type { Claim } from '../pipeline/model/index.ts';

/** Why a claim has its date: the rule, the tense it was read in and the day it was read against. */
function why(claim: Claim): string {
  if (claim.basis === 'report') return `reported: no date words, dated by publication ${claim.anchor}`;
  if (claim.basis === 'editor') return `editor: set by a correction in the article`;
  const counted = claim.rule === 'shift' ? `counted from ${claim.anchor}` : `read against ${claim.anchor}`;
  return `${claim.basis} ${claim.rule}, ${claim.tense ?? 'past'} tense, ${counted}`;
}

/**
 * The editor's table of claims (`npm run claims`, and `npm run import` after
 * it writes an article): for each article, each claim's line, the words, the
 * resolved interval, the label and why (rule, tense, anchor), then the
 * sentence; a count at the end.
 *
 * @param rows - Claims, grouped by article in the order given.
 * @param eventOf - The event each claim feeds, by claim id, to show under it.
 * @returns The table, ending with a newline.
 */
export function formatClaimsTable(rows: readonly Claim[], eventOf: ReadonlyMap<string, string> = new Map()): string {
  let out = '';
  let current = '';
  for (const claim of rows) {
    if (claim.article !== current) {
      current = claim.article;
      out += `\n${current}\n`;
    }
    const interval = claim.start === claim.end ? claim.start : `${claim.start}..${claim.end}`;
    const words = claim.expression === null ? '(no date words)' : `"${claim.expression}"`;
    const sentence = claim.sentence.length > 100 ? `${claim.sentence.slice(0, 99)}…` : claim.sentence;
    out +=
      `  line ${String(claim.line).padStart(3)}  ${words.padEnd(26)} ${interval.padEnd(22)} ${claim.label.padEnd(16)} ${why(claim)}\n` +
      `            ${sentence}\n`;
    const event = eventOf.get(claim.id);
    if (event) out += `            -> event ${event}\n`;
  }
  return `${out}\n${rows.length} claims\n`;
}
