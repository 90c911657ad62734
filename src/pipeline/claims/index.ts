/**
 * Claims: an article to its dated claims (one per date of a factual sentence, plus reported sentences), with the editor's corrections applied.
 *
 * @module
 */
export { extractClaims } from './extract-claims.ts';
