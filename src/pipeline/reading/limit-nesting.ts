/** A body with its absurdly nested lines blanked, and which lines those were. */
export interface LimitedBody {
  /** The body, each skipped line replaced by an empty HTML comment as long (offsets and line numbers stay valid). */
  body: string;
  /** Runs of skipped lines, 1-based within the body. */
  skipped: Array<{ from: number; to: number }>;
}

/** More quote or list markers than this at the start of one line: the line is skipped. */
const MAX_MARKERS = 100;
/** More columns than this before a line's text (about 100 levels of list indentation): the line is skipped. */
const MAX_INDENT = 200;

/**
 * Skip the lines of a Markdown body that nest quotes or lists absurdly
 * deep (more than 100 `>` or list markers before the text, or more than 200
 * columns of indentation), before the body reaches the Markdown parser,
 * whose time grows faster than the depth and whose tree would then be too
 * deep to walk. No article needs more than a few levels; a line beyond the
 * limit becomes an empty comment at the margin, which closes every open quote
 * and list (the caller warns); the rest of the article is kept.
 *
 * @param body - The Markdown body, with `\n` line endings.
 * @returns The body to parse, and the lines skipped.
 */
export function limitNesting(body: string): LimitedBody {
  const lines = body.split('\n');
  const skipped: LimitedBody['skipped'] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= MAX_MARKERS) continue; // too short to pass either limit
    const { markers, width } = prefixOf(line);
    if (markers <= MAX_MARKERS && width <= MAX_INDENT) continue;
    lines[i] = `<!--${' '.repeat(line.length - 7)}-->`; // same length; an HTML comment closes the open quotes and lists, and is never rendered
    const last = skipped.at(-1);
    if (last && last.to === i) last.to = i + 1;
    else skipped.push({ from: i + 1, to: i + 1 });
  }
  return { body: skipped.length ? lines.join('\n') : body, skipped };
}

/** The quote and list markers and the columns before a line's text. */
function prefixOf(line: string): { markers: number; width: number } {
  let markers = 0;
  let width = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else if (
      c === '>' ||
      ((c === '-' || c === '*' || c === '+') && (next === undefined || next === ' ' || next === '\t'))
    ) {
      markers++;
      width++;
    } else {
      const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!ordered) break;
      markers++;
      width += ordered[0].length;
      i += ordered[0].length;
      continue;
    }
    i++;
  }
  return { markers, width };
}
