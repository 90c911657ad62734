import { z } from 'zod';
import { isoDaySchema } from './dates.ts';

/** A number of people reported in a sentence, such as "up to 11,000 North Korean troops". */
export const quantitySchema = z.object({
  /** The figure: 11000. */
  value: z.number(),
  /** What is counted: `north-korean-troops`, or `troops` when no nationality is given. */
  subject: z.string(),
  /** `deployed` (sent, stationed, present), `at-front` (in or toward combat), `casualties` (killed or wounded), `projected` (could, may, plans). */
  kind: z.enum(['deployed', 'at-front', 'casualties', 'projected']),
  /** The words as written: "up to 11,000 North Korean troops". */
  text: z.string(),
});
/** A number of people reported in a sentence (`quantitySchema`). */
export type Quantity = z.infer<typeof quantitySchema>;

/** A figure a source reported: who said how many, when. */
export const figureSchema = quantitySchema.extend({
  /** Publication date of the report that gives it. */
  reported: isoDaySchema,
  article: z.string(),
  outlet: z.string().nullable(),
  claim: z.string(),
  event: z.string(),
});
/** A figure a source reported (`figureSchema`). */
export type Figure = z.infer<typeof figureSchema>;

/** A person, place, group or thing that recurs in the timeline, with its events. */
export const entitySchema = z.object({
  key: z.string(),
  name: z.string(),
  /** Ids of its events, in timeline order. */
  events: z.array(z.string()).min(1),
  /** How many source articles name it in their dated claims. */
  articles: z.number().int().positive(),
});
/** A recurring person, place, group or thing (`entitySchema`). */
export type Entity = z.infer<typeof entitySchema>;
