import type { Reporter, TestModule } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Closes the run with one plain "N passed, N failed" line, the summary batch tools and CI read.
class SummaryLine implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', new SummaryLine()],
    testTimeout: 60_000,
  },
});
