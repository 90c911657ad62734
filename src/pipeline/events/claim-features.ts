/**
 * Names and spellings that mean the same thing in reports on this kind of
 * story, written as patterns over lower-cased text, longest first. Capitals
 * and metonyms count as their country (`Pyongyang` → North Korea, `the
 * Kremlin` → Russia), and spelling variants as one person.
 */
const ALIASES: Array<[RegExp, string]> = [
  [/\b(?:north korean?s?|dprk|pyongyang)\b/g, ' e:north-korea '],
  [/\b(?:south korean?s?|seoul)\b/g, ' e:south-korea '],
  [/\b(?:kim jong[- ]?un)\b/g, ' e:kim-jong-un '],
  [/\b(?:zelensk(?:yy|iy|yi|y|i))\b/g, ' e:zelensky '],
  [/\b(?:vladimir putin|putin)\b/g, ' e:putin '],
  [/\b(?:russia(?:ns?)?|moscow|kremlin)\b/g, ' e:russia '],
  [/\b(?:ukrainians?|ukraine|kyiv|kiev)\b/g, ' e:ukraine '],
  [/\b(?:united states|u\.s\.|us|americans?|washington|pentagon)\b/g, ' e:united-states '],
  [/\b(?:comprehensive strategic partnership)\b/g, ' treaty '],
  [
    /\b(?:came|come|comes|entered|enter|enters|went|go|goes) into force\b|\b(?:became|become|becomes) effective\b|\btook effect\b|\bin force\b/g,
    ' in-force ',
  ],
  [/\bfighter jets?\b|\bfighter aircraft\b/g, ' jet '],
  [/\bkilled or injured\b|\bkilled and wounded\b/g, ' casualty '],
];

/** Words grouped under one key term, after the crude stemming below. */
const SYNONYMS: Record<string, string> = {
  treaty: 'treaty',
  pact: 'treaty',
  agreement: 'treaty',
  accord: 'treaty',
  deal: 'treaty',
  partnership: 'treaty',
  sign: 'sign',
  establish: 'sign',
  formaliz: 'sign',
  formalis: 'sign',
  conclud: 'sign',
  ink: 'sign',
  ratifi: 'sign',
  ratify: 'sign',
  troop: 'troop',
  soldier: 'troop',
  forc: 'troop',
  combatant: 'troop',
  fighter: 'troop',
  personnel: 'troop',
  kill: 'casualty',
  casualti: 'casualty',
  casualty: 'casualty',
  death: 'casualty',
  dead: 'casualty',
  die: 'casualty',
  wound: 'casualty',
  injur: 'casualty',
  loss: 'casualty',
  captur: 'capture',
  captive: 'capture',
  prisoner: 'capture',
  deploy: 'deploy',
  deployment: 'deploy',
  send: 'deploy',
  sent: 'deploy',
  dispatch: 'deploy',
  jet: 'jet',
  aircraft: 'jet',
  plane: 'jet',
  mig: 'jet',
  reveal: 'reveal',
  revelation: 'reveal',
  disclos: 'reveal',
  disclosur: 'reveal',
  pilot: 'pilot',
  train: 'train',
  training: 'train',
  drone: 'drone',
  missile: 'missile',
  satellite: 'satellite',
};

/** Words that only mean something as part of a longer name or phrase matched by `ALIASES`. */
const MULTIWORD_PARTS = new Set([
  'north',
  'south',
  'korea',
  'korean',
  'koreans',
  'united',
  'states',
  'kim',
  'jong',
  'came',
  'come',
  'comes',
  'entered',
  'enter',
  'went',
  'into',
  'force',
  'became',
  'become',
  'effective',
  'took',
  'effect',
  'comprehensive',
  'strategic',
  'fighter',
]);

const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as that this these those which who whom whose it its is are was were be been being ' +
    'has have had will would could may might can should also than then their they them he she his her we our you your not no yet already ' +
    'about after before over into up out some any such while there where when what said say says stated state noted note told tell ' +
    'according reported report reports reportedly official officials two one more most other both between during since until very said ' +
    'including include includes its new first last year month week day days ago earlier later early mid late january february march april ' +
    'may june july august september october november december monday tuesday wednesday thursday friday saturday sunday yesterday today ' +
    'tomorrow autumn summer winter spring now still just only even well further additional additionally however meanwhile follow follows ' +
    'following followed particularly increasing significant significantly growing ongoing recent recently currently amid indicating'
  ).split(' '),
);

