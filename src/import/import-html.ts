import { Readability } from '@mozilla/readability';
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { parseHTML } from 'linkedom';
import type { Nodes, RootContent } from 'mdast';
import { readPageMeta } from './read-page-meta.ts';
import { siftLines, type CaptureLine } from './sift-lines.ts';
import { toMarkdown } from './to-markdown.ts';
import type { Capture, Found } from './types.ts';

/** Page parts that are never the article, removed before the reader-mode extraction. */
const NEVER_ARTICLE =
  'script:not([type="application/ld+json"]), style, noscript, template, iframe, nav, aside, footer, form, button, figure, picture, img, svg, video, audio, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';

/** Plain text of a Markdown node. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node)
    return (node.children as Nodes[])
      .map(plain)
      .join(node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' ? ' ' : '');
  return '';
}

/** Drop what an article's Markdown should not carry (images, raw HTML) and make links absolute. */
function tidy(node: Nodes, base: string | null): void {
  if (!('children' in node)) return;
  const children = (node.children as Nodes[]).filter(
    (child) => child.type !== 'image' && child.type !== 'imageReference' && child.type !== 'html',
  );
  (node as { children: Nodes[] }).children = children;
  for (const child of children) {
    if (child.type === 'link' && base) {
      try {
        child.url = new URL(child.url, base).href;
      } catch {
        // Leave an address that cannot be read as it is: the renderer drops what is not a web address.
      }
    }
    tidy(child, base);
  }
}

/** The blocks of an extracted article, with divisions and sections flattened. */
function blocks(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph' && node.children.length === 0) return [];
    if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html') return [];
    return [node];
  });
}

/**
 * Read a saved web page as an article. The page's head and schema.org
 * JSON-LD give the title, date, author, outlet and address
 * (`readPageMeta`); Mozilla's Readability (Firefox's reader view, run on a
 * linkedom document) finds the article in the body, after the parts that are
 * never an article (navigation, asides, footers, forms, media) are removed;
 * the article's HTML becomes Markdown through the unified syntax trees (hast,
 * then mdast). Each block is then sifted like a text capture (`siftLines`),
 * which removes what reader mode keeps: inline ads, "READ:" cross-links,
 * donation and newsletter boxes, bylines, datelines and the headline again.
 *
 * @param html - The saved page.
 * @returns The article with where each value came from and what was dropped.
 */
export function importHtml(html: string): Capture {
  const { document } = parseHTML(html);
  const meta = readPageMeta(document);
  for (const node of Array.from(document.querySelectorAll(NEVER_ARTICLE))) node.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const notes: string[] = [];
  let nodes: RootContent[] = [];
  if (article?.content) {
    const mdast = toMdast(fromHtml(article.content, { fragment: true }) as HastNodes);
    tidy(mdast, meta.url?.value ?? null);
    nodes = 'children' in mdast ? blocks(mdast.children as RootContent[]) : [];
  } else {
    notes.push('reader mode found no article in the page');
  }
  const lines: CaptureLine[] = nodes.map((node, index) => ({
    text: plain(node).replace(/\s+/g, ' ').trim(),
    line: index + 1,
    heading: node.type === 'heading',
    paragraph: node.type === 'paragraph',
  }));
  const title = meta.title ?? (article?.title ? { value: article.title, source: 'reader mode', inferred: true } : null);
  const sifted = siftLines(lines, { title: title?.value, findHeadline: false });
  const kept = sifted.kept.map((index) => nodes[index]!);
  // The title is the page's one first-level heading: headings in the body start at level 2.
  const top = Math.min(...kept.map((node) => (node.type === 'heading' ? node.depth : 6)));
  for (const node of kept)
    if (node.type === 'heading') node.depth = Math.min(6, node.depth - top + 2) as 1 | 2 | 3 | 4 | 5 | 6;

  // The date the page states (head, then a dateline in the article, then reader mode) before any guess.
  const [dateline] = sifted.datelines;
  const fromDateline: Found | null = dateline
    ? {
        value: dateline.day,
        source: `a dateline in the article: "${dateline.source}"`,
        inferred: dateline.ambiguous || dateline.updated,
        ...(dateline.ambiguous
          ? { note: `Read "${dateline.text}" in the page day first; it could also be read month first.` }
          : dateline.updated
            ? { note: `The page states only when it was updated: "${dateline.source}".` }
            : {}),
      }
    : null;
  const fromReader: Found | null =
    article?.publishedTime && /^\d{4}-\d\d-\d\d/.test(article.publishedTime)
      ? { value: article.publishedTime.slice(0, 10), source: 'reader mode', inferred: false }
      : null;
  const candidates = [meta.published, fromDateline, fromReader];
  const published = candidates.find((found) => found && !found.inferred) ?? candidates.find((found) => found) ?? null;
  const author =
    meta.author ??
    (sifted.byline
      ? {
          value: sifted.byline.author,
          source: `the byline: "${sifted.byline.source}"`,
          inferred: sifted.byline.how === 'name',
        }
      : null) ??
    (article?.byline
      ? { value: article.byline.replace(/^by\s+/i, '').trim(), source: "reader mode's byline", inferred: true }
      : null);
  return {
    kind: 'html',
    title,
    published,
    author,
    outlet:
      meta.outlet ?? (article?.siteName ? { value: article.siteName, source: 'reader mode', inferred: false } : null),
    url: meta.url,
    body: toMarkdown(kept),
    dropped: sifted.dropped.map(({ line, text, reason }) => ({ line, text, reason })),
    notes,
  };
}
