import type { Root } from 'mdast';
import { dateSentence, isReportPeriod } from '../dates/index.ts';
import { blankFurniture, findFurniture } from '../reading/index.ts';
import { extractSentences } from '../sentences/index.ts';
import { findCorrections } from './find-corrections.ts';
import { formatLabel } from '../dates/index.ts';
import { hashText } from './hash-text.ts';
import { isFactualReport } from './is-factual-report.ts';
import { parseCorrection, type Correction } from './parse-correction.ts';
import { toEdtf } from '../dates/index.ts';
import type { Claim, ContentMessage, Interval, IsoDay, Sentence, TemporalMention } from '../model/index.ts';

/** Kinds of expression counted from the publication date (or another date) rather than naming their date. */
const RELATIVE_KINDS = new Set([
  'rest-of-month',
  'rest-of',
  'relative-day',
  'relative-unit',
  'weekday',
  'weekend',
  'ago',
  'shift',
  'relative-quarter',
  'relative-part',
  'period',
]);

/** Claims of one article, the sentences they come from and any problems. */
export interface ArticleClaims {
  sentences: Sentence[];
  claims: Claim[];
  messages: ContentMessage[];
}

/**
 * Extract the dated claims of an article: one claim per sentence and dated
 * expression, resolved against the publication date (a relative date such as
 * "two days later" counts from the last date set earlier in its paragraph);
 * for a factual sentence with no date of its own, one claim dated by the
 * publication (`expression: null`, basis `report`). Editor corrections
 * (`<!-- dateline: ... -->` after a sentence) then skip the sentence or set
 * its dates. Problems become warnings with file and line, never exceptions;
 * an article with text but no claim at all gets one (`no-claims`), so that it
 * is never silently missing from the timeline.
 *
 * @param slug - The article's slug (file name without `.md`).
 * @param tree - The body's remark tree.
 * @param bodyLine - 1-based line of the file where the body begins.
 * @param published - Publication date, `YYYY-MM-DD`.
 * @param file - Path of the article, for messages.
 * @returns Sentences, claims in reading order, and warnings.
 */
export function extractClaims(
  slug: string,
  tree: Root,
  bodyLine: number,
  published: IsoDay,
  file: string,
): ArticleClaims {
  const sentences = extractSentences(tree, bodyLine);
  const messages: ContentMessage[] = [];
  const warn = (line: number, column: number, rule: string, reason: string) =>
    messages.push({ file, line, column, rule, reason, severity: 'warning' });
  const corrections = attachCorrections(tree, sentences, bodyLine, warn);
  // Datelines, page timestamps and captions are the page's, not the story's: never read for a claim.
  const furniture = findFurniture(sentences.map((sentence) => sentence.text));

  const claims: Claim[] = [];
  let previous: Interval | null = null;
  // The quarter or half under discussion, for "the quarter", "a year earlier": the last named in this
  // paragraph, else the latest named in the article.
  let period: Interval | null = null;
  let paragraphPeriod: Interval | null = null;
  let block = -1;
  for (const sentence of sentences) {
    if (sentence.block !== block) {
      block = sentence.block;
      previous = null;
      paragraphPeriod = null;
    }
    const fixes = corrections.get(sentence.index) ?? [];
    if (fixes.some((fix) => fix.kind === 'skip')) continue;
    const own: Claim[] = [];
    const text = blankFurniture(sentence.text, furniture[sentence.index]!);
    if (!/\p{L}/u.test(text) && !fixes.length) continue;
    const dated = dateSentence(text, published, previous, paragraphPeriod ?? period);
    for (const item of dated) {
      const { mention, tense, interval, anchor } = item;
      if (!interval) {
        const unanchored = mention.value.kind === 'shift';
        warn(
          sentence.line,
          1,
          unanchored ? 'date-unanchored' : 'date-impossible',
          unanchored
            ? `"${mention.text}" counts from an earlier date, but none comes before it in this paragraph: it is left out (add a correction to date it)`
            : `"${mention.text}" names no real day: it is left out of the timeline`,
        );
        continue;
      }
      previous = interval;
      if (isReportPeriod(item, published)) {
        paragraphPeriod = interval;
        if (!period || interval.end >= period.end) period = interval;
      }
      own.push(
        claim(slug, sentence, mention, interval, {
          basis:
            RELATIVE_KINDS.has(mention.value.kind) ||
            ((mention.value.kind === 'season' || mention.value.kind === 'month' || mention.value.kind === 'holiday') &&
              mention.value.offset !== undefined) ||
            ('yearOffset' in mention.value && mention.value.yearOffset !== undefined)
              ? 'relative'
              : 'explicit',
          rule: mention.rule,
          tense,
          anchor: anchor?.start ?? published,
        }),
      );
    }
    if (dated.length === 0 && isFactualReport(text)) {
      own.push(
        claim(
          slug,
          sentence,
          null,
          { start: published, end: published, precision: 'day' },
          {
            basis: 'report',
            rule: 'reported',
            tense: null,
            anchor: published,
          },
        ),
      );
    }
    claims.push(...applyCorrections(slug, sentence, own, fixes, published, warn));
  }
  // The same sentence twice in one article: number the repeats so every fragment stays unique.
  const seen = new Map<string, number>();
  const unique = claims.map((c) => {
    const count = (seen.get(c.fragment) ?? 0) + 1;
    seen.set(c.fragment, count);
    return count === 1 ? c : { ...c, fragment: `${c.fragment}-${count}`, id: `${c.id}-${count}` };
  });
  if (unique.length === 0 && tree.children.length > 0) {
    // an empty body is `readArticle`'s warning
    warn(
      (tree.children[0]!.position?.start.line ?? 1) + bodyLine - 1,
      1,
      'no-claims',
      'no sentence gives a dated claim, so the article adds nothing to the timeline: check that its own text is here, not only boilerplate',
    );
  }
  return { sentences, claims: unique, messages };
}

