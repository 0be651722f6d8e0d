import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    typecheck: { include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    pool: 'forks',
    // Without isolation each worker process loads compromise, the wink model and the pipeline
    // once instead of once a file: importing them was 108 of the suite's seconds. analyze() must
    // not depend on what the process read before (tests/robustness/orderIndependence.test.ts), so
    // sharing the modules between files is also a standing check of that. Two workers on a
    // 2-core machine (vitest's default is one there): 98 s instead of 121 s with the type check;
    // the cost tests compare ratios measured in one process, with retries, so they hold.
    isolate: false,
    maxWorkers: 2,
  },
});
