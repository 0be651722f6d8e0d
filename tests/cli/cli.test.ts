// Runs the built `plaudit` command as a user would, in a child process (a private copy of
// dist/cli.js, see snapshotCli, so that a rebuild by someone else mid-run changes nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeSnapshot, root, snapshotCli } from './ensureBuilt.js';

const seed = join(root, 'corpus/seed-trump-putin.txt');
const tmp = mkdtempSync(join(tmpdir(), 'plaudit-cli-'));

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

describe('help and version', () => {
  test.each([['--help'], ['-h'], ['help'], ['analyze', '--help']])('%s prints the usage and exits 0', (...args) => {
    const r = plaudit(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^plaudit: who said what/);
    expect(r.stdout).toMatch(/plaudit analyze FILE\|-/);
    expect(r.stderr).toBe('');
  });
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(plaudit(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with one line on stderr', () => {
  test.each([
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['toString'], /unknown command "toString"/],
    [['__proto__'], /unknown command "__proto__"/],
    [['analyze', '--bogus', seed], /unknown option '--bogus'/i],
    [['analyze'], /give a FILE/],
    [['analyze', seed, seed], /give one FILE/],
    [['analyze', seed, '--format', 'pdf'], /unknown format "pdf"/],
    [['analyze', seed, '--svg', 'x.svg'], /analyze takes no --svg/],
    [['analyze', seed, '--date', 'yesterday'], /date/],
    [['analyze', '--jsonl', '--id', 'x'], /takes no --id/],
    [['analyze', '--jsonl', '--format', 'table'], /--format must be jsonl/],
    [['graph'], /give one or more FILES/],
    [['graph', seed, '--format', 'html'], /unknown format "html"/],
    [['graph', seed, '--concurrency', '0'], /--concurrency/],
    [['eval'], /give one DIR/],
    [['analyze', '--format'], /argument missing|--format/i],
  ])('%j', (args, message) => {
    const r = plaudit(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plaudit: .+\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('runtime failures exit 1 with one line on stderr', () => {
  test.each([
    [['analyze', join(tmp, 'missing.txt')], /cannot read .*missing\.txt: no such file/],
    [['graph', join(tmp, 'missing-dir')], /cannot read .*missing-dir/],
    [['eval', join(tmp, 'missing-dir')], /cannot read .*missing-dir/],
    [['analyze', '--jsonl', join(tmp, 'missing.jsonl')], /cannot read .*missing\.jsonl/],
  ])('%j', (args, message) => {
    const r = plaudit(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: .+\n$/);
    expect(r.stderr).toMatch(message);
  });

  test('an invalid gold file names the file and the field', () => {
    const dir = mkdtempSync(join(tmp, 'gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Hello.');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', title: '', source: '', license: '', textFile: 'a.txt', entities: [], utterances: [], mood: 'happy' }));
    const r = plaudit(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: invalid gold file .*a\.json: \(root\): Unrecognized key: "mood"\n$/);
  });
});

describe('analyze', () => {
  test('--format json is one Analysis of the whole file', () => {
    const r = plaudit(['analyze', seed, '--format', 'json', '--id', 'seed', '--date', '2024-02-20']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ id: 'seed', date: '2024-02-20', length: readFileSync(seed, 'utf8').length });
    expect(Array.isArray(a.utterances) && Array.isArray(a.stances)).toBe(true);
  });
  test('- reads stdin', () => {
    const r = plaudit(['analyze', '-', '--format', 'jsonl'], '"We will win," the senator said.');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).length).toBe(32);
  });
  test.each([
    ['table', /\d+ entities, \d+ utterances, \d+ stances|Utterances/],
    ['dot', /^(strict )?digraph/],
    ['graphml', /^<\?xml[\s\S]*<graphml/],
    ['html', /^<!doctype html>[\s\S]*<\/html>\n$/],
  ])('--format %s', (format, shape) => {
    const r = plaudit(['analyze', seed, '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(shape);
  });
  test('html escapes the file name in the title', () => {
    const file = join(tmp, '<b>.txt');
    writeFileSync(file, 'Nothing said here.');
    expect(plaudit(['analyze', file, '--format', 'html']).stdout).toContain('&lt;b&gt;.txt');
  });
});

describe('analyze --jsonl', () => {
  const lines = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({ id: `doc-${i}`, text: `${'"Fine words," the mayor said. '.repeat((i * 7) % 5 + 1)}`, ...(i % 3 === 0 && { date: '2021-05-0' + ((i % 9) + 1) }) }));

  test('one Analysis per line, in input order, ids and dates kept', () => {
    const r = plaudit(['analyze', '--jsonl', '--concurrency', '2'], `${lines.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(lines.map((_, i) => `doc-${i}`));
    expect(out.map((a) => a.length)).toEqual(lines.map((l) => JSON.parse(l).text.length));
    expect(out[3].date).toBe('2021-05-04');
  });
  test('blank lines are skipped; a bare JSON string is a text', () => {
    const r = plaudit(['analyze', '--jsonl'], '\n"just a text"\n\n');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ length: 11 });
  });
  test.each([
    ['not json', /line 2: not valid JSON/],
    ['{"id": "x"}', /line 2: expected an object with a "text" string/],
    ['{"text": "a", "id": 7}', /line 2: "id" must be a string/],
    ['[1, 2]', /line 2: expected an object/],
  ])('a bad line (%s) fails after the lines before it', (bad, message) => {
    const r = plaudit(['analyze', '--jsonl'], `${lines[0]}\n${bad}\n${lines[1]}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['doc-0']);
    expect(r.stderr).toMatch(message);
  });
});

describe('graph', () => {
  test('a directory stands for its .txt files; --svg writes a picture', () => {
    const svg = join(tmp, 'g.svg');
    const r = plaudit(['graph', join(root, 'corpus'), '--format', 'json', '--svg', svg, '--concurrency', '2']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(Array.isArray(g.nodes) && Array.isArray(g.edges)).toBe(true);
    expect(readFileSync(svg, 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
    expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
  });
  test.each([['table'], ['dot'], ['graphml'], ['mermaid'], ['csv']])('--format %s', (format) => {
    const r = plaudit(['graph', seed, join(root, 'corpus/08-wikinews-trump-ousts-bolton.txt'), '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
  test('JSON lines: articles from stdin, and the analyses analyze --jsonl wrote, give the same graph', () => {
    const articles = ['seed-trump-putin', '08-wikinews-trump-ousts-bolton']
      .map((id) => JSON.stringify({ id, text: readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8') }))
      .join('\n');
    const fromArticles = plaudit(['graph', '-', '--format', 'json'], articles);
    expect(fromArticles.code).toBe(0);
    const analyses = join(tmp, 'analyses.jsonl');
    writeFileSync(analyses, plaudit(['analyze', '--jsonl'], articles).stdout);
    const fromAnalyses = plaudit(['graph', analyses, '--format', 'json']);
    expect(fromAnalyses.code).toBe(0);
    expect(JSON.parse(fromAnalyses.stdout)).toEqual(JSON.parse(fromArticles.stdout));
    const fromFiles = plaudit(['graph', join(root, 'corpus/seed-trump-putin.txt'), join(root, 'corpus/08-wikinews-trump-ousts-bolton.txt'), '--format', 'json']);
    expect(JSON.parse(fromFiles.stdout)).toEqual(JSON.parse(fromArticles.stdout));
  });
  test('a JSON line that looks like an analysis but is not one fails, naming the line', () => {
    const r = plaudit(['graph', '-'], `{"id":"a","text":"Hi."}\n{"length":-1,"utterances":[],"stances":[]}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: stdin: line 2: not a valid Analysis/);
  });
  test('an unwritable --svg path fails with exit 1', () => {
    const r = plaudit(['graph', seed, '--svg', join(tmp, 'no-such-dir', 'g.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: cannot write .*g\.svg/);
  });
});

describe('eval', () => {
  test('the corpus table has a row per article and a pooled row', () => {
    const r = plaudit(['eval', join(root, 'corpus')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^article\s+quote P\s+quote R\s+quote F1/);
    expect(r.stdout).toContain('seed-trump-putin');
    expect(r.stdout).toMatch(/all 8 \(micro\)/);
  });
  test('--format json pools the same counts', () => {
    const r = plaudit(['eval', join(root, 'corpus'), '--format', 'json']);
    const e = JSON.parse(r.stdout);
    expect(e.docs).toBe(8);
    expect(e.counts.quotesGold).toBe(e.articles.reduce((s: number, a: { counts: { quotesGold: number } }) => s + a.counts.quotesGold, 0));
  });
});
