import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The importer is built like the pipeline: small framework-free modules, each
 * exporting one function named after its file (`find-dateline.ts` exports
 * `findDateline`), with JSDoc; `types.ts` holds shared types only.
 */
const dir = new URL('../../src/import/', import.meta.url);
const modules = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('src/import', () => {
  it('has modules', () => {
    expect(modules.length).toBeGreaterThan(5);
  });

  for (const name of modules) {
    const source = readFileSync(new URL(name, dir), 'utf8');

    it(`${name} imports nothing from Astro`, () => {
      expect(source).not.toMatch(/from\s+['"](?:astro(?::|\/|['"])|@astrojs\/)/);
    });

    if (name === 'types.ts') {
      it('types.ts exports types only', () => {
        expect(source).not.toMatch(/^export\s+(?:async\s+)?(?:function|const|let|class)\b/m);
      });
      continue;
    }

    it(`${name} exports one value, ${camel(name)}, with JSDoc`, () => {
      const values = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)/gm)].map((m) => m[1]);
      expect(values).toEqual([camel(name)]);
      expect(source).toMatch(new RegExp(`\\*/\\s*export\\s+(?:async\\s+)?(?:function|const)\\s+${camel(name)}\\b`));
    });
  }

  describe('edge cases', () => {
    it('the pipeline does not depend on the importer', () => {
      const pipeline = new URL('../../src/pipeline/', import.meta.url);
      for (const name of readdirSync(pipeline).filter((file) => file.endsWith('.ts'))) {
        expect(readFileSync(new URL(name, pipeline), 'utf8')).not.toMatch(/from\s+['"]\.\.\/import\//);
      }
    });
  });
});
