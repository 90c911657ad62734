import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  parseDocument,
  visit,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { articleSchema } from '../model/index.ts';
import { compareMessages } from '../messages.ts';
import { fromIsoDay } from '../days.ts';
import type { ArticleMeta, ContentMessage } from '../model/index.ts';

/** Validated frontmatter, or the problems that make it unusable. */
export interface Frontmatter {
  /** `null` when there is an error. */
  meta: ArticleMeta | null;
  messages: ContentMessage[];
}

const FIELDS = Object.keys(articleSchema.shape);
/** Names editors reach for that Dateline spells another way (compared without case, `-` or `_`). */
const OTHER_NAMES: Record<string, string> = {
  date: 'published',
  pubdate: 'published',
  publishdate: 'published',
  publicationdate: 'published',
  publishedat: 'published',
  datepublished: 'published',
  headline: 'title',
  source: 'outlet',
  publisher: 'outlet',
  link: 'url',
  href: 'url',
  byline: 'author',
};
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Read the YAML frontmatter of an article and validate it against
 * `articleSchema`. Only plain YAML is accepted: an explicit tag (`!!binary`,
 * `!!js/function`, `!foo`) or an alias (`*name`) is an error, so nothing in
 * an article can construct objects or expand exponentially, and a key such as
 * `__proto__` is an unknown field like any other. Every problem is one
 * message with the line, column and field, saying how to fix it (a misspelt
 * key gets "did you mean"); none is an exception.
 *
 * @param yaml - The text between the `---` lines.
 * @param firstLine - 1-based line of the file where that text begins.
 * @param file - Path of the file, for messages.
 * @returns The metadata, or `null` with the problems.
 */
export function readFrontmatter(yaml: string, firstLine: number, file: string): Frontmatter {
  const messages: ContentMessage[] = [];
  // Bounded before parsing: a YAML map checks each key against the others (time grows with the square of their
  // number), and an article's frontmatter is a few short fields.
  const lineCount = yaml.split('\n').length;
  if (yaml.length > MAX_FRONTMATTER_CHARS || lineCount > MAX_FRONTMATTER_LINES) {
    const size =
      yaml.length > 10_000
        ? `${Math.round(yaml.length / 1000).toLocaleString('en')} k characters`
        : `${yaml.length} characters`;
    messages.push({
      file,
      line: firstLine,
      column: 1,
      rule: 'frontmatter-size',
      severity: 'error',
      reason: `the frontmatter is ${size} on ${lineCount.toLocaleString('en')} lines; it holds a few short fields (at most ${MAX_FRONTMATTER_LINES} lines, ${MAX_FRONTMATTER_CHARS.toLocaleString('en')} characters): is the closing \`---\` missing, or the article's text above it?`,
    });
    return { meta: null, messages };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, yaml.length)));
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const error = (offset: number, rule: string, reason: string, field?: string) =>
    messages.push({ file, ...at(offset), rule, reason, severity: 'error', ...(field === undefined ? {} : { field }) });
  const done = (): Frontmatter => ({ meta: null, messages: messages.sort(compareMessages) });
  const root = isMap(doc.contents) ? doc.contents : null;

  // Syntax: one message per line (the first; later ones on a line are usually its echoes).
  const lines = new Set<number>();
  for (const problem of doc.errors) {
    const found = problem.code === 'DUPLICATE_KEY' ? duplicate(yaml, problem, root, at) : explain(yaml, problem);
    const line = at(found.offset).line;
    if (lines.has(line)) continue;
    lines.add(line);
    error(found.offset, found.rule, found.reason, found.field);
  }
  if (messages.length) return done();

  if (doc.contents && !root) {
    error(
      doc.contents.range?.[0] ?? 0,
      'frontmatter-yaml',
      'the frontmatter must be `name: value` lines, like `title: "…"`, not a list or a lone value',
    );
    return done();
  }
  // Plain data only: no tags (objects, binary, custom types) and no aliases.
  visit(doc, (_key, node, path) => {
    if (!isNode(node)) return;
    const pair = path[2];
    const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
    const start = node.range?.[0] ?? 0;
    if (isAlias(node)) {
      error(
        start,
        'frontmatter-alias',
        `YAML aliases such as \`*${node.source}\` are not allowed: write the value out in full`,
        field,
      );
    } else if (node.tag) {
      const tag = doc.directives.tagString(node.tag);
      let tagStart = yaml.lastIndexOf('!', start);
      while (tagStart > 0 && !/[\s,[{:]/.test(yaml[tagStart - 1]!)) tagStart--; // back to the start of the tag
      error(
        Math.max(0, tagStart),
        'frontmatter-tag',
        `YAML tags such as \`${tag}\` are not allowed (frontmatter holds only text, dates and true/false): remove the tag`,
        field,
      );
    }
  });
  for (const pair of root?.items ?? []) {
    if (!isScalar(pair.key) || pair.key.value === null || String(pair.key.value).trim() === '') {
      error(
        isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0,
        'frontmatter-field',
        'each line must start with a field name, like `title:`: write the name before the colon',
      );
    }
  }
  if (messages.length) return done();

  let data: Record<string, unknown>;
  try {
    data = (doc.toJS() ?? {}) as Record<string, unknown>;
  } catch (problem) {
    error(
      0,
      'frontmatter-yaml',
      `the frontmatter cannot be read (${String((problem as Error).message).split('\n')[0]}): write it as plain \`name: value\` lines`,
    );
    return done();
  }
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return { meta: parsed.data, messages };

  const keys = new Map<string, { offset: number; source: string }>();
  for (const pair of root?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const range = isNode(pair.value) ? pair.value.range : undefined;
    keys.set(String(pair.key.value), {
      offset: pair.key.range?.[0] ?? 0,
      source: range ? yaml.slice(range[0], range[1]) : '',
    });
  }
  const meant = new Set<string>();
  for (const key of Object.keys(data).filter((name) => !FIELDS.includes(name))) {
    const suggestion = suggestField(key);
    if (suggestion) meant.add(suggestion);
    error(
      keys.get(key)?.offset ?? 0,
      'frontmatter-field',
      suggestion
        ? `unknown field \`${key}\`: did you mean \`${suggestion}\`?`
        : `unknown field \`${key}\`: remove it, or use one of ${FIELDS.join(', ')}`,
      key,
    );
  }
  const reported = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = String(issue.path[0] ?? '');
    const value = Object.hasOwn(data, field) ? data[field] : undefined;
    if (reported.has(field) || (value === undefined && meant.has(field))) continue; // one message per field; a misspelling says it already
    reported.add(field);
    const key = keys.get(field);
    if (key) error(key.offset, 'frontmatter-field', describe(field, value, key.source, issue), field);
    else
      messages.push({
        file,
        line: firstLine - 1,
        column: 1,
        rule: 'frontmatter-field',
        severity: 'error',
        field,
        reason: describe(field, value, '', issue),
      });
  }
  return done();
}

