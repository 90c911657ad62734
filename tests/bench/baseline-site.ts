/**
 * The baseline Dateline is measured against: the same Markdown built as plain
 * Astro 7 pages (the glob loader, one page per article, Astro's default
 * Markdown processor, no Dateline processing) and indexed by Pagefind.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { GeneratedArticle } from '../support/generate-corpus.ts';
import { buildSite } from './measure-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ build: { format: 'directory' } });
`;
const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/articles' }) }) };
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en"><head><meta charset="utf-8"><title>{article.data.title}</title></head>
<body><main><h1>{article.data.title}</h1><Content /></main></body></html>
`;

/**
 * Build the corpus as a plain Astro site, then index it with Pagefind.
 *
 * @param corpus - The generated articles.
 * @returns Seconds and peak memory of the Astro build, seconds of Pagefind, pages indexed.
 */
export async function buildBaseline(corpus: readonly GeneratedArticle[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-baseline-'));
  try {
    mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
    mkdirSync(path.join(dir, 'src/pages/articles'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
    writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
    writeFileSync(path.join(dir, 'src/content.config.ts'), COLLECTIONS);
    writeFileSync(path.join(dir, 'src/pages/articles/[slug].astro'), PAGE);
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    for (const { file, text } of corpus) writeFileSync(path.join(dir, 'content/articles', path.basename(file)), text);
    const astro = await buildSite(dir);
    const started = performance.now();
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    const added = await index!.addDirectory({ path: path.join(dir, 'dist') });
    await index!.writeFiles({ outputPath: path.join(dir, 'dist/pagefind') });
    await pagefind.close();
    return {
      astroSeconds: astro.seconds,
      astroPeakMB: astro.peakMB,
      pagefindSeconds: (performance.now() - started) / 1000,
      pages: added.page_count,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