/** Words before and after a date that say what happened then; the rest of the sentence counts for less. */
const BEFORE = 15;
const AFTER = 10;
const ELSEWHERE = 0.35;

/**
 * The features of a claim for merging, with weights: named entities with
 * their spelling variants and metonyms folded together (`Zelenskiy` =
 * `Zelensky`, `Pyongyang` = North Korea), and key terms, crudely stemmed and
 * grouped (`pact`, `agreement`, `treaty`; `came into force`, `became
 * effective`). Dates, reporting verbs and common words are left out. Words
 * near the claim's date expression (15 before, 10 after) weigh 1, the rest of
 * the sentence 0.35, so that each of a sentence's two dates is described by
 * its own clause; a claim without date words weighs its whole sentence 1.
 *
 * @param sentence - Plain text of the sentence.
 * @param start - Offset of the date expression in the sentence, if any.
 * @param end - Offset one past its end.
 * @returns Features and weights, sorted by feature.
 */
export function claimFeatures(
  sentence: string,
  start: number | null = null,
  end: number | null = null,
): Array<[string, number]> {
  const weights = new Map<string, number>();
  const add = (feature: string, weight: number) => weights.set(feature, Math.max(weights.get(feature) ?? 0, weight));
  // Only the words around the date are read (at most 40 on each side, 80 without a date): the
  // cost of a claim does not grow with the length of its sentence.
  const words: RegExpExecArray[] = [];
  const pattern = /\S+/g;
  pattern.lastIndex = start === null ? 0 : Math.max(0, start - 1200); // 40 words are well within 1,200 characters
  let match: RegExpExecArray | null;
  let first = -1;
  let last = -1;
  while ((match = pattern.exec(sentence))) {
    const i = words.length;
    if (start !== null && first < 0 && match.index + match[0].length > start) first = i;
    if (end !== null && match.index < end) last = i;
    words.push(match);
    if (start === null ? i >= 80 : first >= 0 && i > Math.max(first, last) + 40) break;
  }
  const lo = first < 0 ? 0 : Math.max(0, first - 40);
  const near = (i: number) => start === null || (i >= first - BEFORE && i <= last + AFTER);
  for (let i = lo; i < words.length; i++) {
    if (start !== null && i >= first && i <= last) continue; // the date's own words
    for (const feature of featuresOf(words[i]![0])) add(feature, near(i) ? 1 : ELSEWHERE);
  }
  // Names and phrases that span several words ("North Korea", "came into force").
  if (words.length > lo) {
    const from = words[lo]!.index;
    const text = sentence.slice(from, words.at(-1)!.index + words.at(-1)![0].length).toLowerCase();
    const offsets = words.slice(lo).map((w) => w.index - from);
    for (const [alias, replacement] of ALIASES) {
      for (const found of text.matchAll(alias)) {
        let i = lo;
        while (i + 1 < words.length && offsets[i + 1 - lo]! <= found.index) i++;
        add(replacement.trim(), near(i) ? 1 : ELSEWHERE);
      }
    }
  }
  return [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** `featuresOf` of words seen before: reports repeat their words, and the answer depends on the word alone. */
const known = new Map<string, string[]>();

/** Key terms of one word as written (entities spanning words are found by `ALIASES` separately). */
function featuresOf(raw: string): string[] {
  let features = known.get(raw);
  if (!features) {
    if (known.size >= 100_000) known.clear(); // bounded: a corpus of unusual words never grows it without limit
    known.set(raw, (features = readFeatures(raw)));
  }
  return features;
}

function readFeatures(raw: string): string[] {
  const word = raw
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  if (
    word.length < 3 ||
    STOPWORDS.has(word) ||
    /^\d/.test(word) ||
    MULTIWORD_PARTS.has(word) ||
    /^[a-z](?:\.[a-z])+$/.test(word)
  )
    return [];
  for (const [pattern, replacement] of ALIASES) {
    pattern.lastIndex = 0;
    if (pattern.test(word)) {
      pattern.lastIndex = 0;
      return [replacement.trim()];
    }
  }
  const stem = word
    .replace(/-/g, '')
    .replace(/ies$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '');
  return [SYNONYMS[stem] ?? SYNONYMS[word] ?? stem];
}
