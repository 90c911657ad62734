/** An author read from a line of a captured page. */
export interface Byline {
  author: string;
  /** `by`: the line says "By …"; `role`: a desk or role ("Staff Writer"); `name`: a bare name, a guess from its place. */
  how: 'by' | 'role' | 'name';
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)`;
const PARTICLE = String.raw`(?:de|da|del|der|van|von|al|el|bin|ibn|le|la|du|dos|and|&)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,4}`;
const BY = new RegExp(
  String.raw`^(?:by|By|BY)(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))(${NAME}(?:\s+(?:and|&)\s+${NAME})*)\s*(?:[,|•·–—-]\s*.{0,40})?$`,
  'u',
);
const ROLE =
  /^(?:(?:staff|senior|special|foreign|guest|our|news|editorial|wire)\s+)?(?:writer|reporter|correspondent|editor|desk|staff|team|contributor|services)(?:\s+(?:staff|team|desk|services))?$/iu;
const BARE = new RegExp(String.raw`^${NAME}$`, 'u');

/**
 * Read a line of a captured page as a byline: `By Olena Mukhina`,
 * `byOlena Mukhina` (a capture that lost the space), `By: A and B, Reuters`
 * (the outlet after a comma is not part of the name), a desk or role such as
 * `Staff Writer`, or, when `bare` is set (the caller has a line just under the
 * headline), a bare name of two to five capitalised words.
 *
 * @param line - One line of text.
 * @param bare - Accept a bare name (a guess: the caller flags it as inferred).
 * @returns The author and how it was recognised, or `null`.
 */
export function findByline(line: string, bare = false): Byline | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 80 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return null;
  const by = BY.exec(text);
  if (by) return { author: by[1]!.trim(), how: 'by' };
  if (ROLE.test(text)) return { author: text, how: 'role' };
  if (bare && BARE.test(text)) {
    const count = text.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length;
    if (count >= 2 && count <= 5) return { author: text, how: 'name' };
  }
  return null;
}
