import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start servers and Chromium: give them room on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
