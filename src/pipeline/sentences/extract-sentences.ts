import type { Root } from 'mdast';
import { collectBlocks } from '../reading/index.ts';
import { splitSentences } from './split-sentences.ts';
import { walkInline } from '../reading/index.ts';
import type { Sentence } from '../model/index.ts';

/**
 * Split an article body into sentences: by Markdown structure first
 * (paragraphs, headings, list items, quotes), then within each block by
 * `splitSentences`. Line breaks inside a sentence become spaces (offsets are kept).
 *
 * @param tree - The body's remark tree.
 * @param bodyLine - 1-based line of the file where the body begins.
 * @returns Sentences in reading order, with their file lines.
 */
export function extractSentences(tree: Root, bodyLine: number): Sentence[] {
  const sentences: Sentence[] = [];
  collectBlocks(tree).forEach((block, blockIndex) => {
    // Plain-text offset -> Markdown source offset, at the start of each text run.
    const runs: Array<[number, number]> = [];
    const text = walkInline(block, (node, _parent, _index, offset) => {
      if (node.position) runs.push([offset, node.position.start.offset ?? 0]);
    });
    const firstLine = (block.position?.start.line ?? 1) + bodyLine - 1;
    let newlines = 0;
    let counted = 0;
    let run = 0;
    for (const [start, end] of splitSentences(text)) {
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) newlines++;
      const sentence = text.slice(start, end).replace(/\s/g, ' '); // same length: offsets stay valid
      if (!/\p{L}/u.test(sentence)) continue;
      // Sentences come in order: the run pointer only moves forward (linear per block).
      while (run + 1 < runs.length && runs[run + 1]![0] <= start) run++;
      const found = runs[run];
      sentences.push({
        index: sentences.length,
        text: sentence,
        line: firstLine + newlines,
        block: blockIndex,
        blockStart: start,
        blockEnd: end,
        offset: found && found[0] <= start ? found[1] + (start - found[0]) : (block.position?.start.offset ?? 0),
      });
    }
  });
  return sentences;
}
