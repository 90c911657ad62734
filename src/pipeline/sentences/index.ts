/**
 * Sentences: the Markdown tree of an article to its sentences, each with its text, line and place in the tree.
 *
 * @module
 */
export { extractSentences } from './extract-sentences.ts';
