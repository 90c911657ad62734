import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../support/generate-corpus.ts';
import { projectCopy } from '../support/project-copy.ts';

/**
 * The article cache in real builds: a rebuild takes unchanged articles from
 * it, and what it builds is byte for byte what a build from scratch gives,
 * after an article is added, another edited, and cache entries damaged (half
 * an entry, and valid JSON of the wrong shape).
 */
const cached = projectCopy(true);
const scratch = projectCopy(true);
afterAll(() => {
  cached.remove();
  scratch.remove();
});
const cacheRoot = fileURLToPath(new URL('../../node_modules/.astro/dateline/', import.meta.url));

/** Every file of a dist/ folder and the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
  const dist = path.join(dir, 'dist');
  return Object.fromEntries(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map(
        (file) => [path.relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
/** "N articles, M unchanged since the last build", from a build's output. */
const reuse = (output: string) =>
  /(\d+) articles, (\d+) unchanged since the last build/.exec(output)?.slice(1, 3).map(Number);
/** The cache entries of a project folder. */
function entriesOf(dir: string): string[] {
  for (const project of readdirSync(cacheRoot)) {
    if (readFileSync(path.join(cacheRoot, project, 'project.txt'), 'utf8') !== dir) continue;
    const [version] = readdirSync(path.join(cacheRoot, project)).filter((name) => name !== 'project.txt');
    return readdirSync(path.join(cacheRoot, project, version!)).map((name) =>
      path.join(cacheRoot, project, version!, name),
    );
  }
  return [];
}

describe('the article cache in a real build', () => {
  it('takes unchanged articles from the cache and builds exactly what a build from scratch builds', async () => {
    const first = await cached.build();
    expect(first.code, first.output).toBe(0);
    expect(reuse(first.output)).toEqual([5, 0]);
    const built = digest(cached.dir);
    expect(entriesOf(cached.dir)).toHaveLength(5);

    const again = await cached.build();
    expect(again.code, again.output).toBe(0);
    expect(reuse(again.output)).toEqual([5, 5]);
    expect(digest(cached.dir)).toEqual(built);

    // One article added, one edited, and one cache entry damaged: three read, three reused.
    const added = generateCorpus(1, 3)[0]!;
    const articles = path.join(cached.dir, 'content/articles');
    const [edited] = readdirSync(articles).sort();
    for (const dir of [cached.dir, scratch.dir]) {
      writeFileSync(path.join(dir, 'content/articles/added.md'), added.text);
      appendFileSync(
        path.join(dir, 'content/articles', edited!),
        '\nOn December 12, 2024, officials in Kyiv confirmed the report.\n',
      );
      // Both start from the same ledger, as an editor's checkout would.
      writeFileSync(
        path.join(dir, 'content/permalinks.json'),
        readFileSync(path.join(cached.dir, 'content/permalinks.json')),
      );
    }
    const [damaged, misshapen] = entriesOf(cached.dir).filter(
      (file) => !file.includes(createHash('sha256').update(`content/articles/${edited}`).digest('hex')),
    );
    writeFileSync(damaged!, '{"slug": "half a');
    // Valid JSON of the wrong shape is no entry either: read again, never "entry.messages is not iterable".
    writeFileSync(misshapen!, '{}');
    const third = await cached.build();
    expect(third.code, third.output).toBe(0);
    expect(reuse(third.output)).toEqual([6, 2]);
    expect(third.output).toContain('2 cache entries were damaged or of another shape: their articles were read again');
    const fresh = await scratch.build();
    expect(fresh.code, fresh.output).toBe(0);
    expect(reuse(fresh.output)).toEqual([6, 0]);
    expect(digest(cached.dir)).toEqual(digest(scratch.dir));
    // The edited article's old entry is gone; the cache holds the six articles of now.
    expect(entriesOf(cached.dir)).toHaveLength(6);
  }, 180_000);
});