/** Bounds of a frontmatter: far above any real one (a few fields, a note of a few lines), far below slow. */
const MAX_FRONTMATTER_LINES = 200;
const MAX_FRONTMATTER_CHARS = 20_000;

/** What is wrong with the value of a field, and how to write it. */
function describe(field: string, value: unknown, source: string, issue: z.core.$ZodIssue): string {
  const name = `\`${field}\``;
  if (value === undefined) return `${name} is required: add a \`${field}:\` line to the frontmatter`;
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return `${name} is empty: write its value after \`${field}:\`${field === 'title' || field === 'published' ? '' : ', or remove the line'}`;
  }
  const shown = shorten(typeof value === 'string' ? value : source || String(value));
  if (field === 'published') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const iso = typeof value === 'string' ? toIsoDay(value) : null;
      return iso
        ? `${name} must be a date written YYYY-MM-DD: write \`published: ${iso}\``
        : `${name} must be a date written YYYY-MM-DD, like 2024-12-10 (found \`${shown}\`)`;
    }
    if (!fromIsoDay(value)) {
      const month = Number(value.slice(5, 7));
      const last =
        month >= 1 && month <= 12 ? new Date(Date.UTC(Number(value.slice(0, 4)), month, 0)).getUTCDate() : null;
      return last
        ? `${name} is not a real calendar day: ${value.slice(0, 7)} has ${last} days (found \`${value}\`)`
        : `${name} is not a real calendar day: the month must be 01 to 12 (found \`${value}\`)`;
    }
    return `${name} ${issue.message}`;
  }
  if (field === 'publishedInferred') return `${name} must be true or false (found \`${shown}\`)`;
  if (typeof value === 'string') {
    return field === 'url'
      ? `${name} must be an http(s) address, like https://example.org/story (found \`${shown}\`)`
      : `${name} ${issue.message}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `${name} must be text, not ${typeof value === 'number' ? 'a number' : 'true/false'}: put it in quotes, like \`${field}: "${shown}"\``;
  }
  return `${name} must be one line of text, not ${Array.isArray(value) ? 'a list' : 'a set of fields'}: write it as text, in quotes`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** An unambiguous date in another format (`December 10, 2024`, `Tue, 10 Dec 2024`, `2024/12/10`, `2024-12-10T09:00Z`) as `YYYY-MM-DD`. */
