import type { Parent, PhrasingContent, Text, InlineCode } from 'mdast';

/**
 * Called for each run of text, with the run's parent, its index there, its
 * offset in the block's plain text, and whether it is inside a link. A visitor must not change `parent.children`
 * during the walk; collect changes and apply them afterwards.
 */
export type InlineVisitor = (
  node: Text | InlineCode,
  parent: Parent,
  index: number,
  offset: number,
  inLink: boolean,
) => void;

/**
 * Walk the inline content of a block, in order, and build its plain text:
 * text and inline code count as written, a hard break as one space, images
 * and raw HTML as nothing. Emphasis, links and other containers are entered,
 * so that `on *December 2*` reads as one run of words.
 *
 * @param block - A paragraph, heading or other node with inline children.
 * @param visit - Optional visitor for each text run and its offset.
 * @returns The block's plain text.
 */
export function walkInline(block: Parent, visit?: InlineVisitor): string {
  let text = '';
  const walk = (parent: Parent, inLink: boolean) => {
    const children = parent.children as PhrasingContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'text' || child.type === 'inlineCode') {
        visit?.(child, parent, index, text.length, inLink);
        text += child.value;
      } else if (child.type === 'break') {
        text += ' ';
      } else if ('children' in child) {
        walk(child, inLink || child.type === 'link' || child.type === 'linkReference');
      }
    }
  };
  walk(block, false);
  return text;
}
