import { describe } from 'vitest';
import { checkModules } from '../support/check-modules.ts';

/**
 * The pipeline is framework-free and made of small modules: each file exports
 * one value named after it (`resolve-expression.ts` exports `resolveExpression`),
 * with JSDoc, and imports nothing from Astro. `types.ts` holds shared types only.
 */
describe('src/pipeline', () => {
  checkModules(new URL('../../src/pipeline/', import.meta.url), 10);
});
