/**
 * Shared shapes of `npm run import`: what a captured page says about an
 * article, where each value came from, and what was left out.
 */

/** A value read from a capture, with where it was found. */
export interface Found {
  value: string;
  /** Where it came from, for the editor: `og:title`, `the capture's headline (line 3)`. */
  source: string;
  /** A guess rather than something the page states: flagged in the article for the editor to check. */
  inferred: boolean;
  /** Why a guessed value is what it is (kept as `publishedNote` for a date). */
  note?: string;
}

/** A line or block of the capture that is not part of the article. */
export interface DroppedLine {
  /** 1-based line of a text capture, or block number of an extracted page. */
  line: number;
  text: string;
  reason: string;
}

/** An article read from a captured web page (HTML) or a text capture. */
export interface Capture {
  kind: 'html' | 'text';
  title: Found | null;
  /** `value` is an ISO day, `YYYY-MM-DD`. */
  published: Found | null;
  author: Found | null;
  outlet: Found | null;
  url: Found | null;
  /** The article's own text as Markdown, paragraphs separated by blank lines. */
  body: string;
  dropped: DroppedLine[];
  /** Dates the capture states that were not taken (a second, different dateline). */
  notes: string[];
}
