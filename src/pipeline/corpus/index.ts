/**
 * The corpus: every stage over a set of article files, with a cache of earlier results. The only way the loader and the commands run the pipeline.
 *
 * @module
 */
export { buildCorpus, type ArticleCache } from './build-corpus.ts';
