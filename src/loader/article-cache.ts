import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleCache } from '../pipeline/corpus/index.ts';
import { cachedArticleSchema, type CachedArticle } from '../pipeline/model/index.ts';

/** An article cache kept on disk between builds. */
export interface DiskCache {
  cache: ArticleCache;
  /** How many of the requested digests were found. */
  hits: number;
  /** How many entries were found but did not fit the schema (damaged, or of another shape): their articles are read again. */
  rejected: number;
  /** Write what changed and delete entries no file has any more (and caches of other pipeline versions). */
  save(): Promise<void>;
}

/**
 * The digest an article is cached under: its path and its bytes. A file
 * renamed or edited gets a new one; the pipeline's version is the folder.
 *
 * @param file - Path of the article, as shown in messages.
 * @param bytes - Contents of the file.
 * @returns A hex SHA-256.
 */
export function articleDigest(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\u0000').update(bytes).digest('hex');
}

/**
 * The version of the pipeline's code: a digest of every source file under
 * `src/pipeline/` (its folders included) and of the lock file, so that any change to how articles are
 * read, or to the libraries that read them, starts a new cache.
 *
 * @param root - The project's root folder.
 * @returns A short hex digest.
 */
export async function pipelineVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(root, 'src/pipeline');
  const names = (await readdir(dir, { recursive: true }))
    .filter((n) => n.endsWith('.ts'))
    .map((n) => n.split(path.sep).join('/'));
  for (const name of names.sort()) {
    hash
      .update(name)
      .update('\u0000')
      .update(await readFile(path.join(dir, name)));
  }
  hash.update(await readFile(path.join(root, 'package-lock.json')).catch(() => Buffer.alloc(0)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Open the cache of one project and pipeline version
 * (`<dir>/<project>/<version>/<digest>.json`), reading the entries of the
 * given digests that exist. Projects that share `node_modules` (copies of a
 * checkout) keep apart, and a project folder that no longer exists loses its
 * cache at the next save. An entry is never trusted: it is validated against
 * the schema of what the pipeline makes (`cachedArticleSchema`), and one that
 * is not JSON, or JSON of another shape (`{}`, a field missing or of another
 * type), is ignored and its article read again (and the entry rewritten),
 * never an error: the cache only saves time.
 *
 * @param dir - Folder of the cache (under Astro's `cacheDir`).
 * @param project - The project's root folder.
 * @param version - From `pipelineVersion`.
 * @param digests - Digests of the articles of this build.
 * @returns The cache, and `save` to write it back.
 */
export async function openArticleCache(
  dir: string,
  project: string,
  version: string,
  digests: readonly string[],
): Promise<DiskCache> {
  const own = path.join(dir, createHash('sha256').update(path.resolve(project)).digest('hex').slice(0, 16));
  const folder = path.join(own, version);
  const entries = new Map<string, CachedArticle>();
  const changed = new Set<string>();
  let rejected = 0;
  await Promise.all(
    digests.map(async (digest) => {
      const text = await readFile(path.join(folder, `${digest}.json`), 'utf8').catch(() => null);
      if (text === null) return;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined; // a half-written or damaged entry
      }
      const entry = cachedArticleSchema.safeParse(data);
      if (entry.success) entries.set(digest, entry.data);
      else rejected++; // read the article again, and write its entry anew
    }),
  );
  const hits = entries.size;
  return {
    hits,
    rejected,
    cache: {
      get: (digest) => entries.get(digest),
      set: (digest, entry) => {
        entries.set(digest, entry);
        changed.add(digest);
      },
    },
    async save() {
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(own, 'project.txt'), path.resolve(project));
      // Caches of projects that are gone (a deleted copy of the checkout), and of other versions
      // of the pipeline: their entries can never be read again.
      for (const other of await readdir(dir)) {
        const root = await readFile(path.join(dir, other, 'project.txt'), 'utf8').catch(() => null);
        if (root !== null && !(await stat(root).catch(() => null)))
          await rm(path.join(dir, other), { recursive: true, force: true });
      }
      for (const other of await readdir(own)) {
        if (other !== version && other !== 'project.txt')
          await rm(path.join(own, other), { recursive: true, force: true });
      }
      const wanted = new Set(digests);
      for (const name of await readdir(folder)) {
        if (name.endsWith('.json') && !wanted.has(name.slice(0, -5)))
          await rm(path.join(folder, name), { force: true });
      }
      const writes = [...changed].filter((digest) => wanted.has(digest) && entries.has(digest));
      changed.clear();
      for (let at = 0; at < writes.length; at += 64) {
        await Promise.all(
          writes.slice(at, at + 64).map(async (digest) => {
            // Write and rename: a build stopped halfway never leaves half an entry.
            const target = path.join(folder, `${digest}.json`);
            const temporary = `${target}.${process.pid}.tmp`;
            await writeFile(temporary, JSON.stringify(entries.get(digest)));
            await rename(temporary, target);
          }),
        );
      }
    },
  };
}
