import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/check-links.ts';
import { projectCopy } from '../support/project-copy.ts';

/**
 * Real builds that never half-write `dist/` (`npm run build` twice at once
 * once left `dist/` with most files missing, one of them saying `Complete!`):
 * a site is built beside `dist/` and replaces it whole; a second build of the
 * project waits for the first, or refuses with a message; a build that fails
 * while rendering leaves `dist/` as it was.
 */
const project = projectCopy(true);
afterAll(project.remove);
const dist = path.join(project.dir, 'dist');
const ORIGIN = 'http://localhost:4321';

/** A digest of every file of dist/ (paths and bytes). */
function distDigest(): string {
  const hash = createHash('sha256');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(path.relative(dist, file)).update(readFileSync(file));
  return hash.digest('hex');
}
/** What a complete site holds: every event of timeline.json, the search index, the sitemap; no broken link. */
async function expectComplete(): Promise<void> {
  const timeline = JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')) as {
    events: Array<{ id: string }>;
  };
  expect(timeline.events.length).toBeGreaterThan(0);
  for (const { id } of timeline.events) expect(existsSync(path.join(dist, 'events', id, 'index.html')), id).toBe(true);
  expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(true);
  expect((await checkLinks(dist, ORIGIN)).broken).toEqual([]);
}
/** Nothing a build leaves beside dist/: no staging folder, no lock. */
const leftovers = () => readdirSync(project.dir).filter((name) => name.startsWith('.dist'));

beforeAll(() => {
  // An article whose file name is not ASCII: a slug of letters of another script is an address too.
  writeFileSync(
    path.join(project.dir, 'content/articles/서울-회담.md'),
    '---\ntitle: Seoul talks\npublished: 2024-12-10\noutlet: Wire\n---\n\nDiplomats met in Seoul on December 9, officials said.\n',
  );
});

describe('builds that replace dist/ whole', () => {
  it('two builds at once both succeed, one after the other, and dist/ is complete', async () => {
    const [a, b] = await Promise.all([project.build(), project.build()]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect([a.output, b.output].filter((o) => o.includes('another build of this project is running'))).toHaveLength(1);
    await expectComplete();
    expect(existsSync(path.join(dist, 'articles', '서울-회담', 'index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  }, 240_000);

  describe('edge cases', () => {
    it('with DATELINE_BUILD_WAIT=0 the second refuses with a message, and the first publishes', async () => {
      const first = project.build();
      // Let the first take the lock.
      for (let i = 0; i < 400 && !existsSync(path.join(project.dir, '.dist.lock')); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const second = await project.build({ DATELINE_BUILD_WAIT: '0' });
      expect(second.code).not.toBe(0);
      expect(second.output).toMatch(
        /another build of this project is running \(pid \d+, started [\d-]+T[\d:.]+Z\): this one stops, and dist\/ is left to that one/,
      );
      expect(second.output).not.toMatch(/Stack trace|\n\s+at /);
      expect((await first).code).toBe(0);
      await expectComplete();
      expect(leftovers()).toEqual([]);
    }, 240_000);

    it('a build that fails while rendering leaves dist/ as it was, and no folder or lock behind', async () => {
      const before = distDigest();
      mkdirSync(path.join(project.dir, 'src/pages/zz'), { recursive: true });
      writeFileSync(
        path.join(project.dir, 'src/pages/zz/boom.astro'),
        "---\nif (process.env.DATELINE_TEST_BOOM) throw new Error('boom while rendering');\n---\n<p>ok</p>\n",
      );
      const failed = await project.build({ DATELINE_TEST_BOOM: '1' });
      expect(failed.code).not.toBe(0);
      expect(failed.output).toContain('boom while rendering');
      expect(distDigest()).toBe(before);
      expect(leftovers()).toEqual([]);
    }, 240_000);

    it('a lock left by a build that died is taken over', async () => {
      mkdirSync(path.join(project.dir, '.dist.lock'));
      writeFileSync(path.join(project.dir, '.dist.lock/owner.json'), JSON.stringify({ pid: 2 ** 22 + 1, since: 0 }));
      const result = await project.build();
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(
        `a build (pid ${2 ** 22 + 1}) stopped without releasing its lock: taking it over`,
      );
      expect(leftovers()).toEqual([]);
    }, 240_000);
  });
});
