import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { SITEMAP_URLS, sitemapIntegration } from '../../src/integrations/sitemap.ts';

/**
 * The sitemap integration run as Astro runs it after a build, on pages made
 * up here: what it leaves out, and the index it writes past 50,000 URLs. (The
 * sitemap of a real build is checked in `base-path.browser.test.ts`.)
 */
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hooks = Required<AstroIntegration['hooks']>;
/** Run the integration's hooks over `pages` (paths, as Astro lists them) built into `dist`; the sitemap files' URLs. */
async function runSitemap(dist: string, pages: string[]): Promise<Record<string, string[]>> {
  const config = {
    site: 'https://news.example.org',
    base: '/story/',
    outDir: pathToFileURL(`${dist}/`),
    trailingSlash: 'always',
    build: { format: 'directory' },
  };
  const added: AstroIntegration[] = [];
  await (sitemapIntegration().hooks as Hooks)['astro:config:setup']({
    config,
    updateConfig: (update: { integrations: AstroIntegration[] }) => void added.push(...update.integrations),
  } as never);
  const hooks = added[0]!.hooks as Hooks;
  const logger = {
    info() {},
    warn(message: string) {
      throw new Error(message);
    },
    error(message: string) {
      throw new Error(message);
    },
  };
  await hooks['astro:routes:resolved']({ routes: [], logger } as never);
  await hooks['astro:config:done']({ config, logger } as never);
  await hooks['astro:build:done']({
    dir: pathToFileURL(`${dist}/`),
    pages: pages.map((pathname) => ({ pathname })),
    logger,
  } as never);
  const files = readdirSync(dist).filter((name) => /^sitemap-.*\.xml$/.test(name));
  return Object.fromEntries(
    files.map((name) => [
      name,
      [...readFileSync(path.join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    ]),
  );
}

describe('the sitemap', () => {
  it('lists the pages under the base path, not the files that are not pages, the 404 page or the pages marked noindex', async () => {
    const dist = path.join(dir, 'small');
    const page = (file: string, head = '') => {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(
        path.join(dist, file),
        `<!doctype html><html><head><title>t</title>${head}</head><body></body></html>`,
      );
    };
    page('index.html');
    page('events/a/index.html');
    page(
      'events/old/index.html',
      '<meta http-equiv="refresh" content="0; url=/story/events/a/"><meta name="robots" content="noindex">',
    );
    page('search-index/events/1/index.html', '<meta charset="utf-8" />\n    <meta name="robots" content="noindex" />');
    page('404.html');
    writeFileSync(path.join(dist, 'feed.xml'), '<feed/>');
    const files = await runSitemap(dist, [
      '',
      'events/a/',
      'events/old/',
      'search-index/events/1/',
      '404/',
      'feed.xml',
    ]);
    expect(files).toEqual({
      'sitemap-index.xml': ['https://news.example.org/story/sitemap-0.xml'],
      'sitemap-0.xml': ['https://news.example.org/story/', 'https://news.example.org/story/events/a/'],
    });
  });

  describe('edge cases', () => {
    it(`splits into an index of files of ${SITEMAP_URLS.toLocaleString('en-GB')} URLs past that many`, async () => {
      const dist = path.join(dir, 'large');
      mkdirSync(dist, { recursive: true });
      const pages = Array.from({ length: SITEMAP_URLS + 1 }, (_, i) => `events/e-${String(i).padStart(6, '0')}/`);
      const files = await runSitemap(dist, pages);
      expect(SITEMAP_URLS).toBe(50_000);
      expect(files['sitemap-index.xml']).toEqual([
        'https://news.example.org/story/sitemap-0.xml',
        'https://news.example.org/story/sitemap-1.xml',
      ]);
      expect(files['sitemap-0.xml']).toHaveLength(SITEMAP_URLS);
      expect(files['sitemap-1.xml']).toEqual(['https://news.example.org/story/events/e-050000/']);
    });
  });
});
