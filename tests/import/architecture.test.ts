import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModules } from '../support/check-modules.ts';

/**
 * The importer is built like the pipeline: small framework-free modules, each
 * exporting one function named after its file (`find-dateline.ts` exports
 * `findDateline`), with JSDoc; `types.ts` holds shared types only.
 */
const dir = new URL('../../src/import/', import.meta.url);

describe('src/import', () => {
  const modules = checkModules(dir, 5);

  if (modules.includes('types.ts')) {
    it('types.ts exports types only', () => {
      expect(readFileSync(new URL('types.ts', dir), 'utf8')).not.toMatch(
        /^export\s+(?:async\s+)?(?:function|const|let|class)\b/m,
      );
    });
  }

  describe('edge cases', () => {
    it('the pipeline does not depend on the importer', () => {
      const pipeline = new URL('../../src/pipeline/', import.meta.url);
      for (const name of readdirSync(pipeline, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.ts'))) {
        expect(readFileSync(new URL(name, pipeline), 'utf8')).not.toMatch(/from\s+['"]\.\.\/import\//);
      }
    });
  });
});
