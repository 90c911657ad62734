import type { Parent, PhrasingContent, Root, Text, InlineCode } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { collectBlocks } from '../reading/index.ts';
import { machineDate } from '../days.ts';
import { walkInline } from '../reading/index.ts';
import type { Claim, Sentence } from '../model/index.ts';

/** A span of a block's plain text to wrap in an element. */
interface Mark {
  start: number;
  end: number;
  tag: string;
  /** Properties of the first piece; the pieces after it repeat only `className`. */
  properties: Record<string, string | string[]>;
  /** For a date: the event page it links to. */
  href?: string;
  /** For a sentence dated only by publication: a link to its event, after the sentence. */
  badge?: { href: string; text: string };
}

/**
 * Render an article body to HTML with its sentences and dates marked: every
 * sentence is wrapped in a `span`, a sentence that yields claims carries its
 * events in `data-events`, and each dated expression becomes a
 * `<time datetime>` element inside it, linked to its event; a sentence dated
 * only by publication ends with a small link to its event ("reported 10 Dec 2024"). Every claim's permanent anchor
 * (`fragment`) is the id of its `<time>`, or of its sentence when the claim
 * has no date words. Where
 * emphasis or a link cuts through a sentence, the sentence is wrapped piece
 * by piece. Raw HTML in the Markdown is dropped, so nothing in an article can
 * run script. Linear in the size of the body.
 *
 * @param tree - The body's remark tree (not modified).
 * @param sentences - The article's sentences, from `extractSentences`.
 * @param claims - The article's claims.
 * @param eventOf - Event id of each claim id.
 * @param eventHref - The address of an event's page, from its id.
 * @returns HTML of the body.
 */
export function renderArticle(
  tree: Root,
  sentences: readonly Sentence[],
  claims: readonly Claim[],
  eventOf: ReadonlyMap<string, string>,
  eventHref: (id: string) => string = (id) => `/events/${id}/`,
): string {
  const copy = structuredClone(tree);
  const spans = new Map<number, Mark[]>();
  const times = new Map<number, Mark[]>();
  const push = (map: Map<number, Mark[]>, block: number, mark: Mark) => {
    const list = map.get(block);
    if (list) list.push(mark);
    else map.set(block, [mark]);
  };
  const bySentence = Map.groupBy(claims, (claim) => claim.sentenceIndex);
  for (const sentence of sentences) {
    const own = bySentence.get(sentence.index) ?? [];
    for (const claim of own) {
      if (claim.expressionStart === null || claim.expressionEnd === null) continue;
      const event = eventOf.get(claim.id);
      push(times, sentence.block, {
        start: sentence.blockStart + claim.expressionStart,
        end: sentence.blockStart + claim.expressionEnd,
        tag: 'time',
        properties: { id: claim.fragment, dateTime: machineDate(claim), title: claim.label, className: ['date'] },
        ...(event ? { href: eventHref(event) } : {}),
      });
    }
    const events = [...new Set(own.map((claim) => eventOf.get(claim.id)).filter((id): id is string => Boolean(id)))];
    const undated = own.find((claim) => claim.expressionStart === null);
    const undatedEvent = undated && eventOf.get(undated.id);
    push(spans, sentence.block, {
      start: sentence.blockStart,
      end: sentence.blockEnd,
      tag: 'span',
      properties: {
        ...(undated ? { id: undated.fragment } : {}),
        className: own.length ? ['sentence', 'claim'] : ['sentence'],
        ...(events.length ? { dataEvents: events.join(' ') } : {}),
      },
      ...(undated && undatedEvent
        ? { badge: { href: eventHref(undatedEvent), text: `reported ${undated.label}` } }
        : {}),
    });
  }
  collectBlocks(copy).forEach((block, index) => {
    const outer = spans.get(index) ?? [];
    const inner = (times.get(index) ?? []).sort((a, b) => a.start - b.start);
    if (outer.length) wrapBlock(block, outer, inner);
  });
  return toHtml(defuse(toHast(copy)));
}

type HastNodes = ReturnType<typeof toHast>;

