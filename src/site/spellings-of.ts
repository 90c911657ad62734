/**
 * Names the press writes several ways. Each group lists every spelling a
 * reader might type or a report might print; search looks for all of them.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['zelenskyy', 'zelensky', 'zelenskiy', 'zelenskyi', 'zelenski', 'zelenskii'],
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['mykolaiv', 'nikolaev', 'nikolayev'],
  ['shoigu', 'shoygu'],
  ['peskov', 'peskoff'],
  ['choe', 'choi'],
  ['sudzha', 'sudja'],
  ['dprk', 'north korea'],
];
const BY_WORD = new Map(GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));

/**
 * The spellings of a word that the press writes several ways ("Zelenskyy",
 * "Zelensky", "Zelenskiy"), the word itself first; any other word alone.
 * Case does not matter; spellings are returned in lower case.
 *
 * @param word - One word as a reader typed it.
 * @returns The word and its other spellings.
 */
export function spellingsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const group = BY_WORD.get(lower);
  return group ? [lower, ...group.filter((other) => other !== lower)] : [lower];
}
