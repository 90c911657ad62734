/**
 * The data model shared by every stage: zod schemas of articles, sentences, dates, claims, events, figures,
 * entities, messages and the corpus, with the TypeScript types inferred from them (written once, used by the
 * pipeline, the cache, the loader and the pages), and the date grammar's own value types.
 *
 * @module
 */
export * from './types.ts';
export { precisions } from './precisions.ts';
export { articleSchema, sentenceSchema, type ArticleInput, type ArticleMeta, type Sentence } from './article.ts';
export { claimSchema, type Claim } from './claim.ts';
export {
  cachedArticleSchema,
  corpusArticleSchema,
  corpusSchema,
  type CachedArticle,
  type Corpus,
  type CorpusArticle,
} from './corpus.ts';
export {
  intervalSchema,
  isoDaySchema,
  precisionSchema,
  resolvedDateSchema,
  tenseSchema,
  type Interval,
  type IsoDay,
  type Precision,
  type ResolvedDate,
} from './dates.ts';
export {
  disagreementSchema,
  firstReportSchema,
  ledgerSchema,
  timelineEventSchema,
  type Disagreement,
  type FirstReport,
  type Ledger,
  type TimelineEvent,
} from './event.ts';
export { contentMessageSchema, type ContentMessage } from './message.ts';
export { entitySchema, figureSchema, quantitySchema, type Entity, type Figure, type Quantity } from './story.ts';
export {
  defaultStory,
  storyConfigSchema,
  storyFiguresSchema,
  storyMeasureSchema,
  storyNameSchema,
  type StoryConfig,
  type StoryConfigInput,
  type StoryName,
} from './story-config.ts';
