/**
 * A generator of realistic synthetic corpora for benchmarks: N articles from
 * many outlets over two years, about 600 words each, with the mix of date
 * expressions, numbers, names and boilerplate that real reports on this story
 * have, and shared events reported by several outlets. Deterministic: the
 * same N and seed give the same files.
 */

/** A generated article file. */
export interface GeneratedArticle {
  file: string;
  text: string;
}

const PEOPLE = ['Kim Jong Un', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Lloyd Austin', 'Samuel Paparo', 'Andrii Sybiha', 'Kim Yong-hyun', 'Sergei Shoigu', 'Choe Son Hui', 'Yoon Suk Yeol', 'Antony Blinken', 'Dmitry Peskov'];
const PLACES = ['Kursk', 'Pyongyang', 'Moscow', 'Kyiv', 'Seoul', 'Vladivostok', 'Washington', 'Sudzha', 'Donetsk', 'Belgorod', 'Wonsan', 'Kharkiv'];
const GROUPS = ['North Korean troops', 'Russian forces', 'Ukrainian units', 'the Joint Chiefs of Staff', 'the Pentagon', "Seoul's spy agency", 'the Kremlin', 'NATO officials'];
const VERBS = ['said', 'confirmed', 'reported', 'announced', 'warned', 'denied', 'estimated', 'claimed', 'acknowledged', 'revealed'];
const ACTIONS = ['moved toward the front', 'suffered heavy losses', 'captured two soldiers', 'launched a counteroffensive', 'received artillery shells', 'began training with drones', 'signed a new agreement', 'held talks on security', 'shipped containers by rail', 'deployed additional units'];
const NOT_DATES = ['MiG-29 jets', 'Su-27 fighters', 'KN-23 missiles', 'the 11th Army Corps', 'Article 4 of the treaty', '10,000 troops', '50 kilometres from the border', 'Hwasong-19 missiles', '1,000 containers', 'Resolution 2231'];
const BOILERPLATE = [
  'The situation remains volatile, with global leaders watching closely for any further developments.',
  'This developing situation reflects the complex geopolitical landscape of the region.',
  'Analysts say the implications extend well beyond regional security considerations.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Date expressions as news reports write them, in past-tense sentences. */
function dateWords(next: () => number, year: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const month = pick(MONTHS);
  const day = 1 + Math.floor(next() * 28);
  const forms = [
    () => `on ${month} ${day}`,
    () => `on ${month} ${day}, ${year}`,
    () => `on ${day} ${month} ${year}`,
    () => `in ${month}`,
    () => `in ${month} ${year}`,
    () => `in ${pick(['early', 'mid', 'late'])} ${month}`,
    () => `on ${pick(WEEKDAYS)}`,
    () => pick(['yesterday', 'last week', 'last month', 'earlier this month', 'last year', 'this week', 'last autumn', 'over the weekend']),
    () => `${pick(['two', 'three', 'five'])} days ago`,
    () => `between ${month} ${day} and ${day + 2}`,
    () => `in Q${1 + Math.floor(next() * 4)} ${year}`,
  ];
  return pick(forms)();
}

/** A seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generate `count` articles.
 *
 * @param count - Number of articles.
 * @param seed - Seed of the generator.
 * @returns Files named `article-00001.md`...
 */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const outlets = Array.from({ length: 200 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} News`);
  // Shared events: the same happening, reported by several outlets in their own words.
  const shared = Array.from({ length: Math.max(1, Math.floor(count / 4)) }, () => ({
    who: pick(GROUPS), what: pick(ACTIONS), where: pick(PLACES), month: pick(MONTHS), day: 1 + Math.floor(next() * 28),
  }));
  const articles: GeneratedArticle[] = [];
  for (let n = 1; n <= count; n++) {
    const start = Date.UTC(2024, 5, 1);
    const published = new Date(start + Math.floor(next() * 730) * 86_400_000).toISOString().slice(0, 10);
    const year = Number(published.slice(0, 4));
    const event = pick(shared);
    const paragraphs: string[] = [];
    paragraphs.push(`${event.who} ${event.what} in ${event.where} on ${event.month} ${event.day}, ${pick(PEOPLE)} ${pick(VERBS)}.`);
    while (paragraphs.join(' ').split(' ').length < 600) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const kind = next();
        if (kind < 0.45) sentences.push(`${pick(PEOPLE)} ${pick(VERBS)} ${dateWords(next, year)} that ${pick(GROUPS)} ${pick(ACTIONS)} near ${pick(PLACES)}.`);
        else if (kind < 0.7) sentences.push(`According to ${pick(GROUPS)}, about ${1 + Math.floor(next() * 12)},000 soldiers and ${pick(NOT_DATES)} were involved, and officials ${pick(VERBS)} the figure could rise.`);
        else if (kind < 0.9) sentences.push(`The U.S. and South Korea ${pick(VERBS)} that Gen. ${pick(PEOPLE)} met counterparts in ${pick(PLACES)} to discuss ${pick(NOT_DATES)} and the war in Ukraine.`);
        else sentences.push(pick(BOILERPLATE));
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = [
      '---',
      `title: "Report ${n}: ${event.who} ${event.what} in ${event.where}"`,
      `published: ${published}`,
      `outlet: "${pick(outlets)}"`,
      `author: "${pick(PEOPLE)}"`,
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    articles.push({ file: `article-${String(n).padStart(5, '0')}.md`, text });
  }
  return articles;
}
