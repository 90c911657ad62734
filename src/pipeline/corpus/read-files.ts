import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleName, notAnArticle } from './article-name.ts';
import { checkLedger } from './check-ledger.ts';
import type { ContentMessage, Ledger } from '../model/index.ts';

/** The folder of the articles, from the project's root. */
export const ARTICLES_DIR = 'content/articles';
/** The ledger of published event ids, from the project's root: commit it with the articles. */
export const LEDGER_FILE = 'content/permalinks.json';

/** An article file as read from disk: its path as shown in messages, and its bytes. */
export interface ArticleFile {
  file: string;
  text: Uint8Array;
}

/** What a file-system error means, in words, with its code. */
const CAUSES: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is a file, not a folder',
  ELOOP: 'it is a symbolic link that loops',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files open',
  EIO: 'the disk could not be read',
};

/**
 * Say a file-system error in words, naming its code: never a stack trace.
 *
 * @param error - What a `node:fs` call threw.
 * @returns `it does not exist (ENOENT)`, or the error's own first line.
 */
export function fileSystemCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  return `${String((error as Error)?.message ?? error).split('\n')[0]}${code ? ` (${code})` : ''}`;
}

const unreadable = (file: string, error: unknown): ContentMessage => ({
  file,
  line: 1,
  column: 1,
  rule: 'file-unreadable',
  severity: 'error',
  reason: `cannot read it: ${fileSystemCause(error)}`,
});

/**
 * Read the article files named: each folder's articles (`articleName`, in
 * name order) and each file named on its own. Bytes, not text: the corpus
 * decodes them strictly, so a file that is not UTF-8 is an error, not
 * mojibake. A path that cannot be read is an error (`file-unreadable`); a
 * file named on its own that is not an article is one too (`not-an-article`),
 * since no build would read it.
 *
 * @param targets - Files and folders, as the user wrote them (paths in messages stay so).
 * @param root - The folder relative paths start from (default: the working directory).
 * @returns The files, and the problems.
 */
export async function readArticleFiles(
  targets: readonly string[],
  root = '.',
): Promise<{ files: ArticleFile[]; messages: ContentMessage[] }> {
  const names: string[] = [];
  const messages: ContentMessage[] = [];
  for (const target of targets) {
    const info = await stat(path.resolve(root, target)).catch((error: unknown) => ({ error }));
    if ('error' in info) messages.push(unreadable(target, info.error));
    else if (info.isDirectory()) {
      const entries = await readdir(path.resolve(root, target)).catch((error: unknown) => {
        messages.push(unreadable(target, error));
        return [];
      });
      const articles = entries.filter((name) => articleName(name) !== null);
      names.push(...articles.sort().map((name) => path.join(target, name)));
    } else if (articleName(target) === null) messages.push(notAnArticle(target));
    else names.push(target);
  }
  const files: ArticleFile[] = [];
  await Promise.all(
    names.map(async (file, i) => {
      try {
        files[i] = { file, text: new Uint8Array(await readFile(path.resolve(root, file))) };
      } catch (error) {
        messages.push(unreadable(file, error));
      }
    }),
  );
  return { files: files.filter(Boolean), messages };
}

/** The built site, from the project's root: the ids it published are checked against the ledger. */
export const SITE_DIR = 'dist';

/**
 * The event ids a built site published: one folder each under `events/`
 * (live events, redirect pages of aliases, withdrawn events).
 *
 * @param site - The built site's folder.
 * @returns The ids, or `null` when there is no built site.
 */
async function publishedIds(site: string): Promise<string[] | null> {
  const entries = await readdir(path.join(site, 'events'), { withFileTypes: true }).catch(() => null);
  return entries && entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * Read the ledger of published event ids, when there is one, and validate it
 * (`checkLedger`: its JSON and shape, keys given twice, aliases, and the ids
 * the built site `dist/` published, which it must still hold). Shared by the
 * build and `npm run check`, so that both refuse the same hand edits.
 *
 * @param file - Its path, as shown in messages.
 * @param root - The folder a relative path starts from (default: the working directory).
 * @param site - The built site's folder, from `root` (default `dist`).
 * @returns Its text (`null` when there is no file), the ledger (`null` when there is none or it is unusable), and the problems.
 */
export async function readLedger(
  file: string,
  root = '.',
  site = SITE_DIR,
): Promise<{ text: string | null; ledger: Ledger | null; messages: ContentMessage[] }> {
  let text: string | null;
  try {
    text = await readFile(path.resolve(root, file), 'utf8');
  } catch (error) {
    // No ledger yet is a first build; a ledger that exists but cannot be read must not be taken for none.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      const reason = `cannot read the ledger: ${fileSystemCause(error)}; the build would lose every published link without it`;
      return {
        text: null,
        ledger: null,
        messages: [{ ...unreadable(file, error), rule: 'ledger-unreadable', reason }],
      };
    }
    text = null;
  }
  return { text, ...checkLedger(text, file, await publishedIds(path.resolve(root, site))) };
}
