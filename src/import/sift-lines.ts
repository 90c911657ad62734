import { classifyLine } from './classify-line.ts';
import { findByline, type Byline } from './find-byline.ts';
import { findDateline, type Dateline } from './find-dateline.ts';

/** One line of a capture, or one block of an extracted page. */
export interface CaptureLine {
  text: string;
  /** 1-based line (text) or block number (HTML), for reports. */
  line: number;
  /** A heading of the page's own structure (HTML): kept although it is no sentence. */
  heading?: boolean;
  /**
   * A paragraph of the page's own structure (HTML): kept although it does not
   * end a sentence (a trailing link or badge) when it is prose, a dozen words
   * or more with a sentence inside.
   */
  paragraph?: boolean;
}

/** What sifting a capture's lines found. */
export interface SiftedLines {
  /** The page's headline, when it has one. */
  headline: CaptureLine | null;
  /** Publication dates the page states, in page order (dates of updates last). */
  datelines: Array<Dateline & { line: number; source: string }>;
  byline: (Byline & { line: number; source: string }) | null;
  /** Indexes of the lines that are the article's text, in page order. */
  kept: number[];
  /** Lines left out, with the reason. */
  dropped: Array<{ index: number; line: number; text: string; reason: string }>;
}

const key = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Prose: a dozen words or more, with at least one sentence ending inside. */
function prose(text: string): boolean {
  return text.split(/\s+/).length >= 12 && /[.!?]["'”’)\]]*\s+["'“‘(]?[\p{L}\p{N}]/u.test(text);
}

/** A line that can be a headline: a few words, at least one capital, no full stop at the end. */
function headlineLike(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length >= 3 && words.length <= 30 && /\p{Lu}/u.test(text) && !/[.…]["'”’)]*$/u.test(text);
}

/**
 * Tell a captured page's article apart from its furniture, line by line, and
 * read its headline, datelines and byline on the way. The article starts
 * after the headline (what comes before is the site's header) and runs until
 * a list of other posts or the comments begins. Within it, a line is kept when
 * it is a sentence, not recognised furniture (`classifyLine`) and not repeated
 * elsewhere in the page (ads and teasers repeat; an article's paragraphs do
 * not). Lines that make no sentence (tags, link texts, product names) are left
 * out, except the page's own headings, which stay unless nothing follows them.
 *
 * @param lines - The capture's non-empty lines (or an extracted page's blocks), in order.
 * @param options - `title`: a line equal to it is the headline; `findHeadline`:
 *   else take a headline-like line before the first sentence: one that a byline
 *   or dateline follows, else one the page repeats, else the first.
 * @returns The headline, datelines, byline and the fate of every line.
 */
export function siftLines(
  lines: readonly CaptureLine[],
  options: { title?: string | undefined; findHeadline: boolean },
): SiftedLines {
  const kinds = lines.map((line) => classifyLine(line.text));
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(key(line.text), (counts.get(key(line.text)) ?? 0) + 1);
  const dropped: SiftedLines['dropped'] = [];
  const drop = (index: number, reason: string) =>
    dropped.push({ index, line: lines[index]!.line, text: lines[index]!.text.trim(), reason });
  const datelines: SiftedLines['datelines'] = [];
  const dateline = (index: number): boolean => {
    const found = findDateline(lines[index]!.text);
    if (found) datelines.push({ ...found, line: lines[index]!.line, source: lines[index]!.text.trim() });
    return found !== null;
  };

  // The headline: the given title, or the first headline-like line before the first sentence.
  let headline = -1;
  if (options.title) {
    const wanted = key(options.title);
    headline = lines.findIndex((line, index) => index < 40 && key(line.text) === wanted);
  }
  if (headline < 0 && options.findHeadline) {
    // Headline-like lines before the first sentence; the one a byline or dateline follows wins
    // (a site's tagline or section name does not have one), then one the page repeats, then the first.
    let best = -1;
    for (const [index, line] of lines.entries()) {
      const kind = kinds[index]!;
      if (kind.kind === 'sentence') break;
      if (kind.kind === 'furniture' || findDateline(line.text) || findByline(line.text) || !headlineLike(line.text))
        continue;
      const next = lines.slice(index + 1, index + 3).map((other) => other.text);
      const score =
        (next.some((text) => findDateline(text) || findByline(text)) ? 2 : 0) +
        ((counts.get(key(line.text)) ?? 0) > 1 ? 1 : 0);
      if (best < 0 || score > best) {
        best = score;
        headline = index;
      }
    }
  }
  for (let index = 0; index < headline; index++) {
    if (dateline(index)) drop(index, 'the publication date');
    else
      drop(
        index,
        kinds[index]!.kind === 'furniture'
          ? `before the headline: ${(kinds[index] as { reason: string }).reason}`
          : "before the headline: the site's header",
      );
  }
  if (headline >= 0) drop(headline, 'the headline');

  let byline: SiftedLines['byline'] = null;
  const kept: number[] = [];
  let ended: string | null = null;
  for (let index = headline + 1; index < lines.length; index++) {
    const { text, line } = lines[index]!;
    const kind = kinds[index]!;
    if (ended) {
      drop(index, `after ${ended}`);
      continue;
    }
    if (headline >= 0 && key(text) === key(lines[headline]!.text)) {
      drop(index, 'the headline again');
      continue;
    }
    if (kind.kind !== 'sentence' && dateline(index)) {
      drop(index, 'the publication date');
      continue;
    }
    if (!byline && kind.kind !== 'sentence' && index <= headline + 8) {
      // A bare name is a byline only right under the headline (or its dateline).
      const bare =
        headline >= 0 &&
        (index === headline + 1 || (index === headline + 2 && findDateline(lines[headline + 1]!.text) !== null));
      const found = findByline(text, bare);
      if (found) {
        byline = { ...found, line, source: text.trim() };
        drop(index, 'the byline');
        continue;
      }
    }
    if (kind.kind === 'furniture') {
      drop(index, kind.reason);
      if (kind.ends && kept.length > 0) ended = `${kind.reason} ("${text.trim().slice(0, 40)}")`;
      continue;
    }
    if ((counts.get(key(text)) ?? 0) > 1) {
      drop(index, 'repeated in the page: an ad, a teaser or a caption');
      continue;
    }
    if (kind.kind === 'fragment' && !lines[index]!.heading && !(lines[index]!.paragraph && prose(text))) {
      drop(index, 'not a sentence: a heading, tag, link, ad or caption');
      continue;
    }
    kept.push(index);
  }
  // Headings with no sentence after them head nothing of the article.
  while (kept.length && lines[kept[kept.length - 1]!]!.heading) {
    const index = kept.pop()!;
    drop(index, 'a heading with nothing of the article after it');
  }
  dropped.sort((a, b) => a.index - b.index);
  datelines.sort((a, b) => Number(a.updated) - Number(b.updated));
  return { headline: headline >= 0 ? lines[headline]! : null, datelines, byline, kept, dropped };
}
