const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'as',
  'that',
  'this',
  'these',
  'those',
  'which',
  'who',
  'whom',
  'it',
  'its',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'also',
  'than',
  'then',
  'their',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'up',
  'out',
  'into',
  'about',
  'after',
  'before',
  'over',
  'some',
  'any',
  'such',
  'while',
  'there',
  'where',
  'when',
  'what',
  'not',
  'no',
  'yet',
  'already',
  'according',
  'both',
  'two',
  'between',
]);

/** A word with its inner periods, apostrophes and digit-group commas: `U.S`, `Korea's`, `10,000`. */
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+|,\p{N}{3}(?!\p{N}))*/gu;

/**
 * Write the readable id of an event: its start day followed by up to five key
 * words of its text (stop words and the date's own words left out), e.g.
 * `2024-12-02-zelensky-confirmed-reports-casualties-among`. The id depends
 * only on the event's content, never on build order.
 *
 * @param start - The event's first day, `YYYY-MM-DD`.
 * @param text - The text to take words from (a claim sentence or a title).
 * @param skip - Words to leave out, such as the date expression as written.
 * @returns The id: lower-case ASCII letters, digits and hyphens.
 */
export function eventId(start: string, text: string, skip: string | null = null): string {
  const omitted = new Set(
    (skip ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const words: string[] = [];
  // Word by word, stopping at the fifth: the cost does not grow with the length of the text.
  for (const [raw] of text.matchAll(WORD)) {
    const folded = raw
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]s$/, '') // possessives: "Korea's" -> "korea"
      .replace(/[.,'’]/g, '') // "U.S" -> "us", "10,000" -> "10000"
      .toLowerCase();
    for (const word of folded.split(/[^a-z0-9]+/)) {
      if (!word || STOPWORDS.has(word) || omitted.has(word) || words.includes(word)) continue;
      words.push(word);
      if (words.length === 5) return [start, ...words].join('-');
    }
  }
  return [start, ...words].join('-');
}
