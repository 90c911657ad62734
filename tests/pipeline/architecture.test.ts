import { describe, expect, it } from 'vitest';
import { checkStages, importsOf, sourceFiles } from '../support/check-stages.ts';

/**
 * The pipeline is framework-free and made of stages: `src/pipeline/<stage>/`
 * is entered through its `index.ts` alone (as remark keeps `lib/` behind
 * `index.js`), with its private helpers beside it; the shared modules at the
 * top (`days.ts`, `messages.ts`) hold what every stage needs. The page-data
 * layer, `src/site/`, is framework-free too.
 */
describe('src/pipeline', () => {
  const stages = checkStages('src/pipeline', 8);

  it('has the stages of an article, in order, and the corpus over them', () => {
    expect(stages).toEqual(
      expect.arrayContaining(['reading', 'sentences', 'dates', 'claims', 'events', 'rendering', 'corpus', 'model']),
    );
  });

  describe('edge cases', () => {
    it('the pipeline depends on nothing outside it but libraries', () => {
      const outside = sourceFiles('src/pipeline').flatMap((file) =>
        importsOf(file)
          .filter((target) => !target.startsWith('src/pipeline/'))
          .map((target) => `${file} -> ${target}`),
      );
      expect(outside).toEqual([]);
    });
  });
});

describe('src/site', () => {
  for (const file of sourceFiles('src/site')) {
    it(`${file} imports nothing from Astro and only the pipeline's entries`, () => {
      for (const target of importsOf(file)) expect(target).toMatch(/^src\/(site\/|pipeline\/(\w+\/index|\w+)\.ts$)/);
    });
  }
});
