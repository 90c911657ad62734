import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { articleSchema } from './article-schema.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import type { ArticleMeta, ContentMessage } from './types.ts';

/** An article read from its file: metadata, Markdown tree and any problems. */
export interface ReadArticle {
  /** The file name without `.md`. */
  slug: string;
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

/**
 * Read one article file: split and parse its YAML frontmatter, validate it
 * against `articleSchema`, and parse the body with remark. Every problem is a
 * message naming the file, line, column, field and rule, never an exception.
 *
 * @param text - Contents of the file.
 * @param file - Path of the file, as it should appear in messages.
 * @returns The article, with `meta: null` when the frontmatter is unusable.
 */
export function readArticle(text: string, file: string): ReadArticle {
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');
  const messages: ContentMessage[] = [];
  const error = (line: number, column: number, rule: string, reason: string, field?: string) =>
    messages.push({ file, line, column, rule, reason, severity: 'error', ...(field ? { field } : {}) });
  const split = splitFrontmatter(text);
  if (!split.ok) {
    error(split.line, 1, split.rule, split.reason);
    return { slug, file, meta: null, tree: { type: 'root', children: [] }, bodyLine: 1, messages };
  }
  const tree = parser.parse(split.body);
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + split.yamlLine - 1, column: pos.col };
  };
  for (const problem of doc.errors) {
    const pos = at(problem.pos[0]);
    error(pos.line, pos.column, 'frontmatter-yaml', `YAML: ${problem.message.split('\n')[0]}`);
  }
  if (messages.length) return { slug, file, meta: null, tree, bodyLine: split.bodyLine, messages };

  const data: unknown = doc.toJS();
  const keyLines = new Map<string, { line: number; column: number }>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), at(pair.key.range[0]));
    }
  }
  const parsed = articleSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0] ?? '');
      const pos = keyLines.get(field) ?? { line: 1, column: 1 };
      const reason = issue.code === 'unrecognized_keys'
        ? `unknown field \`${issue.keys.join('`, `')}\`: the fields are title, published, publishedInferred, publishedNote, outlet, via, author, url`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? `\`${field}\` is required: add a \`${field}:\` line to the frontmatter`
          : `\`${field}\` ${issue.message}`;
      error(pos.line, pos.column, 'frontmatter-field', reason, field);
    }
    return { slug, file, meta: null, tree, bodyLine: split.bodyLine, messages };
  }
  return { slug, file, meta: parsed.data, tree, bodyLine: split.bodyLine, messages };
}
