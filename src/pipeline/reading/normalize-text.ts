/** What `normalizeText` removed: how many characters, and the first (its line, column and code point). */
export interface RemovedCharacters {
  count: number;
  line: number;
  column: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  first: string;
}

/** Names of the characters removed, for messages. */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/**
 * Every character to look at: control characters (C0 but tab and line ends,
 * DEL, C1), bidirectional controls, zero-width and invisible characters, the
 * line and paragraph separators, and the zero-width joiners.
 */
const SUSPECT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** Letters of scripts that never need a joiner between them: a joiner there only splits a word (`Ku\u200Drsk`). */
const PLAIN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\s\p{P}]/u;

/**
 * Normalise an article's text at the door, before anything reads it:
 * Unicode NFC; control characters removed (but tab and line ends); the
 * bidirectional controls (embeddings, overrides, isolates, marks) removed, so
 * that no value can reverse or hide the text Dateline writes around it; the
 * zero-width and invisible characters that split or hide words (zero-width
 * space, word joiner, soft hyphen, a byte order mark inside the text)
 * removed, and the zero-width joiners too where they stand between letters
 * of scripts that never need them (Latin, Greek, Cyrillic, digits: they are
 * kept in Arabic, Indic scripts and emoji, where they shape the text); line
 * and paragraph separators become spaces; a byte order mark opening the text
 * is dropped silently. Line ends are kept, so every line
 * number stays true. Linear in the text.
 *
 * @param text - The decoded text of an article file.
 * @returns The text, and what was removed (`null` when nothing was).
 */
export function normalizeText(text: string): { text: string; removed: RemovedCharacters | null } {
  let removed: RemovedCharacters | null = null;
  // A byte order mark opening the file is how some editors save UTF-8: dropped without a word.
  const out = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(SUSPECT, (char: string, offset: number, all: string) => {
      const code = char.codePointAt(0)!;
      if (code === 0x2028 || code === 0x2029) return ' ';
      if (code === 0x200c || code === 0x200d) {
        const before = all[offset - 1] ?? ' ';
        const after = all[offset + 1] ?? ' ';
        if (!PLAIN.test(before) || !PLAIN.test(after)) return char;
      }
      if (removed) removed.count++;
      else {
        const start = all.lastIndexOf('\n', offset - 1) + 1;
        const line = offset === 0 ? 1 : countLines(all, offset);
        const name = NAMES[code] ?? 'a control character';
        removed = {
          count: 1,
          line,
          column: offset - start + 1,
          first: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name}`,
        };
      }
      return '';
    });
  return { text: out, removed };
}

/** The 1-based line of an offset (called once per text, for the first character removed). */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
