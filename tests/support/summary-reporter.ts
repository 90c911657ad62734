import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Print one plain closing line, `tests: N passed, N failed, N skipped`, after
 * vitest's own report, so that CI logs state the count in a common form. A
 * file that fails outside its tests (a hook, an import) or never finishes (its
 * worker crashed, out of memory say) counts its tests as failed, not skipped;
 * errors outside any test are counted too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      // A file whose setup failed reports its tests as skipped: they did not pass, so they count as failed.
      const broken = module.state() !== 'passed' && module.state() !== 'skipped';
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed' || broken) counts.failed++;
        else counts.skipped++;
      }
      if (broken && tests.length === 0) counts.failed++;
    }
    const errors = unhandledErrors.length ? `, ${unhandledErrors.length} errors outside tests` : '';
    process.stdout.write(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${errors}\n`,
    );
  }
}
