import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist } from './serve-dist.ts';

/**
 * For browser tests on the built site: serves `dist/` on a free loopback port
 * and launches Chromium before the file's tests, and stops both after them.
 *
 * @returns Getters for the browser and the site's base URL (valid inside tests).
 */
export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist(fileURLToPath(new URL('../../dist/', import.meta.url)));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the server starts in beforeAll: use it inside a test');
      return server.url;
    },
  };
}
