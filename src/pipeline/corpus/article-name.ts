import type { ContentMessage } from '../model/index.ts';

/** What a file's name says of an article. */
export interface ArticleName {
  /** The article's slug: its file name without `.md`, NFC-normalised, the last part of its page's address. */
  slug: string;
  /** The slug as two files would clash under: on many disks `Kursk` and `kursk` (or `café` in two Unicode forms) are one page. */
  key: string;
  /** Why the name cannot be an article's address (`article-name`), or `null` when it can. */
  problem: string | null;
}

/** Characters a slug may hold: letters and digits of any script (with their marks), and `-`, `_`, `.` inside. */
const SLUG = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_.-]*[\p{L}\p{M}\p{N}])?$/u;
/** Names Windows reserves for devices: a file so named cannot be checked out there. */
const DEVICES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;
/** Longest slug in bytes: the page is `articles/<slug>/index.html`, and file names stop at 255 bytes. */
const MAX_BYTES = 200;

/** A name like it that is a slug, to suggest: every run of other characters a hyphen. */
function suggest(slug: string): string {
  const fixed = slug
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .toLowerCase();
  return fixed && !DEVICES.test(fixed) ? fixed : 'troops-at-the-border';
}

/** How a character is named in a message: itself when visible, else its code point. */
function shown(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === ' ') return '` ` (a space)';
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `\`${char}\` (${code})` : code;
}

/** Why a slug cannot be an article's address, or `null`. */
function slugProblem(slug: string): string | null {
  const rename = `rename the file, like \`${suggest(slug)}.md\``;
  if (slug === '')
    return 'the file name has nothing before `.md`, so the article would have no address: rename it, like `troops-at-the-border.md`';
  if (/^\.+$/.test(slug))
    return `\`${slug}\` cannot be an article's address (/articles/${slug}/ is a folder of the path itself, not a page): ${rename}`;
  if (DEVICES.test(slug)) return `\`${slug}\` is a device name on Windows, where the file cannot exist: ${rename}`;
  if (new TextEncoder().encode(slug).length > MAX_BYTES)
    return `the file name is longer than ${MAX_BYTES} bytes, too long for the page it makes: ${rename}`;
  if (!SLUG.test(slug)) {
    const bad = [...slug].find((char, i, all) =>
      i === 0 || i === all.length - 1 ? !/[\p{L}\p{N}]/u.test(char) : !/[\p{L}\p{M}\p{N}_.-]/u.test(char),
    )!;
    const where = slug.startsWith(bad) ? 'starts with' : slug.endsWith(bad) ? 'ends with' : 'holds';
    return `the file name ${where} ${shown(bad)}, which cannot be part of the article's address /articles/<name>/: use letters, digits, and hyphens, underscores or dots between them; ${rename}`;
  }
  return null;
}

/**
 * The one rule of what an article file is and what its slug is, used
 * wherever files are listed, read, watched or written (the build and dev
 * server, `npm run check`, `npm run claims`, `npm run import`), before
 * anything is written: a file whose name ends in `.md`, in any case (`a.MD`
 * is an article too, never silently left out). Its slug is the name without
 * the extension, NFC-normalised (a name saved decomposed, as macOS does, gives
 * the same address). A slug must be safe in an address and on every disk:
 * letters and digits of any script, with `-`, `_` or `.` between them, at
 * most 200 bytes, no dot segment (`..md`, `.md`) and no Windows device name;
 * otherwise `problem` says why and how to rename (`article-name`). Two slugs
 * that differ only in capitals or Unicode form clash (`duplicate-slug`).
 *
 * @param file - A path or a bare file name.
 * @returns The slug, its clash key and any problem, or `null` when the file is not an article.
 */
export function articleName(file: string): ArticleName | null {
  const match = /^(.*)\.md$/is.exec(file.replace(/^.*[\\/]/s, ''));
  if (!match) return null;
  const slug = match[1]!.normalize('NFC');
  return { slug, key: slug.normalize('NFKC').toLowerCase(), problem: slugProblem(slug) };
}

/**
 * The error for an article file whose name cannot be its address (`articleName`'s `problem`).
 *
 * @param file - The file.
 * @param problem - Why.
 * @returns The message (`article-name`).
 */
export function badArticleName(file: string, problem: string): ContentMessage {
  return { file, line: 1, column: 1, rule: 'article-name', severity: 'error', reason: problem };
}

/**
 * The error for a file given as an article whose name is not one's
 * (`articleName`): no build would read it.
 *
 * @param file - The file.
 * @returns The message (`not-an-article`).
 */
export function notAnArticle(file: string): ContentMessage {
  return {
    file,
    line: 1,
    column: 1,
    rule: 'not-an-article',
    severity: 'error',
    reason: 'not an article file: articles are Markdown files whose names end in `.md`',
  };
}
