import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';

/**
 * Builds the package from the current sources into a fresh folder under node_modules/.cache
 * (so its dependencies resolve from the project's node_modules) and returns that folder.
 * The worker pool needs real JavaScript files, and this tests the ESM and the CJS bundle
 * without touching dist/, which other work in the same checkout may be reading.
 */
export async function buildPackage(): Promise<{ dir: string; remove: () => void }> {
  const root = resolve(import.meta.dirname, '../..');
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'plaudit-build-'));
  await build({
    config: false,
    entry: { index: join(root, 'src/index.ts'), worker: join(root, 'src/batch/worker.ts') },
    format: ['esm', 'cjs'],
    outDir: dir,
    target: 'node20',
    platform: 'node',
    dts: false,
    splitting: false,
    shims: true,
    silent: true,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
