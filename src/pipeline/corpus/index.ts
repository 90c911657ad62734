/**
 * The corpus: the one place that knows what an article file is (`articleName`: the `.md` rule, slugs, clashes),
 * reads article files and the ledger from disk, analyses one article or a set of them, and runs every stage over
 * a set of files with a cache of earlier results. The loader and every command (`claims`, `check`, `import`)
 * run the pipeline only through it, so they never disagree on what the articles say.
 *
 * @module
 */
export { articleName, type ArticleName } from './article-name.ts';
export {
  analyseArticle,
  analyseArticles,
  type AnalysedArticle,
  type ArticleCache,
  type CorpusFile,
} from './analyse-articles.ts';
export { buildCorpus, type BuildOptions } from './build-corpus.ts';
export { checkLedger, lostLedgerIds } from './check-ledger.ts';
export { STORY_FILE, parseStory, readStory, type ReadStory } from './read-story.ts';
export {
  ARTICLES_DIR,
  LEDGER_FILE,
  SITE_DIR,
  fileSystemCause,
  readArticleFiles,
  readLedger,
  type ArticleFile,
} from './read-files.ts';
