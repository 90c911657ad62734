import type { Tense } from '../model/index.ts';

// Markers of tense, as literal words or `-ed` forms: bounded alternations, linear time.
// Checked in this order at each position, so "was expected to" is past before "expected" is future.
const MARKERS = new RegExp(
  [
    String.raw`\b(?<pastfuture>(?:was|were|had\s+been)\s+(?:expected|scheduled|set|due|slated|supposed|meant|going)\s+to|(?:could|would|might|may|should|must|will)\s+have|could(?:\s+not|n['’]t)|could\s+be\s+(?:reached|located|found|contacted))\b`,
    // Acts of intending in the past tense: ahead of them, but a date before them is the act's own day
    // ("the union voted to strike on Monday", but "parliament on Tuesday voted to approve it").
    String.raw`\b(?<intent>expected|scheduled|planned\s+(?:to|for|a|an)|(?:decided|agreed|voted|pledged|promised|vowed)\s+to|(?:extended|postponed|delayed|adjourned|moved|pushed\s+back)\s+(?:to|until|till|through))\b`,
    String.raw`\b(?<future>will|won['’]t|shall|would|going\s+to|(?:is|are|am|be)\s+(?:expected|scheduled|set|due|slated|poised|planned|likely)|expects?|plans\s+(?:to|a|an|the|new|its|his|her|their|another)|plan\s+(?:to|for)|planning|(?:agreement|deal|offer|bid|proposal|pledge|commitment|intention)\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{2,}|(?:is|are)\s+to\s+[a-z]+|intends?|aims?\s+to|hopes?\s+to|could|may|might|should|must|next(?!\s+(?:to|door)\b)|upcoming|coming|(?:set|slated)\s+to|as\s+(?:soon|early)\s+as|to\s+be\s+[a-z]{2,}(?:ed|en))\b`,
    String.raw`['’]ll\b`,
    // An invitation or a summons is to something ahead: "invited the ministers to a ceremony on March 12".
    String.raw`\b(?<summons>invited|summoned|subpoenaed)\b`,
    // A present passive in a clause of time or condition looks ahead: "when the case is heard in May".
    String.raw`\b(?<when>(?:when|once|if|unless|until|before|after)\s+(?:[a-z]+\s+){0,3}?(?:is|are)\s+[a-z]{2,}(?:ed|en|wn|rd))\b`,
    // Deadlines, validity and schedules: forward, unless a past verb governs them ("became effective").
    String.raw`\b(?<forward>(?:is|are)\s+[a-z]{2,}ing|expires?|expiring|payable|effective|takes?\s+effect|goes\s+into\s+effect|comes\s+into\s+force|enters\s+into\s+force|deadline|due(?!\s+to\b)|of\s+record|record\s+date|falls?\s+on|runs?\s+(?:through|until|till|to)|begins|starts|opens|ends|closes|resumes|reconvenes|convenes|meets|arrives|visits|travels)\b`,
    // An extension in the past ("has extended the loans through January") points a deadline forward.
    String.raw`\b(?<extend>extended|postponed|delayed|deferred|adjourned|prolonged|pushed\s+back)\b`,
    // Scheduling verbs in the plural present ("the two leaders meet Monday"), not infinitives ("failed to meet").
    String.raw`\b(?<schedule>meet|convene|reconvene|resume)\b`,
    String.raw`\b(?<report>said|says|told|announced|reported|added|noted|stated|confirmed|disclosed)\b`,
    String.raw`\b(?<past>was|were|had|did|met|began|took|went|came|sent|gave|made|saw|held|left|struck|fought|led|brought|spoke|wrote|found|became|won|lost|hit|shot|fell|rose|ran|seized|bought|sold|paid|built|caught|chose|drove|fled|flew|grew|kept|knew|laid|meant|sought|spent|stood|stole|taught|thought|threw|withdrew|drew|broke|arose|beat|bore|dealt|felt|fed|heard|hid|lay|overcame|sank|sat|shook|slid|sang|swept|swore|tore|woke|wore|wound|(?!un(?:specified|named|identified|expected|precedented|changed|confirmed|disclosed|explained|resolved|solved|armed|authorized|scheduled|provoked|opposed|interrupted)\b|(?:suc|pro|ex)ceed\b|(?:n|f|sp|br|bl|h|s|w)eed\b|hundred\b|sacred\b|naked\b|wicked\b|kindred\b|preferred\b)[a-z]{2,}ed)\b`,
  ].join('|'),
  'g',
);
/** Punctuation between clauses; a comma inside a figure ("481,000") is none. */
const CLAUSE_BREAK = /[;:—–()“”"]|,(?!\d)|(?<!\d),/g;
/** A preposition of deadline right before a date, maybe with a time of day: "by Jan. 14", "until 9 a.m. Tuesday". */
const DEADLINE_BEFORE =
  /(?:\b(?:today|now)\s+(?:through|until|till)|\b(?:by|until|till|through|no\s+later\s+than))\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m)?\s+(?:[A-Z]{2,4}\s+)?)?$/i;

