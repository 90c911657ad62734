import { z } from 'zod';
import { articleSchema } from './article.ts';
import { claimSchema } from './claim.ts';
import { ledgerSchema, timelineEventSchema } from './event.ts';
import { contentMessageSchema } from './message.ts';
import { entitySchema, figureSchema } from './story.ts';
import { storyConfigSchema } from './story-config.ts';

/** An article ready to publish. */
export const corpusArticleSchema = z.object({
  /** Its slug: the file name without `.md` (`articleSlug`). */
  slug: z.string(),
  /** Path of the file, as shown in messages. */
  file: z.string(),
  meta: articleSchema,
  /** Body HTML with sentences and dates marked (`renderArticle`). */
  html: z.string(),
  sentenceCount: z.number().int(),
  claims: z.array(claimSchema),
  /** Event id of each of its claims, by claim id. */
  eventOf: z.record(z.string(), z.string()),
});
/** An article ready to publish (`corpusArticleSchema`). */
export type CorpusArticle = z.output<typeof corpusArticleSchema>;

/** Everything the site is built from. */
export const corpusSchema = z.object({
  /** The story's settings (`content/story.yaml`). */
  story: storyConfigSchema,
  /** Articles sorted by slug. */
  articles: z.array(corpusArticleSchema),
  /** Events in timeline order, oldest first. */
  events: z.array(timelineEventSchema),
  /** Event ids published so far, to keep for the next build (`content/permalinks.json`). */
  ledger: ledgerSchema,
  /** Troop figures the sources report, earliest report first. */
  figures: z.array(figureSchema),
  /** People, places, groups and things named in two events or more. */
  entities: z.array(entitySchema),
  /** The recurring entities of each event, by event id. */
  eventEntities: z.record(z.string(), z.array(z.string())),
  /** Problems found, errors first, then by file and line. */
  messages: z.array(contentMessageSchema),
});
/** Everything the site is built from (`corpusSchema`). */
export type Corpus = z.output<typeof corpusSchema>;

/** What the pipeline keeps of one article file between builds: everything but its events. */
export const cachedArticleSchema = z.object({
  slug: z.string(),
  meta: articleSchema.nullable(),
  /** Messages of reading and extraction. */
  messages: z.array(contentMessageSchema),
  claims: z.array(claimSchema),
  sentenceCount: z.number().int(),
  /** The rendered body, and the event addresses (in claim order) it links to: it is reused while they stay the same. */
  rendered: z.object({ events: z.string(), html: z.string() }).optional(),
});
/** What the pipeline keeps of one article file between builds (`cachedArticleSchema`). */
export type CachedArticle = z.output<typeof cachedArticleSchema>;
