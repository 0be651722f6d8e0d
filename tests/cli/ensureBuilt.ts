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

/** How many private copies this process has made: two test files in one worker each get their own. */
let copies = 0;

/**
 * A private copy of the built package (dist/: every ESM and CJS file, entries, the chunks they
 * import and the worker they start; and package.json for `--version`), under
 * node_modules/.cache so that the package's dependencies still resolve. Returns the copy's
 * dist folder. The tests that run the built package read this copy: in a checkout shared by
 * several people, someone rebuilding dist/ in the middle of a test run would otherwise make a
 * test see two different builds. Copying is a few milliseconds; a build of its own was seconds.
 */
export function snapshotBuild(): string {
  ensureBuilt();
  const dir = join(root, 'node_modules/.cache/plaudit-build-test', `${process.pid}-${++copies}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      for (const f of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js') || name.endsWith('.cjs'))) copyFileSync(join(root, 'dist', f), join(dir, 'dist', f));
      copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
      return join(dir, 'dist');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 250)']);
      ensureBuilt();
    }
  }
}

/** Removes a copy made by {@link snapshotBuild}, given the dist folder it returned. */
export function removeBuild(distDir: string): void {
  rmSync(join(distDir, '..'), { recursive: true, force: true });
}

/** The built CLI in a private copy of the package ({@link snapshotBuild}). */
export function snapshotCli(): string {
  return join(snapshotBuild(), 'cli.js');
}

/** Removes the copy made by {@link snapshotCli}. */
export function removeSnapshot(cliPath: string): void {
  removeBuild(join(cliPath, '..'));
}