/** A date that modifies "deadline": "the Jan. 14 deadline". */
const DEADLINE_AFTER = /^\s+(?:deadline|(?:due|target|return|closing|expiration|expiry|record|filing)\s+date)\b/i;
/** How far back (characters) a past verb governs a deadline word ("became effective"); a preposition is governed by its clause's verb. */
const GOVERNING_DISTANCE = 16;
/** How many markers back a deadline preposition looks for the verb that governs it. */
const MAX_LOOKBACK = 6;
/** An infinitive: "to respond", "to testify" (not "to the", "to 5%"). */
const INFINITIVE = /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]{2,}\b/;
/** Past verbs of trying and failing, whose infinitive does not look ahead: "failed to meet the deadline". */
const TRIED = /^(?:failed|refused|declined|tried|attempted|managed|struggled|rushed|hurried|raced)\b/;
/** An infinitive right after a date: "until mid-November to file" (a deadline to do something). */
const INFINITIVE_NEXT = /^\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|be\b)[a-z]{2,}\b/;

type Kind = 'past' | 'future' | 'forward' | 'report' | 'extend' | 'intent';
interface Marker {
  index: number;
  kind: Kind;
}

/**
 * Tell, for dates at the given offsets of a sentence, whether the words
 * around each report the past or announce the future: this decides which way
 * a date without a year, a bare month or a bare weekday points. The nearest
 * marker in the date's own clause wins (a verb before the date first, then
 * one after it), then the nearest in the sentence; news reports are
 * past-tense by default. Future markers: `will`, `is expected to`, `is
 * scheduled`, `plans to`, `may`, `next`, `as soon as`...; past markers: `said`,
 * `was`, `-ed` forms...; `was expected to` and `could have` count as past, and
 * a participle after `be` ("will be held") takes the tense of the words before
 * it. Deadlines, validity and schedules read forward — `by`, `until`,
 * `through` right before the date, `payable`, `effective`, `expires`, `takes
 * effect`, `due`, `of record`, `falls on`, `runs through`, `extended to`, and
 * scheduling verbs in the present (`begins`, `reconvenes`, `meets`) — unless a
 * past verb other than a reporting one comes before them in the clause
 * ("became effective", "stayed until March"). Linear in the sentence length
 * plus a logarithm per offset.
 *
 * @param sentence - Plain text of the sentence.
 * @param offsets - Offsets of the date expressions in the sentence.
 * @param ends - Where each expression ends, when known: a date right before "deadline"
 *   reads forward, and a possessive one ("Wednesday's ruling") past unless awaited.
 * @returns The tense at each offset, in the same order.
 */
