#!/usr/bin/env node
// Executes examples/plaudit.ipynb headless with the Deno Jupyter kernel and fails unless it ran
// without an error, produced text/html and image/svg+xml outputs, and has the structure of the
// notebook as saved: the notebook is committed with its outputs (so a reader on GitHub sees them),
// and a fresh run must give the same cells with the same kinds of output (cell count, cell types,
// and per code cell the output types and MIME types).
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

/** What a cell's outputs are made of, without their content: `stream:stdout`, `display_data:image/svg+xml` … */
function shape(cell) {
  return (cell.outputs ?? []).map((o) => [o.output_type === 'stream' ? `stream:${o.name}` : o.output_type, ...Object.keys(o.data ?? {}).sort()].join(' ')).join(' | ');
}

const saved = JSON.parse(readFileSync(join(root, notebook), 'utf8'));
const savedCode = saved.cells.filter((c) => c.cell_type === 'code');
const unsaved = savedCode.findIndex((c) => (c.outputs ?? []).length === 0);
if (unsaved >= 0) fail(`${notebook} is saved without the outputs of code cell ${unsaved + 1}: run it and save it executed (see examples/README.md)`);

const out = mkdtempSync(join(tmpdir(), 'plaudit-notebook-'));
try {
  const started = Date.now();
  // The Deno kernel now and then reports a cell done before its display message arrives, and
  // nbclient then records the cell without it (seen about once in ten runs on a loaded machine):
  // a cell without output is run again, up to three times in all; a cell that never shows
  // anything fails.
  let executed;
  let attempts = 0;
  for (;;) {
    attempts++;
    const run = spawnSync(
      'jupyter',
      ['nbconvert', '--to', 'notebook', '--execute', notebook, '--output-dir', out, '--output', 'executed.ipynb', '--ExecutePreprocessor.timeout=180'],
      { cwd: root, env, encoding: 'utf8' },
    );
    if (run.status !== 0) fail(`executing ${notebook} failed (exit ${run.status}):\n${run.stderr.trim().split('\n').slice(-15).join('\n')}`);
    executed = JSON.parse(readFileSync(join(out, 'executed.ipynb'), 'utf8'));
    const silent = executed.cells.filter((c) => c.cell_type === 'code').findIndex((c) => (c.outputs ?? []).length === 0);
    if (silent < 0) break;
    if (attempts === 3) fail(`code cell ${silent + 1} has no output in ${attempts} runs`);
  }
  const cells = executed.cells.filter((c) => c.cell_type === 'code');
  // The structure of the saved notebook: same cells, same kinds of output.
  const kinds = (nb) => nb.cells.map((c) => c.cell_type).join(',');
  if (kinds(executed) !== kinds(saved)) fail(`the cells differ from the saved notebook: ${kinds(saved)} saved, ${kinds(executed)} run`);
  cells.forEach((c, i) => {
    if (shape(c) !== shape(savedCode[i])) fail(`code cell ${i + 1}: outputs "${shape(c)}", saved "${shape(savedCode[i])}": run the notebook and save it again`);
  });
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
  console.log(`test:notebook: ${notebook} ran in ${((Date.now() - started) / 1000).toFixed(1)} s${attempts > 1 ? ` (${attempts} runs)` : ''}: ${cells.length} code cells, ${outputs.length} outputs (${[...mimes].sort().join(', ')}), ${tables} with HTML tables, no errors, the structure of the saved notebook`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
