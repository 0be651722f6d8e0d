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
  // esbuild rewrites every regex literal with a Unicode property escape (/\p{L}/u) for any Node
  // target into `new RegExp(…)` evaluated where the literal stood, so a literal inside a function
  // built a fresh RegExp object on every call. Node has supported these escapes since version 10.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
});
