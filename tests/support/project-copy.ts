import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A throwaway copy of the project (its code and config, the installed
 * `node_modules` linked), for tests that build a site from content of their
 * own.
 *
 * @param withContent - Copy `content/` too (articles and the permalinks ledger).
 * @returns The folder, a function that runs `astro build` there (with extra
 *   environment variables and arguments if given), and one that deletes it.
 */
export function projectCopy(withContent: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-'));
  for (const entry of [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    ...(withContent ? ['content'] : []),
  ]) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const build = (env: Record<string, string> = {}, args: readonly string[] = []) =>
    promisify(execFile)(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
      cwd: dir,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    })
      .then(({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }))
      .catch((error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }));
  return { dir, build, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
