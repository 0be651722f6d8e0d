import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/audit-regex.mjs');

interface Audit {
  summary: { regexes: number; flagged: number; warnings: number; dynamic: number };
  results: { where: string; level: string; regex: string; detail: string }[];
}

/** The script's own function, imported once (the TypeScript parser and the analysers load slowly). */
const { auditRegexes } = (await import(pathToFileURL(script).href)) as { auditRegexes: (dir?: string) => Audit };

function audit(dir?: string): { code: number; report: Audit } {
  const report = auditRegexes(dir);
  return { code: report.summary.flagged > 0 ? 1 : 0, report };
}

describe('scripts/audit-regex.mjs', () => {
  const fixtures = mkdtempSync(join(tmpdir(), 'plaudit-regex-'));
  afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

  // The command on a folder of two files (the function on src/ is the test below): it prints
  // what it flagged and its summary, and its exit code says whether anything was flagged.
  test.each([
    ['exits 1 on a folder with a flagged regex', 'export const r = /(\\w+\\s?)+$/;', 1, /^flagged .*tested\.ts[\s\S]*2 regexes in \S+: 1 flagged/],
    ['exits 0 on a folder without one', 'export const r = /(?:ab|ac)*d/;', 0, /^2 regexes in \S+: 0 flagged/],
  ])('the command %s and prints its summary', async (name, code, exit, expected) => {
    const dir = join(fixtures, `cli-${exit}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'tested.ts'), `${code}\n`);
    writeFileSync(join(dir, 'plain.ts'), 'export const cue = /\\b(?:said|told)\\b/g;\n');
    const result = await run(process.execPath, [script, '--dir', dir], { timeout: 60_000 }).then(
      ({ stdout }) => ({ stdout, exit: 0 }),
      (error: { stdout: string; code: number }) => ({ stdout: error.stdout, exit: error.code }),
    );
    expect(result.exit, name).toBe(exit);
    expect(result.stdout).toMatch(expected);
  });

  test('no regex in src/ can backtrack exponentially', () => {
    const { code, report } = audit();
    const flagged = report.results.filter((r) => r.level === 'flagged').map((r) => `${r.where} ${r.regex}: ${r.detail}`);
    expect(flagged).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.regexes).toBeGreaterThan(0);
  });

  test.each([
    ['nested quantifiers', 'export const r = /(\\w+\\s?)+$/;'],
    ['an ambiguous alternation under a quantifier', 'export const r = /^(?:\\s+|\\s*,\\s*)+said/;'],
    ['a RegExp built from literal strings', "export const r = new RegExp('(a|a)*b', 'g');"],
    ['a quantified group of overlapping words', 'export const r = /(?:said|sa\\w+)*x/i;'],
    ['a quantified group of overlapping classes', 'export const r = /(?:\\w+|\\d)*x/;'],
  ])('flags %s and exits 1', (name, code) => {
    const dir = join(fixtures, name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad.ts'), `${code}\n`);
    const result = audit(dir);
    expect(result.report.summary.flagged).toBe(1);
    expect(result.code).toBe(1);
  });

  test.each([
    ['a plain cue pattern', 'export const r = /\\b(?:said|told|added)\\b/gi;'],
    ['quote marks', 'export const r = /["“”«»]/g;'],
    ['a name with titles', 'export const r = /\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z][a-z]+/g;'],
    ['distinct alternatives under a quantifier', 'export const r = /(?:ab|ac)*d/;'],
  ])('does not flag %s', (name, code) => {
    const dir = join(fixtures, `ok-${name.replace(/\W+/g, '-')}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.ts'), `${code}\n`);
    const result = audit(dir);
    expect(result.report.summary).toMatchObject({ regexes: 1, flagged: 0 });
    expect(result.code).toBe(0);
  });

  test('lists a RegExp built at run time as dynamic', () => {
    const dir = join(fixtures, 'dynamic');
    mkdirSync(dir);
    writeFileSync(join(dir, 'dyn.ts'), 'export const make = (w: string) => new RegExp(`\\\\b${w}\\\\b`);\n');
    const result = audit(dir);
    expect(result.report.summary).toMatchObject({ regexes: 1, dynamic: 1, flagged: 0 });
  });
});