/** Addresses a link in an article may keep: the web, mail, and the site's own pages and anchors. */
const SAFE_URL = /^(?:https?:|mailto:|[/#?]|(?![a-z][a-z\d+.-]*:))/i;

/**
 * Make what the Markdown itself links to harmless (raw HTML is already
 * dropped by `toHast`): a link to anything but the web, mail or the site
 * itself (`javascript:`, `data:`, `vbscript:`) loses its address and keeps its
 * words; external links open without passing on the reader's page; images
 * become their alt text, since a capture's images live on other servers.
 */
function defuse<T extends HastNodes>(root: T): T {
  const stack: HastNodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === 'img')
        return { type: 'text', value: typeof child.properties.alt === 'string' ? child.properties.alt : '' };
      if (child.tagName === 'a' && typeof child.properties.href === 'string') {
        const href = child.properties.href.replace(/[\u0000-\u0020\u007f]/g, '');
        if (!SAFE_URL.test(href)) delete child.properties.href;
        else if (/^https?:/i.test(href)) child.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
      }
      return child;
    }) as typeof node.children;
    for (const child of node.children) stack.push(child);
  }
  return root;
}

/**
 * Wrap the text of one block in one sweep: each text run is cut where a mark
 * begins or ends, and each piece is wrapped in its time mark (if any) inside
 * its sentence mark (if any). Marks of one kind never overlap, and both lists
 * are sorted, so two pointers suffice.
 */
function wrapBlock(block: Parent, outer: readonly Mark[], inner: readonly Mark[]): void {
  const started = new Set<Mark>();
  const replaced = new Map<Parent, Map<number, PhrasingContent[]>>();
  let o = 0;
  let t = 0;
  walkInline(block, (node, parent, index, offset, inLink) => {
    const end = offset + node.value.length;
    const pieces: PhrasingContent[] = [];
    let at = offset;
    while (at < end) {
      while (o < outer.length && outer[o]!.end <= at) o++;
      while (t < inner.length && inner[t]!.end <= at) t++;
      const span = outer[o] && outer[o]!.start <= at ? outer[o] : undefined;
      const time = inner[t] && inner[t]!.start <= at ? inner[t] : undefined;
      const cuts = [
        end,
        span?.end,
        time?.end,
        !span ? outer[o]?.start : undefined,
        !time ? inner[t]?.start : undefined,
      ];
      const next = Math.min(...cuts.filter((c): c is number => c !== undefined && c > at));
      let piece: PhrasingContent = { ...node, value: node.value.slice(at - offset, next - offset) } as
        Text | InlineCode;
      if (time) piece = element(time, piece, started);
      if (time?.href && !inLink) piece = link(time.href, ['claim-link'], piece); // never a link inside a link
      if (span) piece = element(span, piece, started);
      pieces.push(piece);
      if (span?.badge && next === span.end && !inLink) {
        pieces.push(
          { type: 'text', value: ' ' },
          link(span.badge.href, ['claim-badge'], { type: 'text', value: span.badge.text }),
        );
      }
      at = next;
    }
    if (!replaced.has(parent)) replaced.set(parent, new Map());
    replaced.get(parent)!.set(index, pieces);
  });
  // Rebuild each changed parent once: linear, and no spread of huge arrays onto the stack.
  for (const [parent, pieces] of replaced) {
    const children: PhrasingContent[] = [];
    (parent.children as PhrasingContent[]).forEach((child, index) => {
      const replacement = pieces.get(index);
      if (!replacement) children.push(child);
      else for (const piece of replacement) children.push(piece);
    });
    parent.children = children as Parent['children'];
  }
}

/** A link around `child` (a custom node: `mdast-util-to-hast` makes it an `<a>`). */
function link(href: string, className: string[], child: PhrasingContent): PhrasingContent {
  return {
    type: 'mark',
    children: [child],
    data: { hName: 'a', hProperties: { href, className } },
  } as unknown as PhrasingContent;
}

/** A custom mdast node that `mdast-util-to-hast` turns into `<tag>` around `child`. */
function element(mark: Mark, child: PhrasingContent, started: Set<Mark>): PhrasingContent {
  const properties = started.has(mark) ? { className: mark.properties.className ?? [] } : mark.properties;
  started.add(mark);
  return {
    type: 'mark',
    children: [child],
    data: { hName: mark.tag, hProperties: properties },
  } as unknown as PhrasingContent;
}
