/**
 * Reading: an article file's bytes to text (strict UTF-8, normalised at the door: `normalizeText`), its frontmatter (YAML checked against the schema, with lines and fixes) and its Markdown tree (nesting bounded), plus the tree helpers the later stages walk it with.
 *
 * @module
 */
export { collectBlocks } from './collect-blocks.ts';
export { decodeArticle } from './decode-article.ts';
export { normalizeText, type RemovedCharacters } from './normalize-text.ts';
export { readArticle } from './read-article.ts';
export { walkInline } from './walk-inline.ts';
export { blankFurniture, findFurniture, type FurnitureSpan } from './find-furniture.ts';
