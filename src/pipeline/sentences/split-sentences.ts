/** Words that end with a period without ending a sentence (compared lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'cdr',
  'brig',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'st',
  'jr',
  'sr',
  'dept',
  'no',
  'nos',
  'vol',
  'fig',
  'art',
  'sec',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'approx',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'cf',
  'ca',
  'al',
]);

/** Characters that may close a sentence after its final punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** A quotation left open longer than this is taken to be unbalanced, and splits again. */
const LONGEST_QUOTE = 600;

/**
 * Split a block of plain text into sentences.
 *
 * A sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets)
 * followed by white space and a capital letter, digit or opening quote. A
 * period does not end a sentence after a known abbreviation (`Gen.`, `Dec.`,
 * `No.`), a single initial (`J.`) or a dotted acronym (`U.S.`), and decimals
 * never split because no white space follows their point. Inside a
 * quotation (“…” or "…") a period does not end the sentence, so that
 * `“We will fight. We will win,” he said.` stays whole; a quotation left open
 * for more than 600 characters is taken to be unbalanced. Runs in linear time.
 *
 * @param text - Plain text of one paragraph, heading or list item.
 * @returns Half-open `[start, end)` offsets of each sentence, trimmed of white space.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  let openedAt = -1; // where the open quotation began, or -1
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && openedAt < 0)) openedAt = i;
    else if (ch === '”' || ch === '"') openedAt = -1;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    let quote = openedAt;
    while (
      end < text.length &&
      (CLOSERS.has(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')
    ) {
      if (text[end] === '”' || text[end] === '"') quote = -1;
      end++;
    }
    const next = skipSpace(text, end);
    if (next === end || next >= text.length) continue;
    if (!/[A-Z0-9"“‘'(\[]/.test(text[next]!)) continue;
    if (quote >= 0 && i - quote < LONGEST_QUOTE) continue; // inside a quotation
    if (ch === '.' && !endsSentence(text, start, i)) continue;
    ranges.push([start, end]);
    start = next;
    openedAt = -1;
    i = next - 1;
  }
  const last = trimEnd(text, text.length);
  if (last > start) ranges.push([start, last]);
  return ranges;
}

/** Whether the period at `dot` ends a sentence that began at `from`. */
function endsSentence(text: string, from: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > from && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word === '') return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false; // "U.S", "e.g"
  return true;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
