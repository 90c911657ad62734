import type { Paragraph } from 'mdast';
import { findOutlet } from './find-outlet.ts';
import { siftLines, type CaptureLine } from './sift-lines.ts';
import { toMarkdown } from './to-markdown.ts';
import type { Capture, Found } from './types.ts';

/**
 * Read a text capture of a web page (what a browser's "save as text" or a
 * copy of the page gives: one paragraph a line, the page furniture mixed in)
 * as an article. The headline, datelines (`Tue 10th Dec, 2024`,
 * `24/11/2024`) and byline (`By …`, `Staff Writer`) are read from the lines
 * around the top; the outlet is guessed from furniture that names it; every
 * other line is sifted (`siftLines`), and the article's lines become
 * Markdown paragraphs.
 *
 * @param text - Contents of the capture.
 * @param options - `title`: the title the editor gives, so a line equal to it is taken as the headline.
 * @returns The article with where each value came from and what was dropped.
 */
export function importText(text: string, options: { title?: string | undefined } = {}): Capture {
  const lines: CaptureLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.replace(/\u00A0/g, ' ').trim(), line: index + 1 }))
    .filter((line) => /[\p{L}\p{N}]/u.test(line.text));
  const sifted = siftLines(lines, { title: options.title, findHeadline: true });
  const notes: string[] = [];

  const title: Found | null = sifted.headline
    ? { value: sifted.headline.text, source: `the capture's headline (line ${sifted.headline.line})`, inferred: false }
    : null;
  const [first] = sifted.datelines;
  let published: Found | null = null;
  if (first) {
    const quoted = `"${first.source}" (line ${first.line})`;
    published = first.updated
      ? {
          value: first.day,
          source: `the capture's update date: ${quoted}`,
          inferred: true,
          note: `The capture states only when it was updated: ${quoted}.`,
        }
      : first.ambiguous
        ? {
            value: first.day,
            source: `stated in the capture: ${quoted}, read day first`,
            inferred: true,
            note: `Read "${first.text}" in the capture (line ${first.line}) day first; it could also be read month first.`,
          }
        : { value: first.day, source: `stated in the capture: ${quoted}`, inferred: false };
    for (const other of sifted.datelines.slice(1)) {
      if (other.day !== first.day)
        notes.push(
          `the capture also states ${other.day} ("${other.source}", line ${other.line}); ${first.day} was taken`,
        );
    }
  }
  const author: Found | null = sifted.byline
    ? {
        value: sifted.byline.author,
        source: `${sifted.byline.how === 'name' ? 'a name under the headline' : 'the byline'}: "${sifted.byline.source}" (line ${sifted.byline.line})`,
        inferred: sifted.byline.how === 'name',
      }
    : null;
  const clue = findOutlet(lines.map((line) => line.text));
  const outlet: Found | null = clue
    ? {
        value: clue.outlet,
        source: `named by the page furniture: "${clue.evidence}" (line ${lines[clue.index]!.line})`,
        inferred: true,
      }
    : null;
  const paragraphs: Paragraph[] = sifted.kept.map((index) => ({
    type: 'paragraph',
    children: [{ type: 'text', value: lines[index]!.text.replace(/\s+/g, ' ') }],
  }));
  return {
    kind: 'text',
    title,
    published,
    author,
    outlet,
    url: null,
    body: toMarkdown(paragraphs),
    dropped: sifted.dropped.map(({ line, text: dropped, reason }) => ({ line, text: dropped, reason })),
    notes,
  };
}
