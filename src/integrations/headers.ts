import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/index.ts';

/** Folders of `dist/` that hold no pages. */
const ASSETS = new Set(['_astro', 'pagefind', 'screenshots', 'cards']);

/**
 * Write `dist/_headers` after the build (`headersFile`): the embeds may be
 * framed anywhere, every other page of `dist/` only by the site itself.
 * The rules are made from what the build wrote, so a new kind of page is
 * covered without a list to keep.
 *
 * @returns The Astro integration.
 */
export function headersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dateline:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const sections = readdirSync(root, { withFileTypes: true })
          .filter((entry) => (entry.isDirectory() ? !ASSETS.has(entry.name) : entry.name.endsWith('.html')))
          .filter((entry) => entry.name !== 'index.html')
          .map((entry) => entry.name);
        writeFileSync(`${root}/_headers`, headersFile(sections, base));
      },
    },
  };
}
