import { z } from 'zod';
import { fromIsoDay } from '../days.ts';

const text = z.string().trim().min(1, 'must not be empty');

/**
 * The frontmatter of an article. `published` is a real calendar day written
 * `YYYY-MM-DD`, from 1900-01-01 to 2099-12-31 (fixed bounds, so that a typo
 * such as 2204 is caught and builds never depend on the clock); `publishedInferred: true` records that an editor inferred it
 * (with the reasoning in `publishedNote`) rather than reading it from the
 * page. Unknown keys are refused so that a misspelt `titel` is not silently
 * ignored.
 */
export const articleSchema = z.strictObject({
  title: text,
  published: z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((value) => fromIsoDay(value) !== null, 'is not a real calendar day')
    // Fixed bounds, never the build machine's clock: the same articles always build the same way.
    .refine(
      (value) => value >= '1900-01-01' && value <= '2099-12-31',
      'must fall between 1900-01-01 and 2099-12-31: check the year',
    ),
  publishedInferred: z.boolean().default(false),
  publishedNote: text.optional(),
  outlet: text.optional(),
  via: text.optional(),
  author: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
});

/** Frontmatter as written by an editor, before defaults are applied. */
export type ArticleInput = z.input<typeof articleSchema>;
/** Validated frontmatter of an article (`articleSchema` after defaults). */
export type ArticleMeta = z.output<typeof articleSchema>;

/** A sentence of an article body, in reading order. */
export const sentenceSchema = z.object({
  /** 0-based index of the sentence in its article. */
  index: z.number().int(),
  /** Plain text of the sentence (Markdown formatting removed). */
  text: z.string(),
  /** 1-based line of the sentence's first character in the article file. */
  line: z.number().int(),
  /** 0-based index of the block (paragraph, heading) holding the sentence, in `collectBlocks` order. */
  block: z.number().int(),
  /** Offsets of the sentence in its block's plain text (`walkInline`). */
  blockStart: z.number().int(),
  blockEnd: z.number().int(),
  /** Offset of the sentence's first character in the article body (Markdown source). */
  offset: z.number().int(),
});
/** A sentence of an article body (`sentenceSchema`). */
export type Sentence = z.infer<typeof sentenceSchema>;
