/**
 * The data model shared by every stage: the shapes of articles, sentences, dates, claims, events and messages.
 *
 * @module
 */
export * from './types.ts';
export { precisions } from './precisions.ts';
export { articleSchema, type ArticleInput } from './article-schema.ts';
