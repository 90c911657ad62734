import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/**
 * Tests that a folder is built of small framework-free modules: each file
 * (but `types.ts`) exports one value named after it (`find-dateline.ts`
 * exports `findDateline`) with JSDoc, and none imports Astro. Call inside a
 * `describe`.
 *
 * @param dir - The folder, as a file URL ending in `/`.
 * @param least - The fewest modules it should have.
 * @returns The module file names.
 */
export function checkModules(dir: URL, least: number): string[] {
  const modules = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  it('has modules', () => {
    expect(modules.length).toBeGreaterThan(least);
  });
  for (const name of modules) {
    const source = readFileSync(new URL(name, dir), 'utf8');
    it(`${name} imports nothing from Astro`, () => {
      expect(source).not.toMatch(/from\s+['"](?:astro(?::|\/|['"])|@astrojs\/)/);
    });
    if (name === 'types.ts') continue;
    it(`${name} exports one value, ${camel(name)}, with JSDoc`, () => {
      const values = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)/gm)].map(
        (m) => m[1],
      );
      expect(values).toEqual([camel(name)]);
      expect(source).toMatch(new RegExp(`\\*/\\s*export\\s+(?:async\\s+)?(?:function|const)\\s+${camel(name)}\\b`));
    });
  }
  return modules;
}
