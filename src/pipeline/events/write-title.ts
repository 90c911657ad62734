import { findExpressions } from '../dates/index.ts';
import type { Claim } from '../model/index.ts';

const CONNECTORS =
  /^(?:additionally|meanwhile|however|also|moreover|furthermore|still|yet|but|and|so|while|although|though|as|since|after|when|which|who|that|where|particularly|especially|including)\b,?\s*/i;
const ATTRIBUTION = /^according to [^,]+,\s*/i;
const DATE_PREPOSITION = /\s*\b(?:on|in|at|since|from|by|during|until|as of|earlier in|later in)\s*$/i;
const REPORTING_THAT =
  /\b(said|says|say|stated|states|state|confirmed|confirms|confirm|reported|reports|report|revealed|reveals|reveal|announced|announces|announce|warned|warns|warn|noted|notes|note|claimed|claims|claim|acknowledged|acknowledges|acknowledge|estimated|estimates|estimate|suspects|suspect|believes|believe|expects|expect)\s+that\b/gi;
/** A subordinate clause inside a clause: the date belongs to it ("...alive since their involvement began last autumn"). */
const SUBORDINATE = /\b(?:since|before|after|when|because|until)\s+/gi;
/** "an area where ...": what follows "where" says what happened. */
const PLACE_WHERE = /^(?:an?|the)\s+\w+\s+(?:where|when)\s+/i;
/** An aside between commas that a headline drops: ", wearing Russian uniforms and equipment,". */
const ASIDE = /,\s+(?:wearing|carrying|including|according to|citing|mostly|reportedly)\b[^,]*,/gi;
const TRAILING_WEAK =
  /\s+\b(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|that|which|who|as|its|their|his|her|is|are|was|were|has|have|had|be|been|would|could|will)$/i;
const MAX_WORDS = 13;
/** Openings that refer back to an earlier sentence: poor titles on their own. */
const ANAPHORIC =
  /^(?:this|these|those|that|such|it|they|the (?:revelation|move|decision|announcement|development|report|statement|claim|assertion|situation|partnership|increasing|deal|agreement)\b)/i;

/**
 * Write a short, headline-like title for an event from its claims: the clause
 * that carries a claim's date, without the date itself, connectors and
 * attributions ("Additionally,", "According to X,", "which"), and "that"
 * after reporting verbs; a relative clause gets back the subject it refers to
 * ("The military agreement between North Korea and Russia became effective").
 * Candidates from every claim are scored (dated words first, then a first
 * sentence of an article, 5 to 13 words, names) and the best one wins, so the
 * title does not depend on the order of the claims.
 *
 * @param claims - The event's claims.
 * @returns The title, without a final period.
 */
