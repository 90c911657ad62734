import { blankFurniture, findFurniture } from '../reading/index.ts';
import type { Claim, TimelineEvent } from '../model/index.ts';

/** Words that say nothing of what happened. */
const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being has have had do does did ' +
    'it its this that these those he she they we you i his her their our them him who whom which what when where ' +
    'why how not no so than then there here also just only very more most such into over after before about up ' +
    'down out off again further once all any both each few other some own same can will would could should may ' +
    'might must shall said says say told according mr mrs ms dr one two new'
  ).split(' '),
);

const words = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !STOPWORDS.has(word));

/**
 * A claim's sentence as a reader should see it: the page's furniture (`findFurniture`) left
 * out, spaces folded.
 *
 * @param sentence - The sentence as written.
 * @returns The sentence, cleaned.
 */
export function cleanSentence(sentence: string): string {
  return blankFurniture(sentence, findFurniture([sentence])[0]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences shorter than this many words rarely say what happened; longer than the second, rarely only that. */
const SHORT = 8;
const LONG = 45;
/** How much a sentence's length tempers its agreement (words^0.4): a longer sentence may say more, not only repeat. */
const LENGTH_POWER = 0.4;

/** An event's summary, and how much of what its day's reports say the summary says. */
export interface EventSummary {
  /** The best claim's sentence, plain text. */
  summary: string;
  /** How much the sentence shares with the reports of its day (for ordering one day's events; 0 when none). */
  agreement: number;
}

/** For each word, the articles that use it: what the reports of one day (or one event) agree on. */
type Vocabulary = Map<string, Set<string>>;

function addWords(vocabulary: Vocabulary, text: string, article: string) {
  for (const word of new Set(words(text))) {
    let articles = vocabulary.get(word);
    if (!articles) vocabulary.set(word, (articles = new Set()));
    articles.add(article);
  }
}

/**
 * Every event's summary: its best claim's sentence, as plain text, for the key-events view,
 * feeds and `timeline.json`. The best claim is the one that says most of what the reports
 * agree on (each word counted once per article that uses it: for an event of one day, the
 * reports of every claim naming that day, whichever event holds them; else the event's own
 * claims), stands early in its article, names its date in words, and is of a sentence's usual
 * length; the page's furniture (a dateline, a timestamp) is left out of it. Deterministic:
 * ties go to the earliest report.
 *
 * @param events - The events (each with its claims in order of report).
 * @returns Each event's summary and its agreement with its day, by id.
 */
export function summariseEvents(events: readonly TimelineEvent[]): Map<string, EventSummary> {
  const days = new Map<string, Vocabulary>();
  const texts = new Map<Claim, string>();
  for (const event of events) {
    for (const claim of event.claims) {
      const text = cleanSentence(claim.sentence);
      texts.set(claim, text);
      if (claim.start !== claim.end) continue;
      let vocabulary = days.get(claim.start);
      if (!vocabulary) days.set(claim.start, (vocabulary = new Map()));
      addWords(vocabulary, text, claim.article);
    }
  }
  const out = new Map<string, EventSummary>();
  for (const event of events) {
    let vocabulary = event.start === event.end ? days.get(event.start) : undefined;
    if (!vocabulary) {
      vocabulary = new Map();
      for (const claim of event.claims) addWords(vocabulary, texts.get(claim)!, claim.article);
    }
    let best: Claim | undefined;
    let bestScore = 0;
    for (const claim of event.claims) {
      const text = texts.get(claim)!;
      const own = new Set(words(text));
      if (!own.size) continue;
      let agreement = 0;
      for (const word of own) agreement += vocabulary.get(word)?.size ?? 0;
      const score =
        (agreement / own.size ** LENGTH_POWER) *
        place(claim) *
        lengthFit(claim.sentence.split(' ').length) *
        (claim.expression ? 1.2 : 1);
      if (score > bestScore) {
        bestScore = score;
        best = claim;
      }
    }
    out.set(event.id, {
      summary: texts.get(best ?? event.claims[0]!)!,
      agreement: Math.round(bestScore * 1000) / 1000,
    });
  }
  return out;
}

/** The lead and first paragraphs over a sentence further down. */
function place(claim: Claim): number {
  return 1 / (1 + claim.sentenceIndex / 10);
}

/** A sentence of the usual length over a fragment or a run-on. */
function lengthFit(count: number): number {
  if (count < SHORT) return 0.5 + (0.5 * count) / SHORT;
  if (count > LONG) return LONG / count;
  return 1;
}
