import type { Heading, Paragraph, Root, RootContent, TableCell } from 'mdast';

/** A block of running text: the unit that sentences are split within. */
export type TextBlock = Paragraph | Heading | TableCell;

/**
 * List the blocks of running text of a Markdown tree in reading order:
 * paragraphs (also inside list items and block quotes), headings and table
 * cells. Code, HTML and thematic breaks hold no sentences. The order is the
 * contract between sentence extraction and rendering: block `n` is the same
 * node for both.
 *
 * @param tree - A remark (mdast) tree.
 * @returns The blocks, outermost first in document order.
 */
export function collectBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const stack: RootContent[] = [...tree.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') blocks.push(node);
    else if ('children' in node && node.type !== 'link' && node.type !== 'linkReference') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
    }
  }
  return blocks;
}