export function writeTitle(claims: readonly Claim[]): string {
  let best = '';
  let bestScore = -Infinity;
  // What a candidate is worth on its own: many reports of one event suggest the same words.
  const worth = new Map<string, number>();
  // Wire copy: many reports carry the same sentence, which suggests the same candidate.
  const candidates = new Map<string, string | null>();
  for (const claim of claims) {
    const key = `${claim.expressionStart ?? ''}:${claim.expressionEnd ?? ''}:${claim.sentence}`;
    let candidate = candidates.get(key);
    if (candidate === undefined) candidates.set(key, (candidate = candidateOf(claim)));
    if (!candidate) continue;
    let own = worth.get(candidate);
    if (own === undefined) {
      const words = candidate.split(' ').length;
      own =
        (words >= 5 && words <= MAX_WORDS ? 3 : words >= 3 ? 1 : -5) +
        (/\b[A-Z][a-z]/.test(candidate.slice(1)) ? 1 : 0) -
        (candidate.endsWith('…') ? 2 : 0) -
        (findExpressions(candidate).length ? 3 : 0) - // another date in the title belongs to another event
        (ANAPHORIC.test(candidate) ? 3 : 0); // "The revelation was made...": points back at a sentence the reader has not seen
      worth.set(candidate, own);
    }
    const score = (claim.expression !== null ? 4 : 0) + (claim.sentenceIndex === 0 ? 3 : 0) + own;
    if (score > bestScore || (score === bestScore && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best || shorten((claims[0]?.sentence ?? 'Untitled event').slice(0, 1200));
}

/** The title a single claim suggests, or `null`. */
function candidateOf(original: Claim): string | null {
  // Only the 600 characters on each side of the date are read: a title never needs more.
  const from = original.expressionStart === null ? 0 : Math.max(0, original.expressionStart - 600);
  const claim =
    from === 0
      ? original
      : {
          ...original,
          sentence: original.sentence.slice(from, original.expressionEnd! + 600),
          expressionStart: original.expressionStart! - from,
          expressionEnd: original.expressionEnd! - from,
        };
  const sentence = claim.sentence
    .slice(0, claim.expressionStart === null ? 1200 : undefined)
    .replace(/\s*\([^()]*\)/g, (m) => ' '.repeat(m.length)); // "(INDOPACOM)", offsets kept
  if (claim.expressionStart === null) return shorten(tidy(sentence.replace(ASIDE, '')));
  const segments = splitClauses(sentence);
  let index = 0;
  if (claim.expressionStart !== null) {
    index = segments.findIndex((s) => s.start <= claim.expressionStart! && claim.expressionStart! < s.end);
    if (index < 0) index = 0;
  }
  let text = segments[index]!.text;
  let relative = /^(?:which|who)\s+(?:[a-z]+ed|was|were|is|are|has|have|had|became|came|took|went|began|will)\b/i.test(
    text.trim(),
  );
  if (claim.expressionStart !== null && claim.expressionEnd !== null) {
    let from = claim.expressionStart - segments[index]!.start;
    const to = claim.expressionEnd - segments[index]!.start;
    // The date sits in a subordinate clause of its own: that clause is what happened then.
    const subordinate = [...text.slice(0, Math.max(0, from)).matchAll(SUBORDINATE)].at(-1);
    const between = subordinate
      ? text
          .slice(subordinate.index + subordinate[0].length, from)
          .trim()
          .split(/\s+/)
          .filter(Boolean).length
      : 0;
    if (subordinate && subordinate.index > 0 && between >= 2) {
      text = text.slice(subordinate.index + subordinate[0].length);
      from -= subordinate.index + subordinate[0].length;
      relative = false;
      text = `${text.slice(0, Math.max(0, from)).replace(DATE_PREPOSITION, '')} ${text.slice(Math.max(0, to - (claim.expressionStart - segments[index]!.start - from)))}`;
    } else {
      text = `${text.slice(0, Math.max(0, from)).replace(DATE_PREPOSITION, '')} ${text.slice(Math.max(0, to))}`;
    }
  }
  const objectRelative = /^which\s+[A-Z]/.test(segments[index]!.text.trim());
  text = tidy(text).replace(PLACE_WHERE, '');
  // A relative clause ("which became effective"): give it back its subject.
  if (relative && index > 0) {
    const subject = tidy(segments[index - 1]!.text)
      .split(' ')
      .slice(-8)
      .join(' ')
      .replace(
        /^(?:particularly\s+|especially\s+)?(?:following|after|before|with|under|since)\s+(?:their|its|his|her|the)?\s*/i,
        '',
      );
    text = `${subject} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  } else if (objectRelative && index > 0) {
    // "the Kursk region, which Ukraine had seized": "Ukraine had seized the Kursk region".
    const before = segments[index - 1]!.text;
    const object = /\b(?:the|a|an)\s+[^,]*$/i.exec(before)?.[0];
    const verb = /^(\S+\s+(?:(?:had|has|have|was|were)\s+)?\S+(?:ed|en|ght|ok|on|st|ld))\b/.exec(text);
    if (object && verb) text = `${verb[1]} ${object}${text.slice(verb[1]!.length)}`;
  }
  // Another date in the clause belongs to another event: "signed in June 2024 and came into force on December 4".
  const other = findExpressions(text)[0];
  if (other) {
    const cut = text.lastIndexOf(' and ', other.start);
    if (cut > 0) text = text.slice(0, cut);
  }
  // A clause that was only the date ("On December 2,"): the next clause says what happened.
  if (text.split(' ').filter(Boolean).length < 3 && segments[index + 1]) text = tidy(segments[index + 1]!.text);
  text = tidy(text);
  return text.split(' ').length >= 2 ? shorten(text) : null;
}

/** Clauses of a sentence: split at commas, semicolons, colons and dashes, keeping offsets. */
function splitClauses(sentence: string): Array<{ text: string; start: number; end: number }> {
  const segments: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (const match of sentence.matchAll(/[,;:—–]\s|\s[—–]\s/g)) {
    const end = match.index;
    // Keep "10,000" and "December 2, 2024" together: split only before white space.
    segments.push({ text: sentence.slice(start, end), start, end });
    start = match.index + match[0].length;
  }
  segments.push({ text: sentence.slice(start), start, end: sentence.length });
  return segments;
}

function tidy(text: string): string {
  let result = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[“"'(]+|[”"'.,;:)]+$/g, '')
    .trim();
  for (let i = 0; i < 3; i++) result = result.replace(ATTRIBUTION, '').replace(CONNECTORS, '').trim();
  result = result.replace(REPORTING_THAT, '$1');
  return result.charAt(0).toUpperCase() + result.slice(1);
}

/** At most 13 words: up to a clause-ending comma when there is one, else cut before a weak word, with an ellipsis. */
function shorten(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().replace(/[.]$/, '').split(' ');
  if (words.length <= MAX_WORDS) return words.join(' ');
  // A clause that ends at a comma after five words or more makes a better headline than a cut.
  for (let i = MAX_WORDS - 1; i >= 4; i--) {
    if (/[,;:]$/.test(words[i]!))
      return words
        .slice(0, i + 1)
        .join(' ')
        .replace(/[,;:]$/, '');
  }
  let cut = words.slice(0, MAX_WORDS).join(' ');
  while (TRAILING_WEAK.test(cut)) cut = cut.replace(TRAILING_WEAK, '');
  return `${cut.replace(/[,;:]$/, '')}…`;
}
