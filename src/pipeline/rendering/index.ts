/**
 * Rendering: an article's Markdown tree to HTML with its sentences anchored and its dates marked.
 *
 * @module
 */
export { renderArticle } from './render-article.ts';
