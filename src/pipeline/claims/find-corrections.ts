import type { Nodes, Root } from 'mdast';

/** An editor's correction comment found in an article body. */
export interface CorrectionComment {
  /** Offset of the comment in the body. */
  offset: number;
  /** 1-based line and column of the comment in the body. */
  line: number;
  column: number;
  /** What follows `dateline:`, trimmed. */
  text: string;
}

const COMMENT = /^<!--\s*dateline\s*:([\s\S]*?)-->$/i;

/**
 * Find the editor's correction comments of an article body,
 * `<!-- dateline: ... -->`, whether inline after a sentence or on a line of
 * their own. Comments are invisible on the published page, so corrections
 * leave the article readable. Other HTML is ignored.
 *
 * @param tree - The body's remark tree.
 * @returns The comments in document order.
 */
export function findCorrections(tree: Root): CorrectionComment[] {
  const found: CorrectionComment[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html') {
      const match = COMMENT.exec(node.value.trim());
      if (match && node.position) {
        found.push({
          offset: node.position.start.offset ?? 0,
          line: node.position.start.line,
          column: node.position.start.column,
          text: match[1]!.trim(),
        });
      }
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
