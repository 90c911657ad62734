import type { Nodes, Root } from 'mdast';

/**
 * Cut a Markdown tree at a depth: the children of every node at `maxDepth`
 * are removed, so that no later step (sentence extraction, rendering, the
 * structured clone of the tree) walks deeper than that or runs out of stack.
 * Only formatting or quotes nested hundreds of levels deep reach the limit.
 *
 * @param tree - A remark tree, changed in place.
 * @param maxDepth - The deepest level kept (the root is level 0).
 * @returns The 1-based line and column (in the tree's own text) of each node whose children were cut, in document order.
 */
export function limitDepth(tree: Root, maxDepth: number): Array<{ line: number; column: number }> {
  const cut: Array<{ line: number; column: number }> = [];
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node) || node.children.length === 0) continue;
    if (depth >= maxDepth) {
      cut.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      node.children = [];
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, depth + 1]);
  }
  return cut;
}
