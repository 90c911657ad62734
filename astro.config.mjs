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
  // A strict Content-Security-Policy on every page (a <meta> element: the site is static).
  // Astro adds the hashes of its own scripts and styles; Pagefind needs its worker and
  // WebAssembly ('wasm-unsafe-eval' allows compiling WebAssembly, not JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // Dateline renders article bodies itself; no code blocks to highlight (Shiki's inline styles would break the CSP).
  markdown: { syntaxHighlight: false },
});
