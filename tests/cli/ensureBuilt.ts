// The CLI and Deno tests run the built package (dist/), as users do. In CI the build runs
// before the tests; locally, this builds once when dist/ is missing or older than src/, under
// a lock so that two test files never run tsup (which cleans dist/) at the same time.
//
// That build is tsup.config.ts without the declaration files: the tests run JavaScript only,
// and the .d.ts bundling is nine tenths of a full build (48 s of 53 on this machine). It leaves
// dist/ without .d.ts files, never with stale ones; `npx tsup`, `npm pack` and publishing
// (the prepare script) build them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = (): boolean =>
  ['cli.js', 'index.js', 'index.cjs', 'worker.js'].every((f) => existsSync(join(root, 'dist', f))) &&
  statSync(join(root, 'dist/index.js')).mtimeMs >= newestSource(join(root, 'src'));

/** tsup with the project's config (clean included), declaration files left out. */
const JS_ONLY_BUILD = "const { build } = await import('tsup'); await build({ dts: false, silent: true });";

/** Builds dist/ with tsup (JavaScript only) unless it is up to date with src/. */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = join(tmpdir(), `plaudit-build-${Buffer.from(root).toString('hex').slice(-16)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`plaudit tests: build lock ${lock} held for 2 minutes; remove it if no build runs`);
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 250)']);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, ['--input-type=module', '-e', JS_ONLY_BUILD], { cwd: root, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * A private copy of the built CLI (dist/*.js: cli.js, the chunks it imports, the worker it starts; and package.json for
 * `--version`), under node_modules/.cache so that the package's dependencies still resolve. The
 * CLI tests run this copy: in a checkout shared by several people, someone rebuilding dist/
 * in the middle of a test run would otherwise make a test see two different builds.
 */
export function snapshotCli(): string {
  ensureBuilt();
  const dir = join(root, 'node_modules/.cache/plaudit-cli-test', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      // every ESM file: the entries import the chunks that tsup's code splitting shares between them
      for (const f of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'))) copyFileSync(join(root, 'dist', f), join(dir, 'dist', f));
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      return join(dir, 'dist/cli.js');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 250)']);
      ensureBuilt();
    }
  }
}

/** Removes the copy made by {@link snapshotCli}. */
export function removeSnapshot(cliPath: string): void {
  rmSync(join(cliPath, '../..'), { recursive: true, force: true });
}
