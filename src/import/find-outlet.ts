/** An outlet named by a page's furniture. */
export interface OutletClue {
  outlet: string;
  /** Index of the line that names it. */
  index: number;
  /** The words that name it, as written. */
  evidence: string;
}

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}&'’.-]*)){0,5})`;
/** Phrases in which sites name themselves, most telling first. */
const CLUES: RegExp[] = [
  new RegExp(String.raw`^(?:[Dd]iscover|[Gg]et) more from ${NAME}`, 'u'),
  new RegExp(String.raw`\bdonation to (?:the )?${NAME} to\b`, 'u'),
  new RegExp(
    String.raw`\b[Ff]ollow (?:the )?${NAME} on (?:Facebook|Twitter|X|Instagram|Telegram|LinkedIn|YouTube)\b`,
    'u',
  ),
  new RegExp(String.raw`^[Tt]he work of ${NAME} is (?:supported|funded)\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ss]ubscribe|[Ss]ign up) to ${NAME}(?:'s)? newsletter\b`, 'u'),
  new RegExp(String.raw`\b(?:[Cc]opyright|COPYRIGHT)\s*(?:©|\([Cc]\))?\s*(?:\d{4}\s+)?${NAME}`, 'u'),
];
const NOT_A_NAME = /^(?:us|our|the|this|all|rights|reserved)$/iu;

/**
 * Find the outlet a captured page names in its own furniture: "Discover more
 * from Defence Talks", "a small donation to the Tampa Free Press", "Follow
 * the … on Facebook", "The work of Euromaidan Press is supported by",
 * "Copyright © 2024 …". Pages rarely state their outlet in the article text,
 * so this is a guess the caller flags as inferred. The most telling phrase
 * wins; among equals, the earliest line.
 *
 * @param lines - The lines of the capture, furniture included.
 * @returns The outlet with the line that names it, or `null`.
 */
export function findOutlet(lines: readonly string[]): OutletClue | null {
  for (const clue of CLUES) {
    for (const [index, line] of lines.entries()) {
      const match = clue.exec(line.replace(/\s+/g, ' ').trim());
      const outlet = match?.[1]?.replace(/[\s.,|–—-]+$/u, '').trim();
      if (outlet && !NOT_A_NAME.test(outlet) && outlet.length <= 40) return { outlet, index, evidence: match![0] };
    }
  }
  return null;
}
