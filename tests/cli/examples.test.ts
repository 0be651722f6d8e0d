// The examples run against the built package and print what they promise; an API change that
import { readFileSync } from 'node:fs';
// breaks one fails here rather than on a user's first `npm run example`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, root } from './ensureBuilt.js';

function example(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'examples/run.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt(), 180_000);

describe('npm run example', () => {
  test.each([
    [[], [/^Article seed-trump-putin/, /Utterances \(\d+\)/, /Who gives whom more net praise/, /Donald Trump → Vladimir Putin: \+\d+ −\d+ ·\d+ {2}net -?\d+ {2}tone (?:-?\d\.\d\d|–)/, /index -?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\]: /]],
    [['seed'], [/Who gives whom more net praise/]],
    [['corpus-graph'], [/^8 articles, \d+ entities, \d+ edges/m, /Most praised/, /Who gives whom more net praise/, /Only one side speaks of the other/, /Praise returned: \d+ of \d+/, /SVG written to .*\.svg and .*\.svg/]],
    [['custom-kb'], [/Speakers resolved to knowledge-base ids/, /\[invalid-[a-z-]+\] plaudit: /]],
    [['directed-stance'], [/The mayor praised the fire chief/, /Governor Okafor met Senator Reyes/]],
  ])('%j', (args, expected) => {
    const r = example(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const pattern of expected) expect(r.stdout).toMatch(pattern);
  });

  test('an unknown example name lists the examples and exits 2', () => {
    const r = example(['nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown example "nope"[\s\S]*corpus-graph/);
  });
});

describe('examples/plaudit.ipynb', () => {
  const nb = JSON.parse(readFileSync(new URL('../../examples/plaudit.ipynb', import.meta.url), 'utf8')) as {
    cells: { cell_type: string; source: string | string[]; outputs?: { output_type: string; data?: Record<string, unknown> }[] }[];
  };
  const code = nb.cells.filter((c) => c.cell_type === 'code');
  const source = code.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');

  test('is saved executed: every code cell has its output, with pictures and tables among them', () => {
    expect(code.every((c) => (c.outputs ?? []).length > 0)).toBe(true);
    const mimes = new Set(code.flatMap((c) => (c.outputs ?? []).flatMap((o) => Object.keys(o.data ?? {}))));
    expect([...mimes].sort()).toEqual(['image/svg+xml', 'text/html', 'text/plain']);
  });

  test('shows asymmetries() rather than a table built by hand, and the corpus view', () => {
    expect(source).toMatch(/asymmetries\(graph/);
    expect(source).toMatch(/asymmetries\(corpus/);
    expect(source).not.toMatch(/<table|<tr>|half the difference/);
    expect(source).toMatch(/graphToSvg\(corpus/);
    expect(source).toMatch(/heatmapSvg\(corpus/);
  });
});
