// The examples run against the built package and print what they promise; an API change that
// breaks one fails here rather than on a user's first `npm run example`.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, root } from './ensureBuilt.js';

function example(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'examples/run.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt(), 180_000);

/**
 * The named examples, run one after the other in a single process by importing each module, as
 * run.mjs does: each is the built package's first user in its own process otherwise, and loading
 * the package (and corpus-graph's worker threads) was most of each run. The output of each
 * example follows a marker line with its name.
 */
const MARK = '\u0000example ';
function examplesInOneProcess(names: string[]) {
  const script = `for (const name of ${JSON.stringify(names)}) { console.log(${JSON.stringify(MARK)} + name); await import(${JSON.stringify(pathToFileURL(join(root, 'examples')).href)} + '/' + name + '.mjs'); }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const outputs = new Map<string, string>();
  for (const part of r.stdout.split(MARK).slice(1)) outputs.set(part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1));
  return { code: r.status, stderr: r.stderr, outputs };
}

describe('npm run example', () => {
  test('with no name runs the seed article through examples/run.mjs', () => {
    const r = example([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const pattern of [/^Article seed-trump-putin/, /^Who said what \(\d+\)$/m, /^Who gives whom more net praise$/m, /^Donald Trump +Vladimir Putin +\d+ +\d+ +\d+ +[+−]?\d+ +[+−]?\d\.\d\d +\d+ /m, /\.index = -?\d\.\d\d; verdict: /]) {
      expect(r.stdout).toMatch(pattern);
    }
    // What users see first: a named speaker's words in the first row of who said what, and each section once.
    const firstRow = r.stdout.split(/^Who said what \(\d+\)\n/m)[1]!.split('\n')[2]!;
    expect(firstRow).toMatch(/^ *\d+ {2}(?!\(unknown\))\S/);
    expect(r.stdout.match(/^Who gives whom more net praise$/gm)).toHaveLength(1);
  });

  describe('every named example', () => {
    const expected: [string, RegExp[]][] = [
      ['seed', [/^Article seed-trump-putin/, /Who gives whom more net praise/]],
      ['corpus-graph', [/^8 articles, \d+ entities, \d+ edges/m, /Most praised/, /Who gives whom more net praise/, /Only one side speaks of the other/, /Praise returned: \d+ of \d+/, /SVG written to .*\.svg and .*\.svg/]],
      ['custom-kb', [/Speakers resolved to knowledge-base ids/, /\[invalid-[a-z-]+\] plaudit: /]],
      ['directed-stance', [/The mayor praised the fire chief/, /Governor Okafor met Senator Reyes/]],
    ];
    let run: ReturnType<typeof examplesInOneProcess>;
    beforeAll(() => {
      run = examplesInOneProcess(expected.map(([name]) => name));
    }, 150_000);

    test('run without errors', () => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    });

    test.each(expected)('%s prints what it promises', (name, patterns) => {
      const out = run.outputs.get(name);
      expect(out, `no output from ${name}`).toBeDefined();
      for (const pattern of patterns) expect(out).toMatch(pattern);
    });

    test('every example of run.mjs is among them', () => {
      const listed = readFileSync(join(root, 'examples/run.mjs'), 'utf8').match(/^const EXAMPLES = \{([\s\S]*?)^\};/m)?.[1] ?? '';
      const names = [...listed.matchAll(/^ {2}'?([a-z-]+)'?:/gm)].map((m) => m[1]);
      expect(names.sort()).toEqual(expected.map(([name]) => name).sort());
    });
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
