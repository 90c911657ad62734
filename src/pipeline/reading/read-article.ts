import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { limitDepth } from './limit-depth.ts';
import { limitNesting } from './limit-nesting.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import type { ArticleMeta, ContentMessage } from '../model/index.ts';

/** An article read from its file: metadata, Markdown tree and any problems. */
export interface ReadArticle {
  file: string;
  /** `null` when the frontmatter has errors. */
  meta: ArticleMeta | null;
  /** Markdown tree of the body; positions are relative to the body. */
  tree: Root;
  /** 1-based line of the file where the body begins. */
  bodyLine: number;
  messages: ContentMessage[];
}

const parser = unified().use(remarkParse);
/** The deepest level of the Markdown tree that is kept (quotes and lists count two levels each). */
const MAX_DEPTH = 300;

/**
 * Read one article file: split and parse its YAML frontmatter, validate it
 * against `articleSchema` (`readFrontmatter`), and parse the body with remark.
 * An empty body is a warning (`empty-body`): the article is kept, without
 * claims. Lines nesting quotes or lists absurdly deep are skipped with a warning
 * (`limitNesting`, `limitDepth`), so no input can exhaust the stack. Every
 * problem is a message naming the file, line, column, field and rule, never
 * an exception.
 *
 * @param text - Contents of the file.
 * @param file - Path of the file, as it should appear in messages.
 * @returns The article, with `meta: null` when the frontmatter is unusable.
 */
export function readArticle(text: string, file: string): ReadArticle {
  const messages: ContentMessage[] = [];
  const split = splitFrontmatter(text);
  if (!split.ok) {
    messages.push({ file, line: split.line, column: 1, rule: split.rule, reason: split.reason, severity: 'error' });
    return { file, meta: null, tree: { type: 'root', children: [] }, bodyLine: 1, messages };
  }
  const frontmatter = readFrontmatter(split.yaml, split.yamlLine, file);
  messages.push(...frontmatter.messages);

  if (split.body.trim() === '') {
    messages.push({
      file,
      line: split.bodyLine - 1,
      column: 1,
      rule: 'empty-body',
      severity: 'warning',
      reason: 'the article has no text after its frontmatter: paste its own sentences below the closing `---`',
    });
  }
  const line = (bodyLine: number) => bodyLine + split.bodyLine - 1;
  const warn = (at: number, column: number, reason: string) =>
    messages.push({ file, line: line(at), column, rule: 'body-too-deep', reason, severity: 'warning' });
  const limited = limitNesting(split.body);
  for (const { from, to } of limited.skipped) {
    warn(
      from,
      1,
      `quotes or lists nested more than 100 levels deep: ${from === to ? `line ${line(from)} is` : `lines ${line(from)}–${line(to)} are`} left out (remove the extra \`>\` or \`-\` markers)`,
    );
  }
  let tree: Root;
  try {
    tree = parser.parse(limited.body);
  } catch (problem) {
    // Not known to happen: a safety net, so that one unreadable body is a message, not a crash.
    messages.push({
      file,
      line: split.bodyLine,
      column: 1,
      rule: 'body-unreadable',
      severity: 'error',
      reason: `the Markdown text cannot be read (${String((problem as Error)?.message ?? problem).split('\n')[0]}): simplify it`,
    });
    tree = { type: 'root', children: [] };
  }
  const cut = limitDepth(tree, MAX_DEPTH);
  if (cut.length) {
    warn(
      cut[0]!.line,
      cut[0]!.column,
      `formatting, quotes or lists nested more than ${MAX_DEPTH} levels deep: the text inside is left out${cut.length > 1 ? ` (here and in ${cut.length - 1} more places)` : ''}`,
    );
  }
  return { file, meta: frontmatter.meta, tree, bodyLine: split.bodyLine, messages };
}
