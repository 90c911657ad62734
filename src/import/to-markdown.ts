import type { Root, RootContent } from 'mdast';
import { toMarkdown as serialize } from 'mdast-util-to-markdown';

/**
 * Serialise Markdown blocks the way Dateline's articles are written: `-`
 * bullets, `*` emphasis, `#` headings, blank lines between blocks, no line
 * wrapping; characters that would turn text into Markdown (`*`, `_`, `[`, a
 * leading `#` or `1.`) are escaped, and so is `<`, so no text becomes HTML.
 *
 * @param blocks - Block nodes (paragraphs, headings, lists, quotes).
 * @returns Markdown ending with one newline (empty string for no blocks).
 */
export function toMarkdown(blocks: readonly RootContent[]): string {
  if (blocks.length === 0) return '';
  const root: Root = { type: 'root', children: [...blocks] };
  return serialize(root, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    resourceLink: true,
    unsafe: [{ character: '<' }],
  });
}
