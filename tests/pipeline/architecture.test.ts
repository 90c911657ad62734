import { readFileSync } from 'node:fs';
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
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    it(`${file} imports nothing from Astro and only the pipeline's entries`, () => {
      for (const target of importsOf(file)) expect(target).toMatch(/^src\/(site\/|pipeline\/(\w+\/index|\w+)\.ts$)/);
      expect(source).not.toMatch(/from\s+['"](?:astro(?::|\/|['"])|@astrojs\/)/);
    });
    it(`${file}: every exported value has JSDoc`, () => {
      for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)/gm))
        expect(source.slice(0, match.index).trimEnd().endsWith('*/'), `${match[1]} has no JSDoc`).toBe(true);
    });
  }

  describe('edge cases', () => {
    // Browser code (src/client/, and the scripts of .astro files) imports the small modules it needs
    // directly, so that a reader downloads only them, not the whole page-data layer.
    const forBrowser = (file: string, target: string) =>
      (file.startsWith('src/client/') || file.endsWith('.astro')) &&
      ['src/site/href.ts', 'src/site/spellings-of.ts'].includes(target);

    it('pages, components and layouts only render: their data comes from src/site, through its index.ts', () => {
      const rendering = ['src/pages', 'src/components', 'src/layouts'].flatMap((folder) => sourceFiles(folder));
      const wrong = rendering.flatMap((file) => {
        const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
        return [
          ...importsOf(file)
            .filter((target) => /^src\/(pipeline|site)\//.test(target) && target !== 'src/site/index.ts')
            .filter((target) => !forBrowser(file, target))
            .map((target) => `${file} -> ${target}`),
          ...(/from\s+['"]astro:content['"]/.test(source) ? [`${file} -> astro:content`] : []),
        ];
      });
      expect(wrong).toEqual([]);
    });

    it('code outside src/site enters it only through its index.ts (browser code aside)', () => {
      const reaches = sourceFiles('src')
        .filter((file) => !file.startsWith('src/site/'))
        .flatMap((file) =>
          importsOf(file)
            .filter((target) => /^src\/site\/(?!index\.ts$)/.test(target) && !forBrowser(file, target))
            .map((target) => `${file} -> ${target}`),
        );
      expect(reaches).toEqual([]);
    });
  });
});
