import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    typecheck: { include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    pool: 'forks',
    // One worker process reads every test file (vitest's default on a 2-core machine), and
    // without isolation it loads compromise, the wink model and the pipeline once instead of
    // once a file: importing them was 108 of the suite's seconds. analyze() must not depend on
    // what the process read before (tests/robustness/orderIndependence.test.ts), so sharing the
    // modules between files is also a standing check of that.
    isolate: false,
  },
});
