import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, type Node } from 'yaml';
import { compareMessages } from '../messages.ts';
import { defaultStory, storyConfigSchema, storyFiguresSchema, storyNameSchema } from '../model/index.ts';
import type { ContentMessage, StoryConfig } from '../model/index.ts';
import { fileSystemCause } from './read-files.ts';

/** The story's settings, from the project's root (`storyConfigSchema`). */
export const STORY_FILE = 'content/story.yaml';
/** A story file is a page of settings; beyond this it is something else. */
const MAX_STORY_CHARS = 1_000_000;

/** The story, or the problems that make it unusable. */
export interface ReadStory {
  /** `null` when there is an error. */
  story: StoryConfig | null;
  messages: ContentMessage[];
}

/**
 * Read a story's settings from the text of `story.yaml` and validate them
 * (`storyConfigSchema`): plain YAML only (no tags, no aliases), and every
 * problem one message with the file, line and column of the value concerned
 * and the setting's name (`names.2.kind`), like the articles' frontmatter.
 *
 * @param text - The file's text.
 * @param file - Its path, as shown in messages.
 * @returns The story, or `null` with the problems.
 */
export function parseStory(text: string, file: string): ReadStory {
  const messages: ContentMessage[] = [];
  const lineCounter = new LineCounter();
  const error = (offset: number, rule: string, reason: string, field?: string) => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    messages.push({
      file,
      line: pos.line,
      column: pos.col,
      rule,
      severity: 'error',
      reason,
      ...(field ? { field } : {}),
    });
  };
  const fail = (): ReadStory => ({ story: null, messages: messages.sort(compareMessages) });
  if (text.length > MAX_STORY_CHARS) {
    error(
      0,
      'story-size',
      `the file is ${text.length.toLocaleString('en')} characters; a story's settings fit in far less`,
    );
    return fail();
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  for (const problem of doc.errors)
    error(problem.pos[0], 'story-yaml', `not valid YAML: ${problem.message.split('\n')[0]}`);
  if (messages.length) return fail();
  let unsafe = false;
  const check = (node: unknown) => {
    if (unsafe || !isNode(node)) return;
    if (node.tag && !/^tag:yaml.org,2002:(?:str|int|float|bool|null|seq|map)$/.test(node.tag)) {
      error(node.range?.[0] ?? 0, 'story-yaml', `explicit tags (\`${node.tag}\`) are not allowed: write plain values`);
      unsafe = true;
    }
  };
  const walk = (node: unknown): void => {
    if (unsafe) return;
    if (isPair(node)) return (walk(node.key), walk(node.value));
    if (!isNode(node)) return;
    if (node.constructor.name === 'Alias') {
      error(node.range?.[0] ?? 0, 'story-yaml', 'aliases (`*name`) are not allowed: write the value again');
      unsafe = true;
      return;
    }
    check(node);
    if ('items' in node) for (const item of (node as { items: unknown[] }).items) walk(item);
  };
  walk(doc.contents);
  if (unsafe) return fail();
  if (!isMap(doc.contents)) {
    error(
      doc.contents?.range?.[0] ?? 0,
      'story-yaml',
      'the story must be `name: value` lines, at least `title: "…"` (the story the site tells)',
    );
    return fail();
  }
  const parsed = storyConfigSchema.safeParse(doc.toJS());
  if (parsed.success) return { story: parsed.data, messages };
  for (const issue of parsed.error.issues) {
    const where = issue.path.map(String);
    const node = doc.getIn(issue.path, true) as Node | undefined;
    const parent = (where.length ? doc.getIn(issue.path.slice(0, -1), true) : doc.contents) as Node | undefined;
    if (issue.code === 'unrecognized_keys') {
      const map = (where.length ? node : doc.contents) as Node | undefined;
      for (const key of issue.keys) {
        const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
        const known = Object.keys(
          where.length === 0
            ? storyConfigSchema.shape
            : where[0] === 'figures'
              ? storyFiguresSchema.shape
              : where[0] === 'names'
                ? storyNameSchema.shape
                : { name: 0, words: 0 },
        );
        error(
          (isScalar(pair?.key) ? pair.key.range?.[0] : map?.range?.[0]) ?? 0,
          'story-field',
          `\`${key}\` is not a setting of ${where.length ? `\`${where.join('.')}\`` : 'the story'}: the settings are ${known.map((k) => `\`${k}\``).join(', ')}`,
          [...where, key].join('.'),
        );
      }
      continue;
    }
    const at = (node ?? parent)?.range?.[0] ?? 0;
    const field = where.join('.') || undefined;
    const missing = node === undefined && issue.code === 'invalid_type';
    const reason =
      missing && field === 'title'
        ? '`title` is missing: name the story the site tells, like `title: "The Corrie Hill dam collapse"`'
        : missing
          ? `\`${field}\` is missing: ${issue.message}`
          : `\`${field ?? 'the story'}\` ${issue.message}`;
    error(at, 'story-field', reason, field);
  }
  return fail();
}

/**
 * Read the story's settings (`content/story.yaml`) from disk: `parseStory`,
 * or the story of a site with no file (titled `Dateline`, nothing else) when
 * there is none. A file that exists but cannot be read is an error.
 *
 * @param file - Its path, as shown in messages (default `content/story.yaml`).
 * @param root - The folder a relative path starts from (default: the working directory).
 * @returns The story, or `null` with the problems.
 */
export async function readStory(file = STORY_FILE, root = '.'): Promise<ReadStory> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), 'utf8');
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return { story: defaultStory(), messages: [] };
    return {
      story: null,
      messages: [
        {
          file,
          line: 1,
          column: 1,
          rule: 'file-unreadable',
          severity: 'error',
          reason: `cannot read the story's settings: ${fileSystemCause(problem)}`,
        },
      ],
    };
  }
  return parseStory(text, file);
}