export function detectTense(sentence: string, offsets: readonly number[], ends?: readonly number[]): Tense[] {
  const markers: Marker[] = [];
  for (const match of sentence.matchAll(MARKERS)) {
    const g = match.groups ?? {};
    if (g.schedule && /\bto\s+$/.test(sentence.slice(Math.max(0, match.index - 4), match.index))) continue; // "to meet"
    // "invited the ministers to a ceremony": ahead; "was invited", or no "to" after it, a plain past verb
    const summons =
      g.summons &&
      !/\b(?:was|were|be|been|being|the|an?)\s+$/i.test(sentence.slice(Math.max(0, match.index - 6), match.index)) &&
      /\bto\s/.test(sentence.slice(match.index, match.index + 100));
    // a participle after "be", "been" or "get" takes the tense of the words before it ("is going to get beat up")
    if (
      (g.past || g.report) &&
      /\b(?:be|been|being|get|gets|getting|got)\s+$/.test(sentence.slice(Math.max(0, match.index - 9), match.index))
    )
      continue;
    // "the reduced dividend", "its planned sale": an -ed word right after a determiner is an adjective
    if (
      (g.past || g.extend) &&
      /\b(?:the|a|an|its|his|her|their|our)\s+$/i.test(sentence.slice(Math.max(0, match.index - 6), match.index))
    )
      continue;
    const kind: Kind = summons
      ? 'future'
      : g.past || g.pastfuture || g.summons
        ? 'past'
        : g.extend
          ? 'extend'
          : g.intent
            ? 'intent'
            : g.report
              ? 'report'
              : g.forward || g.schedule
                ? 'forward'
                : 'future';
    markers.push({ index: match.index, kind });
  }
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((match) => match.index);
  const positions = markers.map((marker) => marker.index);
  return offsets.map((at, i) => {
    const b = upperBound(breaks, at - 1); // breaks before `at`
    const clauseStart = b > 0 ? breaks[b - 1]! + 1 : 0;
    const clauseEnd = b < breaks.length ? breaks[b]! : sentence.length;
    const m = upperBound(positions, at - 1);
    const deadline = DEADLINE_BEFORE.exec(sentence.slice(Math.max(clauseStart, at - 40), at));
    let chosen: Marker | undefined;
    if (deadline) chosen = { index: at - deadline[0].length, kind: 'forward' };
    else {
      const before = m > 0 ? markers[m - 1] : undefined;
      const after = markers[m]?.index === at ? markers[m + 1] : markers[m];
      chosen =
        (before && before.index >= clauseStart ? before : undefined) ??
        (after && after.index < clauseEnd ? after : undefined) ??
        before ??
        after;
    }
    // "the Jan. 14 deadline": the date names a deadline, ahead unless a past verb of its clause governs it
    // ("tendered their shares by the Tuesday deadline", "ignored the Jan. 15 deadline").
    if (DEADLINE_AFTER.test(sentence.slice(ends?.[i] ?? at, (ends?.[i] ?? at) + 24))) {
      const governor = m > 0 ? markers[m - 1] : undefined;
      if (governor?.kind !== 'past') return 'future';
      return ahead(sentence, governor.index, at) ? 'future' : 'past';
    }
    // "Wednesday's ruling": a possessive date names something that happened, unless it is awaited.
    if (ends && /^['’]s\b/.test(sentence.slice(ends[i]!, ends[i]! + 3)))
      return /\b(?:ahead\s+of|upcoming|coming|until|awaiting)\s+$/.test(sentence.slice(Math.max(0, at - 20), at))
        ? 'future'
        : 'past';
    if (!chosen) return 'past';
    if (deadline && /^(?:today|now)\b/i.test(deadline[0])) return 'future'; // "from today through Nov. 17"
    if (chosen.kind === 'forward') {
      // A past verb governing the deadline word wins: "became effective", "stayed in the town until March";
      // a preposition is governed by the nearest verb of its clause, a word only by the verb right before it.
      const from = deadline ? clauseStart : Math.max(clauseStart, chosen.index - GOVERNING_DISTANCE);
      const first = upperBound(positions, chosen.index - 1) - 1;
      for (let k = first; k >= 0 && k > first - MAX_LOOKBACK && markers[k]!.index >= from; k--) {
        const kind = markers[k]!.kind;
        if (kind === 'future' || kind === 'forward' || kind === 'extend' || kind === 'intent') return 'future';
        // "asked it to respond by Oct. 31": an infinitive between them looks ahead, and so does one
        // right after a deadline ("gave the bidder until mid-November to file")
        if (kind === 'past')
          return ahead(sentence, markers[k]!.index, chosen.index) ||
            (deadline && ends && INFINITIVE_NEXT.test(sentence.slice(ends[i]!, ends[i]! + 24)))
            ? 'future'
            : 'past';
      }
      if (deadline && chosen.index - clauseStart < 40 && sentence.slice(clauseStart, chosen.index).trim() === '') {
        // "Until Thursday, they had not...": a preposition opening its clause takes the next verb.
        const next = markers[upperBound(positions, at)];
        if (next?.kind === 'past') return 'past';
      } else if (!deadline && chosen.index > at) {
        // a deadline word after the date, governed by an earlier past verb: "set Friday as the deadline"
        const before = m > 0 ? markers[m - 1] : undefined;
        if (before?.kind === 'past') return 'past';
      }
      return 'future';
    }
    if (chosen.kind === 'intent') return chosen.index > at ? 'past' : 'future';
    return chosen.kind === 'future' ? 'future' : 'past';
  });
}

/**
 * Whether an infinitive between a past verb at `from` and a deadline at `to`
 * looks ahead: "asked it to respond by Oct. 31", but not after verbs of
 * trying and failing ("failed to meet the Monday deadline").
 */
function ahead(sentence: string, from: number, to: number): boolean {
  if (TRIED.test(sentence.slice(from, from + 12))) return false;
  return INFINITIVE.test(sentence.slice(Math.max(from, to - 80), to));
}

/** Number of items of the sorted `values` that are `<= limit`. */
function upperBound(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
