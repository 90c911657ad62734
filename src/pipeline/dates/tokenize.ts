/** A token of a sentence: a word, a number or one punctuation character. */
export interface Token {
  /** The characters as written. */
  text: string;
  /** `text` lower-cased. */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  /** Numeric value of a `number` token (ordinal suffixes and group commas removed). */
  value: number;
  /** Whether a `number` token carries an ordinal suffix (`2nd`) . */
  ordinal: boolean;
  /** Count of digits of a plain `number` token (0 when grouped or decimal). */
  digits: number;
  start: number;
  end: number;
}

// Each alternative is a single character class with one quantifier: linear time.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:st|nd|rd|th)?|\p{L}+|\S/gu;

/**
 * Split a sentence into tokens, keeping each token's offsets so that matched
 * expressions can be reported with the exact words as written.
 *
 * @param text - Plain text of a sentence.
 * @returns The tokens in order; white space is dropped.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const ordinal = /[a-z]$/.test(raw);
      const plain = /^\d+$/.test(raw);
      tokens.push({
        text: raw,
        lower: raw.toLowerCase(),
        kind: 'number',
        value: Number(raw.replace(/,|st$|nd$|rd$|th$/g, '')),
        ordinal,
        digits: plain ? raw.length : 0,
        start,
        end: start + raw.length,
      });
    } else {
      const word = /^\p{L}/u.test(raw);
      tokens.push({
        text: raw,
        lower: raw.toLowerCase(),
        kind: word ? 'word' : 'punct',
        value: Number.NaN,
        ordinal: false,
        digits: 0,
        start,
        end: start + raw.length,
      });
    }
  }
  return tokens;
}
