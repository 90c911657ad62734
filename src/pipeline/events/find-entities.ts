/** A person, place, group or thing named in a sentence. */
export interface EntityMention {
  /** Stable key: `north-korea`, `mig-29`, `lloyd-austin`. */
  key: string;
  /** Name to show: `North Korea`, `MiG-29`, `Lloyd Austin`. */
  name: string;
}

/** Names written several ways, folded to one: spelling variants, and capitals standing for their countries. */
const VARIANTS: Array<[RegExp, string, string]> = [
  [/\b(?:North Korean?s?|DPRK|Pyongyang)\b/g, 'north-korea', 'North Korea'],
  [/\b(?:South Korean?s?|Seoul)\b/g, 'south-korea', 'South Korea'],
  [/\bKim Jong[- ]?[Uu]n\b/g, 'kim-jong-un', 'Kim Jong Un'],
  [/\b(?:Volodymyr )?Zelensk(?:yy|iy|yi|y|i)\b/g, 'volodymyr-zelensky', 'Volodymyr Zelensky'],
  [/\b(?:Vladimir )?Putin\b/g, 'vladimir-putin', 'Vladimir Putin'],
  [/\b(?:Russia(?:ns?)?|Moscow|Kremlin)\b/g, 'russia', 'Russia'],
  [/\b(?:Ukrain(?:e|ians?)|Kyiv|Kiev)\b/g, 'ukraine', 'Ukraine'],
  [/\b(?:United States|U\.S\.|US|Washington)(?![a-z])/g, 'united-states', 'United States'],
];

/** Designations of weapons and units: `MiG-29`, `Su-27`, `KN-23`, `Hwasong-19`. */
const DESIGNATION = /\b([A-Z][A-Za-z]{1,7})-(\d{1,3})\b/g;
/** One to three capitalised words: a name, perhaps after a title. */
const NAME = /\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,4}\b/g;
/** Capitalised words that are not names, or titles before a name. */
const NOT_NAMES = new Set(
  (
    'The This That These Those A An According Additionally Although While Earlier Later Reports Report It Its He She They We ' +
    'President Admiral Adm General Gen Secretary Defense Defence Minister Foreign Commander Leader Chief Staff Command Army Air Force ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Soviet Western Based Both Nearly Over Some Read Treaty ' +
    // Common nouns that open a sentence ("Analysts say..."), not names.
    'Analysts Officials Diplomats Experts Observers Critics Residents Sources Witnesses Troops Soldiers Lawmakers Authorities'
  ).split(' '),
);

/**
 * Find the people, places, groups and things a sentence names: capitalised
 * names (without the titles before them: "Defense Secretary Lloyd Austin" is
 * Lloyd Austin), countries and capitals folded to the country, spelling
 * variants folded to one name (Zelensky, Zelenskyy, Zelenskiy), and weapon
 * designations such as MiG-29. A surname alone ("Austin") is folded into the
 * full name across a corpus by `collectEntities`. Each is returned once.
 *
 * @param sentence - Plain text of the sentence.
 * @returns The entities, in order of first mention.
 */
export function findEntities(sentence: string): EntityMention[] {
  const found = new Map<string, { name: string; at: number }>();
  const add = (key: string, name: string, at: number) => {
    if (!found.has(key) || found.get(key)!.at > at) found.set(key, { name, at });
  };
  let rest = sentence;
  for (const [pattern, key, name] of VARIANTS) {
    rest = rest.replace(pattern, (match, at: number) => {
      add(key, name, at);
      return ' '.repeat(match.length); // taken: not read again as a name
    });
  }
  rest = rest.replace(DESIGNATION, (match, letters: string, digits: string, at: number) => {
    add(`${letters}-${digits}`.toLowerCase(), `${letters}-${digits}`, at);
    return ' '.repeat(match.length);
  });
  for (const match of rest.matchAll(NAME)) {
    const words = match[0].split(' ');
    while (words.length && NOT_NAMES.has(words[0]!)) words.shift();
    if (words.length > 1 && /^(?:Oblast|Region|Province|Krai)$/.test(words.at(-1)!)) words.pop(); // "Kursk Oblast" is Kursk
    if (words.length > 3) continue; // a run of capitals, not a name
    if (words.length === 0 || NOT_NAMES.has(words.at(-1)!)) continue;
    const name = words.join(' ');
    if (name.length < 4) continue;
    add(name.toLowerCase().replace(/\s+/g, '-'), name, match.index + match[0].length - name.length);
  }
  return [...found].sort((a, b) => a[1].at - b[1].at).map(([key, { name }]) => ({ key, name }));
}
