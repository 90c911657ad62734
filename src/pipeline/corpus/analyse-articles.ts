import type { Root } from 'mdast';
import { articleName, badArticleName, notAnArticle } from './article-name.ts';
import { extractClaims } from '../claims/index.ts';
import { decodeArticle, normalizeText, readArticle, type RemovedCharacters } from '../reading/index.ts';
import type { CachedArticle, ContentMessage, Sentence } from '../model/index.ts';

/** Earlier results by content digest (the corpus reads and fills it; the caller keeps it between runs). */
export interface ArticleCache {
  get(digest: string): CachedArticle | undefined;
  set(digest: string, entry: CachedArticle): void;
}

/** An article file given to the corpus: its path (as shown in messages), its contents and, for the cache, a digest. */
export interface CorpusFile {
  file: string;
  /** Text, or the file's bytes (decoded strictly: `decodeArticle`). */
  text: string | Uint8Array;
  /** Must change with the file's path and contents and with the pipeline's code. */
  digest?: string;
}

/** One article analysed: what is cached of it and, when it was read now, its tree and sentences. */
export interface AnalysedArticle {
  file: string;
  digest: string | undefined;
  entry: CachedArticle;
  parsed?: { tree: Root; sentences: Sentence[] };
}

/**
 * The message for a failure inside the pipeline on one article: an error for
 * that article (`internal-error`), never a crash of the whole run.
 *
 * @param file - The article.
 * @param problem - What was thrown.
 * @returns The message.
 */
export function internalError(file: string, problem: unknown): ContentMessage {
  return {
    file,
    line: 1,
    column: 1,
    rule: 'internal-error',
    severity: 'error',
    reason: `Dateline failed on this article (${String((problem as Error)?.message ?? problem).split('\n')[0]}): please report it, with the file`,
  };
}

/**
 * The text of a file given as text or as bytes (strict UTF-8: `decodeArticle`),
 * normalised at the door (`normalizeText`: NFC, no control, bidirectional or
 * word-splitting invisible characters), so that every stage and every page
 * sees the same clean text.
 *
 * @param text - Text or bytes.
 * @param file - The file, for the message.
 * @returns The text and what was removed from it, or the message saying why it cannot be decoded.
 */
export function decode(
  text: string | Uint8Array,
  file: string,
): { ok: true; text: string; removed: RemovedCharacters | null } | { ok: false; message: ContentMessage } {
  const decoded = typeof text === 'string' ? { ok: true as const, text } : decodeArticle(text, file);
  return decoded.ok ? { ok: true, ...normalizeText(decoded.text) } : decoded;
}

/**
 * Analyse one article file: decode it, read and validate its frontmatter and
 * body (`readArticle`), and extract its claims. An article whose frontmatter
 * is unusable is kept with `meta: null` and its messages.
 *
 * @param file - Path of the file, as shown in messages.
 * @param text - Its contents.
 * @param slug - Its slug (`articleName`).
 * @returns What is cached of it and its tree and sentences, or the message saying why it could not be read.
 */
export function analyseArticle(
  file: string,
  text: string | Uint8Array,
  slug: string,
): { entry: CachedArticle; parsed?: { tree: Root; sentences: Sentence[] } } | { failure: ContentMessage } {
  const decoded = decode(text, file);
  if (!decoded.ok) return { failure: decoded.message };
  try {
    const article = readArticle(decoded.text, file);
    const { removed } = decoded;
    const invisible: ContentMessage[] = removed
      ? [
          {
            file,
            line: removed.line,
            column: removed.column,
            rule: 'text-invisible',
            severity: 'warning',
            reason: `${removed.count === 1 ? 'an invisible or control character was' : `${removed.count} invisible or control characters were`} removed (${removed.first}${removed.count === 1 ? '' : ' first'}): such characters can reverse, hide or split the text around them; the rest is kept`,
          },
        ]
      : [];
    const entry: CachedArticle = {
      slug,
      meta: article.meta,
      messages: [...invisible, ...article.messages],
      claims: [],
      sentenceCount: 0,
    };
    if (!article.meta) return { entry };
    const extracted = extractClaims(slug, article.tree, article.bodyLine, article.meta.published, file);
    entry.messages.push(...extracted.messages);
    entry.claims = extracted.claims;
    entry.sentenceCount = extracted.sentences.length;
    return { entry, parsed: { tree: article.tree, sentences: extracted.sentences } };
  } catch (problem) {
    return { failure: internalError(file, problem) };
  }
}

/**
 * Analyse a set of article files (`analyseArticle`), in order of path, taking
 * what the cache holds for unchanged files. Two files whose slugs clash
 * (`articleName`: `Kursk.md`, `kursk.md`, or one name in two Unicode forms)
 * are an error naming both: their pages would overwrite each other on many
 * disks; the second is left out. A file whose name is not an article's is an
 * error (`not-an-article`), and so is one whose name cannot be an address
 * (`article-name`: `..md`, `.md`, a space, `#`). Articles whose
 * frontmatter is unusable are left out too, their messages kept.
 *
 * @param files - The files, with digests for the cache.
 * @param cache - Results of earlier runs, by digest.
 * @returns The usable articles in order of path, and every message (not yet sorted).
 */
export function analyseArticles(
  files: readonly CorpusFile[],
  cache?: ArticleCache,
): { articles: AnalysedArticle[]; messages: ContentMessage[] } {
  const messages: ContentMessage[] = [];
  const articles: AnalysedArticle[] = [];
  const seen = new Map<string, string>();
  for (const { file, text, digest } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const name = articleName(file);
    if (!name) {
      messages.push(notAnArticle(file));
      continue;
    }
    if (name.problem) {
      messages.push(badArticleName(file, name.problem));
      continue;
    }
    let entry = digest === undefined ? undefined : cache?.get(digest);
    // An entry made for another name (a cache edited or copied by hand) is not this file's.
    if (entry && entry.slug !== name.slug) entry = undefined;
    let parsed: AnalysedArticle['parsed'];
    if (!entry) {
      const analysed = analyseArticle(file, text, name.slug);
      if ('failure' in analysed) {
        messages.push(analysed.failure);
        continue;
      }
      ({ entry, parsed } = analysed);
      if (digest !== undefined) cache?.set(digest, entry);
    }
    messages.push(...entry.messages);
    const other = seen.get(name.key);
    if (other) {
      messages.push({
        file,
        line: 1,
        column: 1,
        rule: 'duplicate-slug',
        severity: 'error',
        reason:
          file.normalize('NFC') === other.normalize('NFC')
            ? `${other} has the same name, its accents encoded another way (one composed, one decomposed: they look alike but are two files): delete or rename one of them`
            : `\`${entry.slug}\` is also the slug of ${other} (slugs that differ only in capitals, or in how their accents are encoded, collide): rename one of the files`,
      });
      continue;
    }
    seen.set(name.key, file);
    if (entry.meta) articles.push({ file, digest, entry, ...(parsed ? { parsed } : {}) });
  }
  return { articles, messages };
}
