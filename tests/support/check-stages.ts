import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every `.ts`, `.astro` and `.mjs` file under a folder of the project, as paths from the root. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true })
    .map((name) => path.join(folder, String(name)).split(path.sep).join('/'))
    .filter((name) => /\.(ts|astro|mjs)$/.test(name) && statSync(path.join(root, name)).isFile());
}

/** The relative module specifiers a file imports (static, dynamic and re-exports), resolved to paths from the root. */
export function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    path
      .normalize(path.join(path.dirname(file), m[1]!))
      .split(path.sep)
      .join('/'),
  );
}

/**
 * Tests that a folder is built of stages: each sub-folder is a stage entered
 * through its `index.ts`, and no file outside a stage (anywhere under `src/`)
 * reaches past that entry into the stage's private modules. Files at the top
 * of the folder are shared modules anyone may import. Nothing imports Astro,
 * and every exported function or constant has JSDoc. Call inside a `describe`.
 *
 * @param folder - The folder, from the project's root (`src/pipeline`).
 * @param least - The fewest stages it should have.
 * @returns The stage names.
 */
export function checkStages(folder: string, least: number): string[] {
  const stages = readdirSync(path.join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  it('has stages', () => {
    expect(stages.length).toBeGreaterThanOrEqual(least);
  });
  for (const stage of stages) {
    it(`${stage}/ has one public entry, index.ts, with JSDoc`, () => {
      const entry = path.join(root, folder, stage, 'index.ts');
      expect(readFileSync(entry, 'utf8')).toMatch(/^\/\*\*[\s\S]*?\*\//);
    });
  }
  for (const file of sourceFiles(folder)) {
    const source = readFileSync(path.join(root, file), 'utf8');
    it(`${file} imports nothing from Astro`, () => {
      expect(source).not.toMatch(/from\s+['"](?:astro(?::|\/|['"])|@astrojs\/)/);
    });
    it(`${file}: every exported value has JSDoc`, () => {
      const exported = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)/gm)];
      for (const match of exported) {
        const before = source.slice(0, match.index).trimEnd();
        expect(before.endsWith('*/'), `${match[1]} has no JSDoc`).toBe(true);
      }
    });
  }
  it('no file outside a stage reaches inside it', () => {
    const inside = (file: string) => file.slice(folder.length + 1).split('/');
    const reaches: string[] = [];
    for (const file of sourceFiles('src')) {
      for (const target of importsOf(file)) {
        if (!target.startsWith(`${folder}/`)) continue;
        const [stage, name] = inside(target);
        if (name === undefined || name === 'index.ts') continue;
        const from = file.startsWith(`${folder}/`) ? inside(file)[0] : undefined;
        if (from !== stage) reaches.push(`${file} -> ${target}`);
      }
    }
    expect(reaches).toEqual([]);
  });
  return stages;
}
