// A few true end-to-end runs of the built `plaudit` bin in a child process, as a user runs it
// (a private copy of dist/cli.js, see snapshotCli, so that a rebuild by someone else mid-run
// changes nothing). Everything else about the command line is tested in-process in main.test.ts:
// each spawn costs a Node start-up and a fresh load of the models.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { removeSnapshot, root, snapshotCli } from './ensureBuilt.js';

const tmp = mkdtempSync(join(tmpdir(), 'plaudit-cli-e2e-'));
let cli = '';

function plaudit(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  cli = snapshotCli();
}, 180_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  removeSnapshot(cli);
});

test('--help and --version: the bin is wired to main and finds package.json', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(plaudit(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  const help = plaudit(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^plaudit: who said what/);
});

test('a usage error is exit code 2 of the process, one line on stderr', () => {
  const r = plaudit(['frobnicate']);
  expect(r).toEqual({ code: 2, stdout: '', stderr: 'plaudit: unknown command "frobnicate" (see plaudit --help)\n' });
});

test('analyze --jsonl on worker threads: one Analysis per line, in input order', () => {
  const lines = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: '"Fine words," the mayor said. '.repeat(i + 1) }));
  const r = plaudit(['analyze', '--jsonl', '--concurrency', '2'], `${lines.join('\n')}\n`);
  expect(r.code, r.stderr).toBe(0);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(out.map((a) => a.id)).toEqual(lines.map((_, i) => `doc-${i}`));
  expect(out.map((a) => a.length)).toEqual(lines.map((l) => JSON.parse(l).text.length));
});

// In the calling thread: the test above shows the bin's worker threads, and each thread loads
// the whole pipeline.
test('graph over a directory, with an SVG written beside', () => {
  const svg = join(tmp, 'g.svg');
  const r = plaudit(['graph', join(root, 'corpus'), '--format', 'json', '--svg', svg, '--concurrency', '1']);
  expect(r.code, r.stderr).toBe(0);
  const g = JSON.parse(r.stdout);
  expect(g.nodes.length).toBeGreaterThan(0);
  expect(readFileSync(svg, 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
  expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
});
