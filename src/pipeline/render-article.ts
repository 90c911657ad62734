import type { Parent, Root, Text, InlineCode } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { collectBlocks } from './collect-blocks.ts';
import { machineDate } from './machine-date.ts';
import { walkInline } from './walk-inline.ts';
import type { Claim, Sentence } from './types.ts';

/** A span of a block's plain text to wrap in an element. */
interface Mark {
  block: number;
  start: number;
  end: number;
  tag: string;
  /** Properties of the element; only `className` is repeated on the pieces after the first. */
  properties: Record<string, string | string[]>;
}

/**
 * Render an article body to HTML with its sentences and dates marked: every
 * sentence is wrapped in a `span` with a permanent anchor (`id="s<n>"`), a
 * sentence that yields claims carries `data-event` links, and each dated
 * expression becomes a `<time datetime>` element. Raw HTML in the Markdown is
 * dropped, so nothing in an article can run script.
 *
 * @param tree - The body's remark tree (not modified).
 * @param sentences - The article's sentences, from `extractSentences`.
 * @param claims - The article's claims.
 * @param eventOf - Event id of each claim id.
 * @returns HTML of the body.
 */
export function renderArticle(tree: Root, sentences: readonly Sentence[], claims: readonly Claim[], eventOf: ReadonlyMap<string, string>): string {
  const copy = structuredClone(tree);
  const marks: Mark[] = [];
  const bySentence = Map.groupBy(claims, (claim) => claim.sentenceIndex);
  for (const sentence of sentences) {
    const own = bySentence.get(sentence.index) ?? [];
    for (const claim of own) {
      if (claim.expressionStart === null || claim.expressionEnd === null) continue;
      marks.push({
        block: sentence.block,
        start: sentence.blockStart + claim.expressionStart,
        end: sentence.blockStart + claim.expressionEnd,
        tag: 'time',
        properties: { dateTime: machineDate(claim), title: claim.label, className: ['date'] },
      });
    }
    const events = [...new Set(own.map((claim) => eventOf.get(claim.id)).filter((id): id is string => Boolean(id)))];
    marks.push({
      block: sentence.block,
      start: sentence.blockStart,
      end: sentence.blockEnd,
      tag: 'span',
      properties: {
        id: `s${sentence.index}`,
        className: own.length ? ['sentence', 'claim'] : ['sentence'],
        ...(events.length ? { dataEvents: events.join(' ') } : {}),
      },
    });
  }
  const blocks = collectBlocks(copy);
  for (const mark of marks) {
    const block = blocks[mark.block];
    if (block) wrap(block, mark);
  }
  return toHtml(toHast(copy));
}

/** Wrap every text run of `block` that overlaps the mark, splitting runs at its edges. */
function wrap(block: Parent, mark: Mark): void {
  let first = true;
  walkInline(block, (node, parent, index, offset) => {
    const from = Math.max(mark.start, offset);
    const to = Math.min(mark.end, offset + node.value.length);
    if (from >= to) return;
    const pieces: Array<Text | InlineCode | Parent> = [];
    const piece = (value: string): Text | InlineCode => ({ ...node, value });
    if (from > offset) pieces.push(piece(node.value.slice(0, from - offset)));
    const properties = first ? mark.properties : { className: mark.properties.className ?? [] };
    first = false;
    pieces.push({
      type: 'mark',
      children: [piece(node.value.slice(from - offset, to - offset))],
      data: { hName: mark.tag, hProperties: properties },
    } as unknown as Parent);
    if (to < offset + node.value.length) pieces.push(piece(node.value.slice(to - offset)));
    parent.children.splice(index, 1, ...(pieces as Parent['children']));
  });
}
