import type { ContentMessage } from '../model/index.ts';

/** What a file's name says of an article. */
export interface ArticleName {
  /** The article's slug: its file name without `.md`, the last part of its page's address. */
  slug: string;
  /** The slug as two files would clash under: on many disks `Kursk` and `kursk` are one page. */
  key: string;
}

/**
 * The one rule of what an article file is, used wherever files are listed,
 * read or watched (the build, `npm run check`, `npm run claims`, the
 * importer): a file whose name ends in `.md`, in any case (`a.MD` is an
 * article too, never silently left out). Its slug is the name without the
 * extension; two slugs that differ only in capitals clash (`duplicate-slug`).
 *
 * @param file - A path or a bare file name.
 * @returns The slug and its clash key, or `null` when the file is not an article.
 */
export function articleName(file: string): ArticleName | null {
  const match = /^(.+)\.md$/i.exec(file.replace(/^.*[\\/]/, ''));
  if (!match) return null;
  const slug = match[1]!;
  return { slug, key: slug.toLowerCase() };
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
