// plaudit from a Deno 2 program (as in a Deno notebook): `import … from "plaudit"` resolves to
// this package through its package.json name and exports map, and runs the built ESM entry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, root } from '../cli/ensureBuilt.js';

const local = join(root, 'node_modules/.bin/deno');
const deno = existsSync(local) ? local : spawnSync('deno', ['--version']).status === 0 ? 'deno' : undefined;

function denoEval(code: string) {
  // No --node-modules-dir: with it Deno rewrites the npm-made node_modules (see NOTEBOOK.md).
  const r = spawnSync(deno as string, ['eval', '--ext=ts', code], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(deno === undefined)('under Deno 2 (skipped when no deno binary: `npm install` installs it as a devDependency)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  test('it is Deno 2', () => {
    expect(spawnSync(deno as string, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^deno 2\./);
  });

  test('import { analyze } from "plaudit" analyses text, typed', () => {
    const r = denoEval(`
      import { analyze, praiseGraph, type Analysis } from "plaudit";
      const text: string = '"We will build it together," the governor said of the mayor.';
      const a: Analysis = analyze(text, { id: "deno-1", date: "2024-02-20" });
      const g = praiseGraph(a);
      console.log(JSON.stringify({ id: a.id, date: a.date, length: a.length, spansInside: a.utterances.every((u) => u.end <= text.length && text.slice(u.start, u.end) === u.text), nodes: Array.isArray(g.nodes) }));
    `);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'deno-1', date: '2024-02-20', length: 60, spansInside: true, nodes: true });
  });

  test('the sub-entries import too, and analyze() renders in a notebook without them', () => {
    const r = denoEval(`
      import { analyze } from "plaudit";
      import { toMermaid } from "plaudit/export";
      import { formatAnalysis } from "plaudit/present";
      import { evaluate } from "plaudit/evaluate";
      const a = analyze('"We will build it together," the governor said of the mayor.');
      const bundle = (a as any)[Symbol.for("Jupyter.display")]();
      console.log(JSON.stringify({ text: formatAnalysis(a) === bundle["text/plain"], mermaid: typeof toMermaid, evaluate: typeof evaluate, svg: bundle["image/svg+xml"].startsWith("<svg") }));
    `);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ text: true, mermaid: 'function', evaluate: 'function', svg: true });
  });

  test('a PlauditError crosses into Deno with its code', () => {
    const r = denoEval(`
      import { analyze, PlauditError } from "plaudit";
      try { analyze("text", { maxLength: -1 }); } catch (e) { console.log(e instanceof PlauditError, (e as PlauditError).code); }
    `);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('true invalid-options');
  });

  test('an unknown export is a Deno error, not a silent undefined', () => {
    const r = denoEval('import { noSuchThing } from "plaudit"; console.log(noSuchThing);');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/noSuchThing/);
  });
});