function toIsoDay(text: string): string | null {
  const t = text.trim().replace(/^[A-Za-z]+day,?\s+|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+/i, '');
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(t);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  const [year, month, day] = yearFirst
    ? [yearFirst[1]!, Number(yearFirst[2]), yearFirst[3]!]
    : monthFirst
      ? [monthFirst[3]!, monthOf(monthFirst[1]!), monthFirst[2]!]
      : dayFirst
        ? [dayFirst[3]!, monthOf(dayFirst[2]!), dayFirst[1]!]
        : ['', 0, ''];
  if (!month) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return fromIsoDay(iso) ? iso : null;
}

/** 1–12 for a month's name or its abbreviation (`Dec`, `Sept`), 0 otherwise. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return MONTHS.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september')) + 1;
}

/** The field a misspelt or unknown key most likely means, if any. */
function suggestField(key: string): string | undefined {
  const lower = key.toLowerCase();
  const same = FIELDS.find((field) => field.toLowerCase() === lower);
  if (same) return same;
  const other = OTHER_NAMES[lower.replace(/[-_\s]/g, '')];
  if (other) return other;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const field of FIELDS) {
    const distance = editDistance(lower, field.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [field, distance];
  }
  return best && bestDistance <= (best.length <= 5 ? 1 : 2) ? best : undefined;
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

type At = (offset: number) => { line: number; column: number };
type Found = { offset: number; rule: string; reason: string; field?: string };

/** A key given twice: name it and the line of its first use. */
function duplicate(yaml: string, problem: YAMLError, root: YAMLMap | null, at: At): Found {
  const offset = problem.pos[0];
  const pairs = root?.items ?? [];
  const pair = pairs.find((item) => isNode(item.key) && item.key.range?.[0] === offset);
  const key =
    pair && isScalar(pair.key) ? String(pair.key.value) : /^\s*["']?([^"':\n]*)/.exec(yaml.slice(offset))![1]!.trim();
  const first = pairs.find((item) => isScalar(item.key) && String(item.key.value) === key);
  const firstLine = first && isNode(first.key) && first.key.range ? at(first.key.range[0]).line : null;
  return {
    offset,
    rule: 'frontmatter-duplicate',
    field: key,
    reason: `\`${key}\` is given twice${firstLine !== null && firstLine !== at(offset).line ? ` (first on line ${firstLine})` : ''}: keep one of the two lines`,
  };
}

/** A YAML syntax error in plain words, with where to look and how to fix it. */
function explain(yaml: string, problem: YAMLError): Found {
  const offset = problem.pos[0];
  const message = problem.message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    const open = yaml.lastIndexOf(quote, Math.max(0, offset - 1));
    return {
      offset: open >= 0 ? open : offset,
      rule: 'frontmatter-yaml',
      reason: `the \`${quote}\` quote opened here is never closed: end the value with \`${quote}\``,
    };
  }
  const reserved = /reserved character (\S)|indicator character (\S)/.exec(message);
  // The common mistakes, in plain words.
  const plain: Record<string, string> = {
    BLOCK_AS_IMPLICIT_KEY: 'a value that contains `: ` must be in quotes, like `title: "Kursk: the first week"`',
    MULTILINE_IMPLICIT_KEY:
      'each field must be one `name: value` line (a long value goes in quotes; only its continuation lines are indented)',
    TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML: use spaces',
    ...(reserved
      ? { BAD_SCALAR_START: `a value cannot start with ${char(reserved[1] ?? reserved[2]!)}: put the value in quotes` }
      : {}),
  };
  const hints: Record<string, string> = {
    BAD_INDENT: 'check the indentation, and close every `[` with `]` and every `{` with `}`',
    UNEXPECTED_TOKEN: 'a value with more after its closing quote must be in quotes as a whole',
  };
  const hint =
    hints[problem.code] ??
    'write each field as `name: value` on its own line, with quotes around values that contain `: ` or `#`';
  return { offset, rule: 'frontmatter-yaml', reason: plain[problem.code] ?? `YAML: ${message}: ${hint}` };
}

/** A character as Markdown code, or in words where code cannot show it. */
function char(c: string): string {
  return c === '`' ? 'a backtick' : `\`${c}\``;
}
