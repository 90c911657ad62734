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

const PEOPLE = [
  'Kim Jong Un',
  'Vladimir Putin',
  'Volodymyr Zelenskyy',
  'Lloyd Austin',
  'Samuel Paparo',
  'Andrii Sybiha',
  'Kim Yong-hyun',
  'Sergei Shoigu',
  'Choe Son Hui',
  'Yoon Suk Yeol',
  'Antony Blinken',
  'Dmitry Peskov',
];
/**
 * Places: a long-running story names many (a real one names hundreds of towns, bases and ports),
 * so the words of two different happenings seldom match as closely as two reports of one.
 */
const PLACES = [
  'Kursk',
  'Pyongyang',
  'Moscow',
  'Kyiv',
  'Seoul',
  'Vladivostok',
  'Washington',
  'Sudzha',
  'Donetsk',
  'Belgorod',
  'Wonsan',
  'Kharkiv',
  'Sumy',
  'Lgov',
  'Rylsk',
  'Korenevo',
  'Glushkovo',
  'Pokrovsk',
  'Kupiansk',
  'Zaporizhzhia',
  'Kherson',
  'Odesa',
  'Dnipro',
  'Bryansk',
  'Voronezh',
  'Rostov',
  'Khabarovsk',
  'Ussuriysk',
  'Rason',
  'Chongjin',
  'Hamhung',
  'Sinpo',
  'Kaesong',
  'Panmunjom',
  'Busan',
  'Incheon',
  'Tokyo',
  'Beijing',
  'Brussels',
  'Geneva',
  'Vienna',
  'Minsk',
  'Kramatorsk',
  'Bakhmut',
  'Avdiivka',
  'Lyman',
  'Izium',
  'Chasiv Yar',
  'Toretsk',
  'Vovchansk',
  'Poltava',
  'Lviv',
  'Kostiantynivka',
  'Myrnohrad',
  'Vuhledar',
  'Novoivanovka',
  'Plekhovo',
  'Martynovka',
];
const GROUPS = [
  'North Korean troops',
  'Russian forces',
  'Ukrainian units',
  'the Joint Chiefs of Staff',
  'the Pentagon',
  "Seoul's spy agency",
  'the Kremlin',
  'NATO officials',
];
const VERBS = [
  'said',
  'confirmed',
  'reported',
  'announced',
  'warned',
  'denied',
  'estimated',
  'claimed',
  'acknowledged',
  'revealed',
];
const ACTIONS = [
  'moved toward the front',
  'suffered heavy losses',
  'captured two soldiers',
  'launched a counteroffensive',
  'received artillery shells',
  'began training with drones',
  'signed a new agreement',
  'held talks on security',
  'shipped containers by rail',
  'deployed additional units',
  'shelled a supply depot',
  'opened a logistics hub',
  'repelled an assault',
  'evacuated civilians',
  'intercepted ballistic missiles',
  'rotated exhausted battalions',
  'laid new minefields',
  'struck an ammunition train',
  'downed a reconnaissance drone',
  'blew up a pontoon bridge',
  'reinforced border checkpoints',
  'announced fresh sanctions',
  'summoned the ambassador',
  'convened an emergency session',
  'exchanged prisoners of war',
  'seized a frontline village',
  'withdrew from forward positions',
  'unveiled a military parade',
  'tested a hypersonic warhead',
  'restored rail links',
];
const NOT_DATES = [
  'MiG-29 jets',
  'Su-27 fighters',
  'KN-23 missiles',
  'the 11th Army Corps',
  'Article 4 of the treaty',
  '10,000 troops',
  '50 kilometres from the border',
  'Hwasong-19 missiles',
  '1,000 containers',
  'Resolution 2231',
];
const BOILERPLATE = [
  'The situation remains volatile, with global leaders watching closely for any further developments.',
  'This developing situation reflects the complex geopolitical landscape of the region.',
  'Analysts say the implications extend well beyond regional security considerations.',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** An undated background sentence, a quote or a figure, as reports carry between their dated claims. */
function contextSentence(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const kind = next();
  if (kind < 0.3)
    return `${pick(PEOPLE)} ${pick(VERBS)} that ${pick(GROUPS)} had ${pick(ACTIONS).replace(/^(\w+)/, '$1')} near ${pick(PLACES)}, according to officials familiar with the matter.`;
  if (kind < 0.55)
    return `According to ${pick(GROUPS)}, about ${1 + Math.floor(next() * 12)},000 soldiers and ${pick(NOT_DATES)} were involved, and officials ${pick(VERBS)} the figure could rise.`;
  if (kind < 0.75)
    return `The U.S. and South Korea ${pick(VERBS)} that Gen. ${pick(PEOPLE)} met counterparts in ${pick(PLACES)} to discuss ${pick(NOT_DATES)} and the war in Ukraine.`;
  if (kind < 0.9)
    return `“We will not stand by while ${pick(GROUPS)} threaten ${pick(PLACES)},” ${pick(PEOPLE)} told reporters.`;
  return pick(BOILERPLATE);
}

/** Date expressions as news reports write them for a day `ago` days before publication. */
function dayWords(next: () => number, date: Date, ago: number, year: number): string {
  const month = MONTHS[date.getUTCMonth()]!;
  const day = date.getUTCDate();
  if (ago === 1 && next() < 0.6) return 'yesterday';
  if (ago >= 1 && ago <= 6 && next() < 0.6) return `on ${WEEKDAYS[(date.getUTCDay() + 6) % 7]}`;
  if (ago >= 2 && ago <= 5 && next() < 0.3) return `${['two', 'three', 'four', 'five'][ago - 2]} days ago`;
  if (date.getUTCFullYear() !== year || next() < 0.3) return `on ${month} ${day}, ${date.getUTCFullYear()}`;
  return next() < 0.5 ? `on ${month} ${day}` : `on ${day} ${month}`;
}

/** Coarser date expressions, for what reports date loosely. */
function looseWords(next: () => number, year: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const month = pick(MONTHS);
  const forms = [
    () => `in ${month} ${year}`,
    () => `in ${pick(['early', 'mid', 'late'])} ${month}`,
    () => pick(['last week', 'last month', 'earlier this month', 'last year', 'last autumn', 'over the weekend']),
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
  const outlets = Array.from(
    { length: 200 },
    (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} News`,
  );
  const DAY = 86_400_000;
  const start = Date.UTC(2024, 5, 1);
  // Happenings of the story: each reported by several outlets, in their own words, over the days after it.
  const happenings = Array.from({ length: Math.max(4, Math.floor(count / 3)) }, () => ({
    who: pick(GROUPS),
    what: pick(ACTIONS),
    where: pick(PLACES),
    at: start + Math.floor(next() * 730) * DAY,
  })).sort((a, b) => a.at - b.at);
  const articles: GeneratedArticle[] = [];
  for (let n = 1; n <= count; n++) {
    const lead = pick(happenings);
    const publishedAt = lead.at + (1 + Math.floor(next() * 6)) * DAY;
    const published = new Date(publishedAt).toISOString().slice(0, 10);
    const year = new Date(publishedAt).getUTCFullYear();
    /** A sentence dating a happening reported before publication, in this outlet's words. */
    const claim = (h: (typeof happenings)[number]) => {
      const ago = Math.round((publishedAt - h.at) / DAY);
      // A sentence begins with a capital ("The Kremlin..."): otherwise it runs on into the one before.
      const who = h.who.charAt(0).toUpperCase() + h.who.slice(1);
      return `${who} ${h.what} in ${h.where} ${dayWords(next, new Date(h.at), ago, year)}, ${pick(PEOPLE)} ${pick(VERBS)}.`;
    };
    // Earlier happenings this report recalls: the most recent ones before it.
    const before = happenings.filter((h) => h.at < publishedAt - DAY && h.at > publishedAt - 120 * DAY);
    const paragraphs = [claim(lead)];
    let dated = 1;
    while (paragraphs.join(' ').split(' ').length < 600) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const kind = next();
        if (kind < 0.08 && before.length)
          sentences.push(claim(pick(before)), (dated++, contextSentence(next)).toString());
        else if (kind < 0.12)
          sentences.push(
            `${pick(PEOPLE)} ${pick(VERBS)} that ${pick(GROUPS)} ${pick(ACTIONS)} near ${pick(PLACES)} ${looseWords(next, year)}.`,
          );
        else if (kind < 0.16) sentences.push(claim(lead));
        else sentences.push(contextSentence(next));
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = [
      '---',
      `title: "Report ${n}: ${lead.who} ${lead.what} in ${lead.where}"`,
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
