import { z } from 'zod';
import { isoDaySchema, resolvedDateSchema, tenseSchema } from './dates.ts';

/**
 * A dated claim: one sentence of one article with one dated expression, or a
 * sentence dated only by its article's publication (`expression: null`).
 */
export const claimSchema = resolvedDateSchema.extend({
  /** Permanent id, unique across the corpus: `<article>#<fragment>`. */
  id: z.string(),
  /**
   * Permanent anchor of the claim in its article page, `c-` and a hash of its
   * sentence and words: it survives edits elsewhere in the article.
   */
  fragment: z.string(),
  /** Slug of the article: its file name without `.md`. */
  article: z.string(),
  /** Plain text of the sentence. */
  sentence: z.string(),
  /** 0-based index of the sentence in its article. */
  sentenceIndex: z.number().int(),
  /** 1-based line of the sentence in the article file. */
  line: z.number().int(),
  /** The words as written; `null` when dated by publication only. */
  expression: z.string().nullable(),
  /** Offsets of the expression in the sentence, when there is one. */
  expressionStart: z.number().int().nullable(),
  expressionEnd: z.number().int().nullable(),
  /** Id of the grammar rule that produced the date (`reported`, `editor` for the other bases). */
  rule: z.string(),
  /**
   * `explicit` date words, `relative` to the publication date or to an earlier
   * date, `report` (publication date only), or `editor` (set by a correction).
   */
  basis: z.enum(['explicit', 'relative', 'report', 'editor']),
  /** Tense the words were read in; `null` when no expression was read. */
  tense: tenseSchema.nullable(),
  /** The day the words were read against: the publication date, or the date a relative one counts from. */
  anchor: isoDaySchema,
});
/** A dated claim (`claimSchema`). */
export type Claim = z.infer<typeof claimSchema>;
