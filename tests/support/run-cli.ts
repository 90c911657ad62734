import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Run one of Dateline's commands (`src/cli/<name>.ts`) as `npm run <name>`
 * does, with this test's Node, in the project folder (or `cwd`).
 *
 * @param name - `import`, `check` or `claims`.
 * @param args - Its arguments.
 * @param cwd - The folder to run it in.
 * @returns Exit code, stdout and stderr.
 */
export function runCli(
  name: string,
  args: readonly string[],
  cwd = root,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'src/cli', `${name}.ts`), ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
