import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline is framework-free and made of small modules: each file exports
 * one value named after it (`resolve-expression.ts` exports `resolveExpression`),
 * with JSDoc, and imports nothing from Astro. `types.ts` holds shared types only.
 */
const dir = new URL('../../src/pipeline/', import.meta.url);
const modules = readdirSync(dir).filter((name) => name.endsWith('.ts'));
const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('src/pipeline', () => {
  it('has modules', () => {
    expect(modules.length).toBeGreaterThan(10);
  });

  for (const name of modules) {
    const source = readFileSync(new URL(name, dir), 'utf8');

    it(`${name} imports nothing from Astro`, () => {
      expect(source).not.toMatch(/from\s+['"](?:astro(?::|\/|['"])|@astrojs\/)/);
    });

    if (name === 'types.ts') continue;

    it(`${name} exports one value, ${camel(name)}, with JSDoc`, () => {
      const values = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)/gm)].map((m) => m[1]);
      expect(values).toEqual([camel(name)]);
      expect(source).toMatch(new RegExp(`\\*/\\s*export\\s+(?:async\\s+)?(?:function|const)\\s+${camel(name)}\\b`));
    });
  }
});
