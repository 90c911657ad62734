/** A stretch of a sentence that is page furniture, not the article's own words (offsets in the sentence). */
export interface FurnitureSpan {
  start: number;
  end: number;
  /** What it is: a wire dateline, a page's timestamp, a photo caption or its credit, a link. */
  kind: 'dateline' | 'timestamp' | 'caption' | 'credit' | 'comment' | 'link';
}

const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)`;
const WEEKDAY_LONG = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const MONTH_SHORT = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
const MONTH_LONG = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?`;
const ZONE = String.raw`(?:[A-Z]{2,4}|UTC[+-]?\d*)`;

/**
 * A wire service's dateline, at the start: `BEIRUT | Wed Apr 27, 2011 7:44 am EDT`, or the
 * stamp alone (`Thu Dec 10, 2009 2:37 pm EST`), as wire pages print them above the story.
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^\s*(?:[\p{Lu}][\p{L}.'/&-]*(?:[ ,]+[\p{L}.'/&-]+){0,4}\s*\|\s*)?${WEEKDAY}\.? ${MONTH_SHORT} \d{1,2},? \d{4}(?: ${CLOCK}(?: ${ZONE})?)?`,
  'u',
);
/** The same dateline after a headline glued before it: the place in capitals (`… Gulf VENICE, Louisiana | Sun May 2, 2010 7:55 pm EDT`). */
const WIRE_INSIDE = new RegExp(
  String.raw`(?<=\s)\p{Lu}[\p{Lu}.'/&-]+(?:[ ,/]+\p{Lu}[\p{L}.'&-]*){0,3}\s*\|\s*${WEEKDAY}\.? ${MONTH_SHORT} \d{1,2},? \d{4}(?: ${CLOCK}(?: ${ZONE})?)?`,
  'u',
);
/** A wire story's opening place and agency: `WASHINGTON (Reuters) -`, `LOS ANGELES (AP) --`. */
const WIRE_OPENING =
  /^\s*[\p{Lu}][\p{Lu}\p{L}.'/&, -]{1,60}?\s\((?:Reuters|AP|AFP|Bloomberg|Hollywood Reporter|CNN|Xinhua|UPI|dpa)\)\s*(?:-{1,2}|–|—)\s*/u;
/** The same stamp needs a place and a bar, or a clock: a sentence may well begin "Wed Apr 27, 2011 was...". */
const WIRE_NEEDS = new RegExp(String.raw`\||${CLOCK}`);
/**
 * A broadcaster's page timestamp: `22 June 2010 Last updated at 05:09 GMT`, `Page last updated at
 * 12:23 GMT, Monday, 27 April 2009 13:23 UK`, `Last updated: 14 January, 2010 - 17:26 GMT`, the zone
 * sometimes left out (`8 November 2011 Last updated at 06:28`).
 */
const PAGE_UPDATED = new RegExp(
  String.raw`(?:^|(?<=\s))(?:\d{1,2} ${MONTH_LONG} \d{4}\s+)?(?:Page\s+)?[Ll]ast [Uu]pdated(?::? \d{1,2} ${MONTH_LONG},? \d{4}(?:,? (?:- )?${CLOCK}(?: ${ZONE}\b)?)?|(?: at)? ${CLOCK}(?: ${ZONE}\b)?(?:,? ${WEEKDAY_LONG},? \d{1,2} ${MONTH_LONG},? \d{4}(?: ${CLOCK} ${ZONE})?)?)(?:\s+Help\b)?`,
  'u',
);
/** A newspaper page's timestamp: `Friday 17 September 2010 10.00 BST`, with the site's name after it. */
const PAGE_STAMP = new RegExp(
  String.raw`(?:^|(?<=\s))${WEEKDAY_LONG},? \d{1,2} ${MONTH_LONG},? \d{4},? ${CLOCK} ${ZONE}(?: [a-z]+\.(?:co\.uk|com|org)\b)?`,
  'u',
);
/** The agencies photo credits name: an acronym (AP, EPA, AFP) or a picture agency's name. */
const AGENCY = String.raw`(?:\p{Lu}{2,}\b|Getty(?: Images)?|Reuters|Corbis|Rex(?: Features)?|Bloomberg|Alamy|Polaris|Sipa|Zuma(?: Press)?|Xinhua|\p{Lu}\p{Ll}+ Images)`;
/** A day with its month and year, as stamps write it: `21 Jan 2010`, `29th Apr 2009`, `14 January, 2010`, `May 10, 2010`. */
const STAMP_DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_LONG}|${MONTH_SHORT}),? \d{4}|(?:${MONTH_LONG}|${MONTH_SHORT}) \d{1,2},? \d{4})`;
/**
 * A date with its clock, as pages stamp posts and comments: `June 1, 2010 10:20 AM`, `At 4:55 pm
 * on 21 Jan 2010`, `At 23:47 29th Apr 2009, name wrote:`, `May 10, 2010 20:07 UTC`, `12th August
 * 2011 - 23:07`, `May 25, 2010 - 4:00 PM | by: Name`. The clock has a colon and comes right
 * before or after a date with its year: an article's own sentence rarely gives both.
 */
const CLOCKED = new RegExp(
  String.raw`(?:\bAt \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?,? (?:on )?${STAMP_DAY}|(?:\bon )?${STAMP_DAY},? (?:- )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: ${ZONE}\b)?(?: \| by:? \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?)?)`,
  'gu',
);
/** What a comment thread prints around its posts: `Posted by: Name |`, `Name wrote:`, `| Report abuse`, a moderator's removal notice. */
const COMMENT =
  /(?:\bPosted by:? [^|]{1,60}\|?|(?:^|(?<=\d{4}),)\s*[\p{L}\p{N}_.-]{1,40} wrote:|\|? ?Report abuse\b|\bPosted by\b|\bThis comment was removed because the moderators found it broke the house rules\.?)/gu;
/** Where a newspaper says an article appeared, or was corrected: `…in the Guardian on 11.29 BST on Monday 20 September 2010`, `This article was amended on 16 December 2010`. */
const PRINTED = new RegExp(
  String.raw`(?:\b(?:the )?(?:Guardian|Observer) on ${CLOCK} ${ZONE} on ${WEEKDAY_LONG},? \d{1,2} ${MONTH_LONG},? \d{4}\.?|^\s*This article was (?:amended|corrected|updated) on [^.]*\.?)`,
  'u',
);
/** A photo's credit: `Photograph: Gerald Herbert/AP`, `Photo credit: Jim Lo/Getty Images`. */
const CREDIT = new RegExp(
  String.raw`(?:^|(?<=\s))(?:Photograph|Photo(?:graph)?s?|Picture|Image|Illustration)(?: credits?)?(?::| by)\s+[^/()]{0,80}?/\s?${AGENCY}(?:/${AGENCY})?`,
  'u',
);
/** A credit in brackets: `(Photo: Obama speaks at Cairo University/Goran Tomasevic)`, `(Photos By Gerald Herbert)`. */
const BRACKET_CREDIT = /\((?:Photograph|Photo|Picture|Image)s?(?: credits?)?(?::| by)[^()]{1,160}\)/iu;
/** A caption's own stamp: "Picture taken April 21, 2010." */
const PICTURE_TAKEN = /^\s*(?:Picture|Photo) taken\b/u;
/** Words a page prints in place of a link. */
const LINK = /^\s*(?:Full Article|Read more|Click here)\b.*$/iu;

/**
 * Find the page furniture in an article's sentences, as wire and broadcaster pages carry it
 * into their text: a wire dateline (`BEIRUT | Wed Apr 27, 2011 7:44 am EDT`), a page's
 * timestamp (`Last updated at 17:55 GMT`, `Friday 17 September 2010 10.00 BST`), a photo's
 * credit (`Photograph: Gerald Herbert/AP`) and its caption (the words before the credit, back
 * to the start of the sentence or the end of a timestamp; a sentence wholly before a credit
 * that opens the next one), "Picture taken …" and "Full Article". The furniture is often glued
 * to the sentence that follows it (`22 June 2010 Last updated at 05:09 GMT Help BP has
 * installed…`): spans, not whole sentences, are returned. Its dates are the page's, never a
 * claim's.
 *
 * @param sentences - The plain text of an article's sentences, in reading order.
 * @returns For each sentence, its furniture spans in order (empty when it has none).
 */
export function findFurniture(sentences: readonly string[]): FurnitureSpan[][] {
  const found = sentences.map((text) => furnitureOf(text));
  for (let i = 1; i < sentences.length; i++) {
    const first = found[i]![0];
    // A credit that opens a sentence closes the caption that came before it.
    if (first?.kind === 'credit' && sentences[i]!.slice(0, first.start).trim() === '') {
      const before = found[i - 1]!;
      const from = before.length ? before[before.length - 1]!.end : 0;
      const text = sentences[i - 1]!;
      if (text.slice(from).trim()) before.push({ start: from, end: text.length, kind: 'caption' });
    }
  }
  return found;
}

function furnitureOf(text: string): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  const wire = WIRE_DATELINE.exec(text) ?? WIRE_INSIDE.exec(text);
  let from = 0;
  if (wire && WIRE_NEEDS.test(wire[0]))
    spans.push({ start: wire.index, end: (from = wire.index + wire[0].length), kind: 'dateline' });
  const opening = WIRE_OPENING.exec(text.slice(from));
  if (opening) spans.push({ start: from, end: from + opening[0].length, kind: 'dateline' });
  for (const [pattern, kind] of [
    [PAGE_UPDATED, 'timestamp'],
    [PAGE_STAMP, 'timestamp'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  const printed = PRINTED.exec(text);
  if (printed) spans.push({ start: printed.index, end: printed.index + printed[0].length, kind: 'timestamp' });
  for (const match of text.matchAll(CLOCKED))
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'timestamp' });
  for (const match of text.matchAll(COMMENT))
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'comment' });
  const bracket = BRACKET_CREDIT.exec(text);
  if (bracket) spans.push({ start: bracket.index, end: bracket.index + bracket[0].length, kind: 'credit' });
  const credit = CREDIT.exec(text);
  if (credit) {
    const start = credit.index;
    const before = spans.filter((span) => span.end <= start).reduce((end, span) => Math.max(end, span.end), 0);
    // The caption: what stands between the last stamp (or the start) and the credit.
    if (text.slice(before, start).trim()) spans.push({ start: before, end: start, kind: 'caption' });
    spans.push({ start, end: start + credit[0].length, kind: 'credit' });
  }
  if (PICTURE_TAKEN.test(text)) spans.push({ start: 0, end: text.length, kind: 'caption' });
  const link = LINK.exec(text);
  if (link) spans.push({ start: 0, end: text.length, kind: 'link' });
  return merge(spans);
}

/** Spans sorted and overlaps joined (the first kind kept). */
function merge(spans: FurnitureSpan[]): FurnitureSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FurnitureSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * A sentence with its furniture blanked out: each furniture character becomes a space, so
 * offsets into the sentence stay valid, and nothing dated there is read.
 *
 * @param text - The sentence.
 * @param spans - Its furniture (`findFurniture`).
 * @returns The sentence, furniture blanked.
 */
export function blankFurniture(text: string, spans: readonly FurnitureSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}
