import type { Root } from 'mdast';
import { detectTense } from './detect-tense.ts';
import { extractSentences } from './extract-sentences.ts';
import { findExpressions } from './find-expressions.ts';
import { formatLabel } from './format-label.ts';
import { isFactualReport } from './is-factual-report.ts';
import { resolveExpression } from './resolve-expression.ts';
import type { Claim, ContentMessage, IsoDay, Sentence } from './types.ts';

/** Rules whose words name the date themselves; the others count from the publication date. */
const RELATIVE_KINDS = new Set(['rest-of-month', 'rest-of', 'relative-day', 'relative-unit', 'weekday', 'ago']);

/** Claims of one article, the sentences they come from and any problems. */
export interface ArticleClaims {
  sentences: Sentence[];
  claims: Claim[];
  messages: ContentMessage[];
}

/**
 * Extract the dated claims of an article: one claim per sentence and dated
 * expression, resolved against the publication date; and, for a factual
 * sentence with no date of its own, one claim dated by the publication
 * (`expression: null`, basis `report`).
 *
 * @param slug - The article's slug (file name without `.md`).
 * @param tree - The body's remark tree.
 * @param bodyLine - 1-based line of the file where the body begins.
 * @param published - Publication date, `YYYY-MM-DD`.
 * @param file - Path of the article, for messages.
 * @returns Sentences, claims in reading order, and warnings.
 */
export function extractClaims(slug: string, tree: Root, bodyLine: number, published: IsoDay, file: string): ArticleClaims {
  const sentences = extractSentences(tree, bodyLine);
  const claims: Claim[] = [];
  const messages: ContentMessage[] = [];
  for (const sentence of sentences) {
    const mentions = findExpressions(sentence.text);
    const tense = detectTense(sentence.text);
    let dated = 0;
    for (const mention of mentions) {
      const interval = resolveExpression(mention.value, published, tense);
      if (!interval) {
        messages.push({
          file, line: sentence.line, column: 1, rule: 'date-impossible', severity: 'warning',
          reason: `"${mention.text}" names no real day: this date is left out of the timeline`,
        });
        continue;
      }
      claims.push({
        id: `${slug}/s${sentence.index}${dated ? `-${dated + 1}` : ''}`,
        article: slug,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
        line: sentence.line,
        expression: mention.text,
        expressionStart: mention.start,
        expressionEnd: mention.end,
        ...interval,
        label: formatLabel(interval),
        rule: mention.rule,
        basis: RELATIVE_KINDS.has(mention.value.kind) || (mention.value.kind === 'season' && mention.value.offset !== undefined) ? 'relative' : 'explicit',
      });
      dated++;
    }
    if (mentions.length === 0 && isFactualReport(sentence.text)) {
      const interval = { start: published, end: published, precision: 'day' as const };
      claims.push({
        id: `${slug}/s${sentence.index}`,
        article: slug,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
        line: sentence.line,
        expression: null,
        expressionStart: null,
        expressionEnd: null,
        ...interval,
        label: formatLabel(interval),
        rule: 'reported',
        basis: 'report',
      });
    }
  }
  return { sentences, claims, messages };
}
