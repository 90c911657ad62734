import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** The most URLs one sitemap file may list (the sitemaps.org limit); past it the index lists several files. */
export const SITEMAP_URLS = 50_000;
/** A page's `<head>` holds its robots meta well within this many bytes. */
const HEAD_BYTES = 16_384;
const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i;

/**
 * Whether the built page at `file` asks not to be indexed (`<meta name="robots" content="noindex">`):
 * search shards, redirect pages of merged events, withdrawn events. A page that cannot be read is kept.
 */
function asksNoIndex(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return NOINDEX.test(head.toString('utf8', 0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The sitemap (`@astrojs/sitemap`): every page the build wrote, under the
 * base path, except those that are not for readers: files that are not pages
 * (the feed, `timeline.json`), the 404 page, and every page that asks not to
 * be indexed. It writes `sitemap-index.xml` and `sitemap-0.xml`, and a
 * further `sitemap-N.xml` for each `SITEMAP_URLS` more pages.
 *
 * @returns The Astro integration.
 */
export function sitemapIntegration(): AstroIntegration {
  return {
    name: 'dateline:sitemap',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = new URL(config.base, config.site).href;
        const dist = fileURLToPath(config.outDir);
        const isReaderPage = (url: string) => {
          if (!url.startsWith(root) || !url.endsWith('/')) return false;
          return !asksNoIndex(`${dist}/${url.slice(root.length)}index.html`);
        };
        updateConfig({
          integrations: [
            sitemap({
              filter: isReaderPage,
              entryLimit: SITEMAP_URLS,
              namespaces: { news: false, xhtml: false, image: false, video: false },
            }),
          ],
        });
      },
    },
  };
}
