// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute addresses for canonical links, Open Graph, the sitemap and the feed: set SITE_URL
  // to where the site is published; by default, where `npm start` serves it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the spaces
  // between inline elements, which glues words together in the search index.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefindIntegration()],
  devToolbar: { enabled: false },
});
