import { fromIsoDay } from '../pipeline/days.ts';
import type { Capture, Found } from './types.ts';

/** Values an editor gives on the command line; each wins over what the capture says. */
export interface GivenValues {
  title?: string | undefined;
  /** `YYYY-MM-DD`. */
  published?: string | undefined;
  /** Why the publication date is what it is, when the capture does not state it. */
  note?: string | undefined;
  author?: string | undefined;
  outlet?: string | undefined;
  via?: string | undefined;
  url?: string | undefined;
}

/** A frontmatter field of the new article, with where its value came from. */
export interface ComposedField extends Found {
  field: 'title' | 'published' | 'author' | 'outlet' | 'via' | 'url';
}

/** The article file, or why it cannot be written. */
export type ComposedArticle =
  { ok: true; text: string; title: string; fields: ComposedField[] } | { ok: false; problems: string[] };

const FIELDS = ['title', 'published', 'outlet', 'via', 'author', 'url'] as const;
const yamlString = (value: string) => JSON.stringify(value);
const comment = (value: string) => value.replace(/[\r\n]+/g, ' ');

/**
 * Write the Markdown file of an imported article: frontmatter in the schema
 * of `content/articles` (title, published, publishedInferred, publishedNote,
 * outlet, via, author, url), a YAML comment above it saying where each value
 * came from and marking the inferred ones (`INFERRED`), then the body.
 * Values given on the command line win; a date the capture does not state is
 * recorded as inferred, with the editor's reason (`publishedNote`: "Not
 * stated in the capture; …").
 *
 * @param capture - What the page says (`importText`, `importHtml`).
 * @param given - Values from the command line.
 * @param source - Name of the captured file, for the comment.
 * @returns The file's text and its fields, or the problems that stop it (no
 *   title, no date, a malformed value).
 */
export function composeArticle(capture: Capture, given: GivenValues, source: string): ComposedArticle {
  const problems: string[] = [];
  const from = (field: (typeof FIELDS)[number], found: Found | null): ComposedField | null => {
    const value = given[field]?.trim();
    if (value) {
      const differs = found && found.value !== value ? `; the capture says "${found.value}" (${found.source})` : '';
      return { field, value, source: `given with --${field}${differs}`, inferred: false };
    }
    return found ? { field, ...found } : null;
  };
  const title = from('title', capture.title);
  let published = from('published', capture.published);
  if (published && given.published) {
    if (!/^\d{4}-\d\d-\d\d$/.test(published.value) || !fromIsoDay(published.value)) {
      problems.push(`--published ${published.value} is not a real day written YYYY-MM-DD`);
    } else if (!capture.published) {
      // The editor knows a date the page does not state: an inference, to be shown as one.
      published = {
        ...published,
        source: 'given with --published; not stated in the capture',
        inferred: true,
        note: `Not stated in the capture; ${given.note?.trim() || 'given by the editor at import'}`,
      };
    } else if (given.note?.trim()) {
      published = { ...published, note: given.note.trim() };
    }
  } else if (published && given.note?.trim()) {
    published = { ...published, note: given.note.trim() };
  }
  const url = from('url', capture.url);
  if (url && !/^https?:\/\/[^\s/]+/i.test(url.value)) problems.push(`--url ${url.value} is not an http(s) address`);
  if (!title) {
    problems.push(
      capture.kind === 'html'
        ? 'cannot find a title: the page has no og:title, JSON-LD headline, <title> or <h1>; give one with --title "…"'
        : 'cannot find a title: the capture has no headline (a short line without a full stop before its first sentence); give one with --title "…"',
    );
  }
  if (!published) {
    problems.push(
      capture.kind === 'html'
        ? 'cannot find a publication date: the page has no article:published_time, JSON-LD datePublished, date meta tag, <time> or dateline; give one with --published YYYY-MM-DD, and say how you know it with --note "…"'
        : 'cannot find a publication date: the capture has no dateline (a line such as "Tue 10th Dec, 2024", "24/11/2024" or "Published: 2024-12-10"); give one with --published YYYY-MM-DD, and say how you know it with --note "…"',
    );
  }
  if (!capture.body.trim())
    problems.push('found no article text in the capture: every line looked like page furniture');
  if (problems.length || !title || !published) return { ok: false, problems };

  const fields = [
    title,
    published,
    from('outlet', capture.outlet),
    from('via', null),
    from('author', capture.author),
    url,
  ].filter((f): f is ComposedField => f !== null);
  const head = [
    `# Imported with \`npm run import\` from ${comment(source)}. Where each value comes from (check the INFERRED ones):`,
  ];
  for (const field of FIELDS) {
    const found = fields.find((f) => f.field === field);
    if (found) head.push(`#   ${field}: ${found.inferred ? 'INFERRED: ' : ''}${comment(found.source)}`);
    else if (field !== 'via') head.push(`#   ${field}: not stated in the capture`);
  }
  const yaml: string[] = [];
  for (const field of fields) {
    if (field.field === 'published') {
      yaml.push(`published: ${field.value}`);
      if (field.inferred) yaml.push('publishedInferred: true');
      if (field.note) yaml.push(`publishedNote: ${yamlString(field.note)}`);
    } else {
      yaml.push(`${field.field}: ${yamlString(field.value)}`);
    }
  }
  const text = ['---', ...head, ...yaml, '---', '', capture.body.trimEnd(), ''].join('\n');
  return { ok: true, text, title: title.value, fields };
}
