// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the spaces
  // between inline elements, which glues words together in the search index.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefindIntegration()],
  devToolbar: { enabled: false },
});
