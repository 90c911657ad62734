// @ts-check
import { defineConfig } from 'astro/config';
import { basePathIntegration } from './src/integrations/base-path.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { safeBuildIntegration } from './src/integrations/safe-build.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';

// Absolute addresses for canonical links, Open Graph, the sitemap and the feed: set SITE_URL to the
// origin the site is published at; by default, where `npm start` serves it. A site served under a path
// (`https://example.org/story/`) is built with `npm run build -- --base /story/`.
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
if (site.pathname !== '/' || site.search || site.hash) {
  const error = new Error(
    `SITE_URL is the origin the site is published at (${site.origin}): build with \`--base ${site.pathname}\` for the path`,
  );
  error.stack = ''; // a setting to fix, not a crash: no stack trace
  throw error;
}

export default defineConfig({
  site: site.origin,
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the spaces
  // between inline elements, which glues words together in the search index.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // safeBuildIntegration first: the site is built beside dist/ and replaces it whole (see its JSDoc).
  integrations: [
    safeBuildIntegration(),
    basePathIntegration(),
    pagefindIntegration(),
    sitemapIntegration(),
    headersIntegration(),
  ],
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
