import { defineConfig } from 'vitest/config';

/**
 * One run, three projects: the pipeline and golden fixtures under two time
 * zones far apart (dates must never depend on the machine's zone), and the
 * checks of the built site (dist/, Chromium).
 */
const unit = [
  'tests/pipeline/**/*.test.ts',
  'tests/site-data/**/*.test.ts',
  'tests/golden/**/*.test.ts',
  'tests/import/**/*.test.ts',
];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Time limits catch hangs, not slowness (the bench measures that): on a shared 2-core machine under
    // load, 5 s for a property test and 1 s for a search to settle were too little.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit (America/Adak)', include: unit, env: { TZ: 'America/Adak' } } },
      { extends: true, test: { name: 'unit (Pacific/Kiritimati)', include: unit, env: { TZ: 'Pacific/Kiritimati' } } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds and Chromium on a shared 2-core machine: give them room.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
