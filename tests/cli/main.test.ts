// Runs the `plaudit` command line in-process: main(argv, io) with in-memory streams, so that a
// test costs milliseconds instead of a Node start-up. cli.test.ts keeps a few true end-to-end
// runs of the built bin (dist/cli.js, worker threads included).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';

const root = resolve(import.meta.dirname, '../..');
const seed = join(root, 'corpus/seed-trump-putin.txt');
const tmp = mkdtempSync(join(tmpdir(), 'plaudit-cli-'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** `plaudit ARGS` with `input` on stdin: its exit code and what it wrote. */
async function plaudit(args: string[], input?: string) {
  const stdout = sink();
  const stderr = sink();
  const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
  const code = await main(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, version });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('help and version', () => {
  test.each([['--help'], ['-h'], ['help'], ['analyze', '--help']])('%s prints the usage and exits 0', async (...args) => {
    const r = await plaudit(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^plaudit: who said what/);
    expect(r.stdout).toMatch(/plaudit analyze FILE\|-/);
    expect(r.stderr).toBe('');
  });
  test('--version prints the package version', async () => {
    expect(await plaudit(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
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
    [['graph', seed, '--format', 'svg'], /unknown format "svg"/],
    [['graph', seed, '--concurrency', '0'], /--concurrency/],
    [['eval'], /give one DIR/],
    [['analyze', '--format'], /argument missing|--format/i],
    [['analyze', seed, '--max-length', '0'], /--max-length must be a whole number/],
    [['analyze', seed, '--max-length', 'lots'], /--max-length must be a whole number/],
    [['analyze', seed, '--max-length', '1e3'], /--max-length must be a whole number/],
    [['eval', 'corpus', '--max-length', '10'], /eval takes no --max-length/],
  ])('%j', async (args, message) => {
    const r = await plaudit(args as string[]);
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
  ])('%j', async (args, message) => {
    const r = await plaudit(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: .+\n$/);
    expect(r.stderr).toMatch(message);
  });

  test('an invalid gold file names the file and the field', async () => {
    const dir = mkdtempSync(join(tmp, 'gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Hello.');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', title: '', source: '', license: '', textFile: 'a.txt', entities: [], utterances: [], mood: 'happy' }));
    const r = await plaudit(['eval', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: invalid gold file .*a\.json: \(root\): Unrecognized key: "mood"\n$/);
  });
});

describe('analyze', () => {
  test('--format json is one Analysis of the whole file', async () => {
    const r = await plaudit(['analyze', seed, '--format', 'json', '--id', 'seed', '--date', '2024-02-20']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ id: 'seed', date: '2024-02-20', length: readFileSync(seed, 'utf8').length });
    expect(Array.isArray(a.utterances) && Array.isArray(a.stances)).toBe(true);
  });
  test('- reads stdin', async () => {
    const r = await plaudit(['analyze', '-', '--format', 'jsonl'], '"We will win," the senator said.');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).length).toBe(32);
  });
  test.each([
    ['table', /^\d+ entities, \d+ utterances[^\n]*, \d+ stances[\s\S]*^Who said what \(\d+\)$/m],
    ['dot', /^(strict )?digraph/],
    ['graphml', /^<\?xml[\s\S]*<graphml/],
    ['html', /^<!doctype html>[\s\S]*<\/html>\n$/],
    ['csv', /^source,target,source_name,target_name,praise,criticism,neutral,net,tone,mean_score,articles,evidence\r\n"donald-trump"/],
  ])('--format %s', async (format, shape) => {
    const r = await plaudit(['analyze', seed, '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(shape);
  });
  test('the table puts named speakers first; a topic of an act and words with no speaker named come apart', async () => {
    const r = await plaudit(['analyze', '-'], 'Senator Vale criticized the new budget. The council seems to have misjudged the voters. "It is a fair budget," Mayor Reyes said.');
    expect(r.code, r.stderr).toBe(0);
    const sections = r.stdout.split('\n\n').map((s) => s.split('\n'));
    expect(sections.map((s) => s[0])).toEqual([
      '3 entities, 3 utterances (1 with no speaker named, 1 topic of an act), 0 stances',
      'Who said what (1)',
      'Acts reported with only their topic, not words said (1)',
      'No speaker named (1)',
    ]);
    expect(sections[1]![3]).toMatch(/^3 {2}Reyes +direct +said +\d\.\d\d {2}It is a fair budget,$/);
  });
  test('html escapes the file name in the title', async () => {
    const file = join(tmp, '<b>.txt');
    writeFileSync(file, 'Nothing said here.');
    expect((await plaudit(['analyze', file, '--format', 'html'])).stdout).toContain('&lt;b&gt;.txt');
  });
});

describe('analyze --jsonl', () => {
  const lines = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({ id: `doc-${i}`, text: `${'"Fine words," the mayor said. '.repeat((i * 7) % 5 + 1)}`, ...(i % 3 === 0 && { date: '2021-05-0' + ((i % 9) + 1) }) }));

  test('one Analysis per line, in input order, ids and dates kept', async () => {
    const r = await plaudit(['analyze', '--jsonl', '--concurrency', '2'], `${lines.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(lines.map((_, i) => `doc-${i}`));
    expect(out.map((a) => a.length)).toEqual(lines.map((l) => JSON.parse(l).text.length));
    expect(out[3].date).toBe('2021-05-04');
  });
  test('blank lines are skipped; a bare JSON string is a text', async () => {
    const r = await plaudit(['analyze', '--jsonl'], '\n"just a text"\n\n');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ length: 11 });
  });
  test.each([
    ['not json', /line 2: not valid JSON/],
    ['{"id": "x"}', /line 2: expected an object with a "text" string/],
    ['{"text": "a", "id": 7}', /line 2: "id" must be a string/],
    ['[1, 2]', /line 2: expected an object/],
  ])('a bad line (%s) fails after the lines before it', async (bad, message) => {
    const r = await plaudit(['analyze', '--jsonl'], `${lines[0]}\n${bad}\n${lines[1]}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['doc-0']);
    expect(r.stderr).toMatch(message);
  });
});

describe('graph', () => {
  test('a directory stands for its .txt files; --svg writes a picture', async () => {
    const svg = join(tmp, 'g.svg');
    const r = await plaudit(['graph', join(root, 'corpus'), '--format', 'json', '--svg', svg, '--concurrency', '2']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(Array.isArray(g.nodes) && Array.isArray(g.edges)).toBe(true);
    expect(readFileSync(svg, 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
    expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
  });
  test.each([['table'], ['dot'], ['graphml'], ['mermaid'], ['csv'], ['html']])('--format %s', async (format) => {
    const r = await plaudit(['graph', seed, join(root, 'corpus/08-wikinews-trump-ousts-bolton.txt'), '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
  test('JSON lines: articles from stdin, and the analyses analyze --jsonl wrote, give the same graph', async () => {
    const articles = ['seed-trump-putin', '08-wikinews-trump-ousts-bolton']
      .map((id) => JSON.stringify({ id, text: readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8') }))
      .join('\n');
    const fromArticles = await plaudit(['graph', '-', '--format', 'json'], articles);
    expect(fromArticles.code).toBe(0);
    const analyses = join(tmp, 'analyses.jsonl');
    writeFileSync(analyses, (await plaudit(['analyze', '--jsonl'], articles)).stdout);
    const fromAnalyses = await plaudit(['graph', analyses, '--format', 'json']);
    expect(fromAnalyses.code).toBe(0);
    expect(JSON.parse(fromAnalyses.stdout)).toEqual(JSON.parse(fromArticles.stdout));
    const fromFiles = await plaudit(['graph', join(root, 'corpus/seed-trump-putin.txt'), join(root, 'corpus/08-wikinews-trump-ousts-bolton.txt'), '--format', 'json']);
    expect(JSON.parse(fromFiles.stdout)).toEqual(JSON.parse(fromArticles.stdout));
  });
  test('a JSON line that looks like an analysis but is not one fails, naming the line', async () => {
    const r = await plaudit(['graph', '-'], `{"id":"a","text":"Hi."}\n{"length":-1,"utterances":[],"stances":[]}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: stdin: line 2: not a valid Analysis/);
  });
  test('--format csv is an edge list by default, a matrix of the entities on a relation with --csv-layout matrix', async () => {
    const edges = await plaudit(['graph', seed, '--format', 'csv']);
    expect(edges.code, edges.stderr).toBe(0);
    const rows = edges.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('source,target,source_name,target_name,praise,criticism,neutral,net,tone,mean_score,articles,evidence');
    const trump = rows.find((r) => r.startsWith('"donald-trump","vladimir-putin"'))!;
    expect(trump).toMatch(/,"seed-trump-putin:u\d+( seed-trump-putin:u\d+)*"$/);
    const matrix = await plaudit(['graph', seed, '--format', 'csv', '--csv-layout', 'matrix']);
    const lines = matrix.stdout.trimEnd().split('\r\n');
    const json = JSON.parse((await plaudit(['graph', seed, '--format', 'json'])).stdout) as { nodes: unknown[]; edges: { source: string; target: string }[] };
    const onEdges = new Set(json.edges.flatMap((e) => [e.source, e.target])).size;
    expect(lines).toHaveLength(onEdges + 1);
    expect(onEdges).toBeLessThan(json.nodes.length);
  });
  test('the table names who gives whom more net praise, with the definition, and lists one-sided pairs apart', async () => {
    const r = await plaudit(['graph', seed]);
    expect(r.stdout).toContain('Who gives whom more net praise\nindex = (net a\u2192b \u2212 net b\u2192a) \u00f7 (praise + criticism, both ways)');
    expect(r.stdout).toMatch(/\n {2}- (no clear difference|too little to tell|Donald Trump gives Vladimir Putin more net praise)/);
    expect(r.stdout).toContain('Only one side speaks of the other');
    expect(r.stdout).not.toMatch(/half the difference|donald-trump/);
  });
  test('--format html is a page with the graph, the heat map and the tables; --heatmap, --max-nodes and --min-stances shape the pictures', async () => {
    const heat = join(tmp, 'h.svg');
    const svg = join(tmp, 'small.svg');
    const r = await plaudit(['graph', join(root, 'corpus'), '--format', 'html', '--heatmap', heat, '--svg', svg, '--max-nodes', '6', '--min-stances', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>[\s\S]*Praise graph:[\s\S]*Praise matrix:[\s\S]*<table[\s\S]*<\/html>\n$/);
    expect(readFileSync(heat, 'utf8')).toMatch(/^<svg[\s\S]*Praise matrix[\s\S]*<\/svg>$/);
    expect(readFileSync(svg, 'utf8')).toContain('taken from entities with at least 2 stances, the 6 with most stances');
  });
  test.each([
    [['--csv-layout', 'grid', '--format', 'csv'], /--csv-layout must be edges or matrix/],
    [['--csv-layout', 'matrix'], /--csv-layout goes with --format csv/],
    [['--max-nodes', '0'], /--max-nodes must be a whole number of at least 1/],
    [['--min-stances', 'many'], /--min-stances must be a whole number of at least 0/],
  ])('graph %j is a usage error', async (args, message) => {
    const r = await plaudit(['graph', seed, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  test('an unwritable --svg path fails with exit 1', async () => {
    const r = await plaudit(['graph', seed, '--svg', join(tmp, 'no-such-dir', 'g.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plaudit: cannot write .*g\.svg/);
  });
});

describe('eval', () => {
  test('the corpus table has a row per article and a pooled row', async () => {
    const r = await plaudit(['eval', join(root, 'corpus')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^article\s+quote P\s+quote R\s+quote F1/);
    expect(r.stdout).toContain('seed-trump-putin');
    expect(r.stdout).toMatch(/all 8 \(micro\)/);
  });
  test('--format json pools the same counts', async () => {
    const r = await plaudit(['eval', join(root, 'corpus'), '--format', 'json']);
    const e = JSON.parse(r.stdout);
    expect(e.docs).toBe(8);
    expect(e.counts.quotesGold).toBe(e.articles.reduce((s: number, a: { counts: { quotesGold: number } }) => s + a.counts.quotesGold, 0));
  });
});

describe('--max-length', () => {
  const text = '"We will build the bridge," the mayor said on Monday.';
  test('a text over the limit fails with exit 1 and names the flag', async () => {
    const r = await plaudit(['analyze', '-', '--max-length', '20'], text);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^plaudit: text is 53 characters long, over maxLength 20 \(raise it with --max-length N\)\n$/);
  });
  test.each([['53'], ['1000'], ['10_000']])('a limit of %s accepts it', async (limit) => {
    const r = await plaudit(['analyze', '-', '--format', 'jsonl', '--max-length', limit], text);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).length).toBe(53);
  });
  test('graph and analyze --jsonl pass it to every article, naming the one over it', async () => {
    const lines = `${JSON.stringify({ id: 'short', text: 'Fine.' })}\n${JSON.stringify({ id: 'long', text })}\n`;
    const r = await plaudit(['analyze', '--jsonl', '--max-length', '20'], lines);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['short']);
    expect(r.stderr).toMatch(/^plaudit: article 1: text is 53 characters long, over maxLength 20 \(raise it with --max-length N\)\n$/);
    expect((await plaudit(['graph', '-', '--max-length', '20'], lines)).code).toBe(1);
    expect((await plaudit(['graph', '-', '--max-length', '60'], lines)).code).toBe(0);
  });
});

describe('input that is not an English text is analysed, with a warning on stderr', () => {
  test.each([
    ['an empty file', '', /warning: .*: .*\[empty\]/],
    ['whitespace only', ' \n\t\n ', /\[empty\]/],
    ['binary bytes', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0, 0xff, 0xfe, 0x80, 0x90]), Buffer.from('GLIBC_2.2.5\u0000\u0000libc.so.6\u0000')]), /\[not-text\]/],
    ['a paragraph in French', 'Le gouvernement a annoncé mardi une nouvelle réforme des retraites, que les syndicats ont rejetée dans la soirée. La ministre a dit que le texte serait présenté au Parlement avant la fin du mois.', /\[not-english\]/],
  ])('%s', async (_name, input, warning) => {
    const file = join(tmp, `input-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, input);
    const r = await plaudit(['analyze', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^plaudit: warning: /);
    expect(r.stderr).toMatch(warning);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).toContain(/\[([a-z-]+)\]/.exec(r.stderr)![1]);
  });
  test('an English text gives no warning', async () => {
    const r = await plaudit(['analyze', '-'], '"We will build the bridge," the mayor said on Monday.');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
  test('graph warns once per odd article and still draws the graph', async () => {
    const lines = `${JSON.stringify({ id: 'good', text: '"We will win," the senator said.' })}\n${JSON.stringify({ id: 'blank', text: '   ' })}\n`;
    const r = await plaudit(['graph', '-'], lines);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^plaudit: warning: blank: .*\[empty\]\n$/);
  });
});
