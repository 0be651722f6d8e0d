#!/usr/bin/env node
// Executes examples/plaudit.ipynb headless with the Deno Jupyter kernel and fails unless it ran
// without an error and produced text/html and image/svg+xml outputs.
//   npm run test:notebook      (builds first: the notebook imports the built package "plaudit")
// Needs: Debian's jupyter-nbconvert, python3-nbclient and jupyter-client
//   (apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client)
// and Deno from npm (devDependency "deno"). The kernel spec is .jupyter/kernels/deno/kernel.json:
// it runs `deno` from PATH, so node_modules/.bin goes first on PATH here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const notebook = process.argv[2] ?? 'examples/plaudit.ipynb';
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  JUPYTER_PATH: join(root, '.jupyter'),
  NO_COLOR: '1',
};

function fail(message) {
  console.error(`test:notebook: ${message}`);
  process.exit(1);
}

const version = spawnSync('jupyter', ['nbconvert', '--version'], { env, encoding: 'utf8' });
if (version.status !== 0) {
  fail('jupyter nbconvert is not installed: apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client');
}
if (spawnSync('deno', ['--version'], { env }).status !== 0) fail('deno is not installed: npm install (it is a devDependency)');

const out = mkdtempSync(join(tmpdir(), 'plaudit-notebook-'));
try {
  const started = Date.now();
  const run = spawnSync(
    'jupyter',
    ['nbconvert', '--to', 'notebook', '--execute', notebook, '--output-dir', out, '--output', 'executed.ipynb', '--ExecutePreprocessor.timeout=180'],
    { cwd: root, env, encoding: 'utf8' },
  );
  if (run.status !== 0) fail(`executing ${notebook} failed (exit ${run.status}):\n${run.stderr.trim().split('\n').slice(-15).join('\n')}`);

  const executed = JSON.parse(readFileSync(join(out, 'executed.ipynb'), 'utf8'));
  const cells = executed.cells.filter((c) => c.cell_type === 'code');
  // Every code cell of the notebook shows something; a silent one means its display was lost.
  const silent = cells.findIndex((c) => (c.outputs ?? []).length === 0);
  if (silent >= 0) fail(`code cell ${silent + 1} of ${cells.length} has no output`);
  const outputs = cells.flatMap((c) => c.outputs ?? []);
  const errors = outputs.filter((o) => o.output_type === 'error' || o.name === 'stderr');
  if (errors.some((o) => o.output_type === 'error')) {
    const e = errors.find((o) => o.output_type === 'error');
    fail(`a cell raised ${e.ename}: ${e.evalue}`);
  }
  const mimes = new Set(outputs.flatMap((o) => Object.keys(o.data ?? {})));
  for (const mime of ['text/html', 'image/svg+xml']) {
    if (!mimes.has(mime)) fail(`no ${mime} output in the executed notebook (outputs: ${[...mimes].join(', ') || 'none'})`);
  }
  const text = (value) => (Array.isArray(value) ? value.join('') : String(value ?? ''));
  const tables = outputs.map((o) => text(o.data?.['text/html'])).filter((h) => h.includes('<table')).length;
  if (tables === 0) fail('no HTML table in the executed notebook');
  const svg = outputs.map((o) => o.data?.['image/svg+xml']).find(Boolean);
  const svgText = text(svg);
  if (!/<svg[\s\S]*<\/svg>/.test(svgText)) fail('the image/svg+xml output is not an SVG document');
  console.log(`test:notebook: ${notebook} ran in ${((Date.now() - started) / 1000).toFixed(1)} s: ${cells.length} code cells, ${outputs.length} outputs (${[...mimes].sort().join(', ')}), ${tables} with HTML tables, no errors`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
