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
  /** A comment that starts like a correction but is not written as one (`<!-- datelin: … -->`, no colon, not closed). */
  nearMiss?: true;
}

const COMMENT = /^<!--\s*dateline\s*:([\s\S]*?)-->$/i;
/** The first word of a comment, to tell a misspelt correction from any other comment. */
const FIRST_WORD = /^<!-{2,}\s*([a-z][a-z_ -]{2,12})/i;

/** Edit distance, for words of a dozen letters at most. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Whether an HTML comment that is no correction starts like one: `dateline` misspelt, or without its colon. */
function looksLikeCorrection(html: string): boolean {
  const word = FIRST_WORD.exec(html)?.[1];
  if (!word) return false;
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  return [letters, letters.slice(0, 8), letters.slice(0, 9)].some((w) => w.length >= 6 && distance(w, 'dateline') <= 2);
}

/**
 * Find the editor's correction comments of an article body,
 * `<!-- dateline: ... -->`, whether inline after a sentence or on a line of
 * their own. Comments are invisible on the published page, so corrections
 * leave the article readable. A comment that starts like a correction but is
 * not one (`dateline` misspelt, without its colon, or never closed) is found
 * too, marked `nearMiss`, so that it is a warning rather than silently
 * ignored. Other HTML is ignored.
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
      const html = node.value.trim();
      const match = COMMENT.exec(html);
      if (node.position && (match || (html.startsWith('<!--') && looksLikeCorrection(html)))) {
        found.push({
          offset: node.position.start.offset ?? 0,
          line: node.position.start.line,
          column: node.position.start.column,
          text: match ? match[1]!.trim() : html.split('\n')[0]!.slice(0, 60),
          ...(match ? {} : { nearMiss: true as const }),
        });
      }
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
