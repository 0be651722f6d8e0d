import { defineConfig } from 'tsup';

/** The package's entry points (see package.json "exports"): the core, and three sub-entries. */
const entries = { index: 'src/index.ts', export: 'src/export.ts', present: 'src/present.ts', evaluate: 'src/evaluate.ts' };

export default defineConfig({
  entry: { ...entries, cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: entries },
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: false,
  // Shared code goes to chunks, so every entry point sees the same modules: a PlauditError
  // thrown by plaudit/present is an instance of the PlauditError of plaudit.
  splitting: true,
  shims: true,
});
