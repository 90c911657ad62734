import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A real `astro build` of a copy of the project with one broken article: the
 * build fails with one line per problem naming the file, line and field, no
 * stack trace, and leaves what was already built in `dist/` alone.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'dateline-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
}
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
mkdirSync(path.join(work, 'content/articles'), { recursive: true });
writeFileSync(path.join(work, 'content/articles/good.md'), '---\ntitle: Good\npublished: 2024-12-10\n---\n\nKim met Putin on June 19, 2024.\n');
writeFileSync(path.join(work, 'content/articles/broken.md'), '---\noutlet: Wire\npublished: 2024-02-30\n---\n\nTroops moved in October.\n');
mkdirSync(path.join(work, 'dist'));
writeFileSync(path.join(work, 'dist/index.html'), 'previous build');

describe('a build with a broken article', () => {
  it('fails with file, line and field for each problem, and keeps dist/', async () => {
    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    const result = await promisify(execFile)(process.execPath, [astro, 'build'], { cwd: work, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } })
      .then(() => ({ code: 0, output: '' }))
      .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/articles/broken.md:1:1: error: `title` is required: add a `title:` line to the frontmatter (field `title`) [frontmatter-field]');
    expect(result.output).toContain('content/articles/broken.md:3:1: error: `published` is not a real calendar day (field `published`) [frontmatter-field]');
    expect(result.output).not.toContain('good.md');
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(readFileSync(path.join(work, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(path.join(work, 'dist/events'))).toBe(false);
  });
});