type Warn = (line: number, column: number, rule: string, reason: string) => void;

const sentenceHashes = new WeakMap<Sentence, string>();
/** The hash of a sentence's text, computed once per sentence however many claims it has. */
function sentenceHash(sentence: Sentence): string {
  let hash = sentenceHashes.get(sentence);
  if (hash === undefined) sentenceHashes.set(sentence, (hash = hashText(sentence.text)));
  return hash;
}

function claim(
  slug: string,
  sentence: Sentence,
  mention: Pick<TemporalMention, 'text' | 'start' | 'end'> | null,
  interval: Interval,
  how: Pick<Claim, 'basis' | 'rule' | 'tense' | 'anchor'>,
): Claim {
  const fragment = `c-${hashText(`${sentenceHash(sentence)}\u0000${mention?.text ?? ''}\u0000${mention?.start ?? ''}`)}`;
  return {
    id: `${slug}#${fragment}`,
    fragment,
    article: slug,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
    line: sentence.line,
    expression: mention?.text ?? null,
    expressionStart: mention?.start ?? null,
    expressionEnd: mention?.end ?? null,
    ...interval,
    label: formatLabel(interval),
    edtf: toEdtf(interval),
    ...how,
  };
}

/** Parse every correction comment and give it to the sentence it follows. */
function attachCorrections(
  tree: Root,
  sentences: readonly Sentence[],
  bodyLine: number,
  warn: Warn,
): Map<number, Correction[]> {
  const bySentence = new Map<number, Correction[]>();
  let next = 0;
  for (const comment of findCorrections(tree)) {
    const line = comment.line + bodyLine - 1;
    if (comment.nearMiss) {
      warn(
        line,
        comment.column,
        'correction-invalid',
        `\`${comment.text}\` looks like a correction but is not written as one: write \`<!-- dateline: … -->\` (the word dateline, a colon, and the comment closed); it is ignored`,
      );
      continue;
    }
    const parsed = parseCorrection(comment.text);
    if (!parsed.ok) {
      warn(line, comment.column, 'correction-invalid', `${parsed.reason}; this correction is ignored`);
      continue;
    }
    while (next < sentences.length && sentences[next]!.offset < comment.offset) next++; // comments come in order
    const target = sentences[next - 1];
    if (!target) {
      warn(
        line,
        comment.column,
        'correction-unattached',
        'a correction applies to the sentence before it, and there is none: move it after the sentence it corrects',
      );
      continue;
    }
    bySentence.set(target.index, [...(bySentence.get(target.index) ?? []), ...parsed.corrections]);
  }
  return bySentence;
}

/** Apply an editor's date corrections to the claims of one sentence. */
function applyCorrections(
  slug: string,
  sentence: Sentence,
  own: Claim[],
  fixes: readonly Correction[],
  published: IsoDay,
  warn: Warn,
): Claim[] {
  let result = own;
  for (const fix of fixes) {
    if (fix.kind !== 'date') continue;
    const how = { basis: 'editor' as const, rule: 'editor', tense: null, anchor: published };
    if (fix.words === null) {
      // The sentence's date words, if it has any, stay marked on the corrected claim.
      const first = result.find((c) => c.expression !== null && c.expressionStart !== null && c.expressionEnd !== null);
      const words = first
        ? { text: first.expression!, start: first.expressionStart!, end: first.expressionEnd! }
        : null;
      result = [claim(slug, sentence, words, fix.interval, how)];
      continue;
    }
    const index = result.findIndex((c) => c.expression === fix.words);
    if (index < 0) {
      warn(
        sentence.line,
        1,
        'correction-unmatched',
        `the correction names "${fix.words}", but no date in the sentence before it reads so; it is ignored`,
      );
      continue;
    }
    const old = result[index]!;
    result = result.with(index, {
      ...old,
      ...fix.interval,
      label: formatLabel(fix.interval),
      edtf: toEdtf(fix.interval),
      ...how,
    });
  }
  return result;
}
