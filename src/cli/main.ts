import { createReadStream, writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { evaluate, evaluateCorpus, formatEvaluation } from '../evaluate.js';
import { toCsv, toDot, toGraphML, toJSON, toMermaid } from '../export.js';
import { analyze, analyzeMany, PlauditError, praiseGraph, type Analysis, type AnalyzeManyOptions, type AnalyzeOptions, type PraiseGraph } from '../index.js';
import { analysisToHtml, formatAnalysis, formatGraph, graphToHtml, graphToSvg, heatmapSvg } from '../present.js';
import { CliError, usageError } from './errors.js';
import { loadGoldDir } from './loadGoldDir.js';
import { createProgress, type ProgressStream } from './progress.js';
import { listArticles, readFile, readJsonl, readText, reason } from './readInput.js';
import { USAGE } from './usage.js';
import { warnInputIssues } from './warnInputIssues.js';
import { escapeXml } from '../util/escapeXml.js';

/** The streams and facts the CLI works with, so that tests can run it in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & ProgressStream;
  version: string;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  date: { type: 'string' },
  id: { type: 'string' },
  jsonl: { type: 'boolean' },
  concurrency: { type: 'string' },
  'max-length': { type: 'string' },
  svg: { type: 'string' },
  heatmap: { type: 'string' },
  'max-nodes': { type: 'string' },
  'min-stances': { type: 'string' },
  'csv-layout': { type: 'string' },
  details: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

const FORMATS = {
  analyze: ['table', 'json', 'jsonl', 'dot', 'graphml', 'html', 'csv'],
  graph: ['table', 'dot', 'graphml', 'mermaid', 'csv', 'json', 'html'],
  eval: ['table', 'json'],
} as const;

/** Which options each command accepts; any other is a usage error rather than silently ignored. */
const ACCEPTS: Record<keyof typeof FORMATS, readonly (keyof Values)[]> = {
  analyze: ['format', 'date', 'id', 'jsonl', 'concurrency', 'max-length', 'csv-layout'],
  graph: ['format', 'svg', 'heatmap', 'max-nodes', 'min-stances', 'csv-layout', 'concurrency', 'max-length'],
  eval: ['format', 'details'],
};

/**
 * Runs the `plaudit` command line and returns its exit code: 0 done, 1 failed at run time,
 * 2 wrong usage. Every error is one line `plaudit: …` on stderr; results go to stdout only.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    const { code, message } = describeError(error);
    io.stderr.write(`plaudit: ${message}\n`);
    return code;
  }
}

function describeError(error: unknown): { code: 1 | 2; message: string } {
  if (error instanceof CliError) return { code: error.exitCode, message: error.message };
  if (error instanceof PlauditError) {
    const message = error.message.replace(/^plaudit:\s*/, '').replace(/\s+/g, ' ');
    // The library's advice names the option; on the command line it is the flag.
    if (error.code === 'input-too-long') return { code: 1, message: message.replace(/set options\.maxLength to raise it/, 'raise it with --max-length N') };
    // Bad option values (a malformed --date) are the user's usage; the rest happened at run time.
    return { code: error.code === 'invalid-options' ? 2 : 1, message };
  }
  const e = error as { code?: string; message?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
    return { code: 2, message: `${(e.message ?? '').replace(/\s+/g, ' ').replace(/\. To specify .*$/, '')} (see plaudit --help)` };
  }
  return { code: 1, message: (e?.message ?? String(error)).split('\n')[0] ?? 'unknown error' };
}

async function run(argv: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.version) return void io.stdout.write(`${io.version}\n`);
  if (values.help || command === 'help' || command === undefined) {
    if (command === undefined && !values.help) throw usageError('no command given');
    return void io.stdout.write(USAGE);
  }
  if (!Object.hasOwn(FORMATS, command)) throw usageError(`unknown command "${command}"`);
  const name = command as keyof typeof FORMATS;
  for (const key of Object.keys(values) as (keyof Values)[]) {
    if (!ACCEPTS[name].includes(key)) throw usageError(`${name} takes no --${key}`);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS[name] as readonly string[]).includes(format)) {
    throw usageError(`${name}: unknown format "${format}", expected one of ${FORMATS[name].join(', ')}`);
  }
  const concurrency = parseConcurrency(values.concurrency);
  const maxLength = parseMaxLength(values['max-length']);
  const limits = { ...(maxLength !== undefined && { maxLength }) };
  const many = { ...limits, ...(concurrency !== undefined && { concurrency }) };
  const output = parseGraphOutput(values);
  if (name === 'analyze') return values.jsonl ? analyzeJsonl(rest, values, many, io) : analyzeOne(rest, format, values, limits, output, io);
  if (name === 'graph') return graph(rest, format, { svg: values.svg, heatmap: values.heatmap }, output, many, io);
  return evalDir(rest, format, values.details ?? false, io);
}

/** How graphs are written: the CSV layout and which entities the drawings keep. */
interface GraphOutput {
  readonly csvLayout: 'edges' | 'matrix';
  readonly filter: { readonly maxNodes?: number; readonly minStances?: number };
}

function parseGraphOutput(values: Values): GraphOutput {
  const layout = values['csv-layout'] ?? 'edges';
  if (layout !== 'edges' && layout !== 'matrix') throw usageError(`--csv-layout must be edges or matrix, got "${layout}"`);
  if (values['csv-layout'] !== undefined && values.format !== 'csv') throw usageError('--csv-layout goes with --format csv');
  const count = (flag: string, value: string | undefined, min: number): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw usageError(`--${flag} must be a whole number of at least ${min}, got "${value}"`);
    return n;
  };
  const maxNodes = count('max-nodes', values['max-nodes'], 1);
  const minStances = count('min-stances', values['min-stances'], 0);
  return { csvLayout: layout, filter: { ...(maxNodes !== undefined && { maxNodes }), ...(minStances !== undefined && { minStances }) } };
}

function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw usageError(`--concurrency must be a whole number from 1 to 1024, got "${value}"`);
  return n;
}

/** `--max-length N`: the longest accepted text, in UTF-16 code units (analyze's `maxLength`). */
function parseMaxLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ''));
  if (!/^\s*[\d_]+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw usageError(`--max-length must be a whole number of characters, at least 1, got "${value}"`);
  return n;
}

/** Writes a chunk and waits for the stream to drain when its buffer is full (long JSON-lines runs). */
function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

async function analyzeOne(files: readonly string[], format: string, values: Values, limits: AnalyzeOptions, output: GraphOutput, io: CliIo): Promise<void> {
  if (files.length !== 1) throw usageError(files.length === 0 ? 'analyze: give a FILE, or - for stdin' : 'analyze: give one FILE (use graph for several)');
  const file = files[0] as string;
  const options: AnalyzeOptions = { ...limits, ...(values.id !== undefined && { id: values.id }), ...(values.date !== undefined && { date: values.date }) };
  const text = await readText(file, io.stdin);
  const analysis = analyze(text, options);
  warnInputIssues(io.stderr, file === '-' ? 'stdin' : file, analysis);
  await write(io.stdout, renderAnalysis(analysis, format, file === '-' ? 'stdin' : file, output));
}

function renderAnalysis(analysis: Analysis, format: string, title: string, output: GraphOutput): string {
  switch (format) {
    case 'csv': return ensureNewline(toCsv(praiseGraph(analysis), { layout: output.csvLayout }));
    case 'json': return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl': return `${JSON.stringify(analysis)}\n`;
    case 'dot': return ensureNewline(toDot(praiseGraph(analysis)));
    case 'graphml': return ensureNewline(toGraphML(praiseGraph(analysis)));
    case 'html': return htmlPage(title, `${analysisToHtml(analysis)}\n${graphToHtml(praiseGraph(analysis))}`);
    default: return ensureNewline(formatAnalysis(analysis));
  }
}

async function analyzeJsonl(files: readonly string[], values: Values, many: AnalyzeManyOptions, io: CliIo): Promise<void> {
  if (files.length > 1) throw usageError('analyze --jsonl: give at most one FILE (default: stdin)');
  if (values.id !== undefined) throw usageError('analyze --jsonl takes no --id: ids come from the input lines');
  if (values.format !== undefined && values.format !== 'jsonl') throw usageError('analyze --jsonl writes JSON lines: --format must be jsonl or left out');
  const file = files[0] ?? '-';
  const input = file === '-' ? io.stdin : createReadStream(file);
  if (file !== '-') await opened(input, file);
  const base = values.date !== undefined ? { date: values.date } : {};
  // A bad line ends the input there: the lines before it are still analysed and written, in
  // order, and then the command fails naming the line.
  let inputError: unknown;
  const articles = (async function* () {
    try {
      for await (const item of readJsonl(input)) if (item.article) yield { ...base, ...item.article };
    } catch (error) {
      inputError = error;
    }
  })();
  const progress = createProgress(io.stderr, undefined);
  for await (const analysis of analyzeMany(articles, many)) {
    warnInputIssues(io.stderr, analysis.id ?? 'a line', analysis);
    await write(io.stdout, `${JSON.stringify(analysis)}\n`);
    progress.tick(analysis.id ?? '');
  }
  progress.done();
  if (inputError !== undefined) throw inputError;
}

/** Waits until a file stream is open, so that a missing file is one clear error. */
function opened(stream: Readable, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new CliError(1, `cannot read ${file}: ${reason(error)}`)));
  });
}

async function graph(
  paths: readonly string[],
  format: string,
  files: { readonly svg: string | undefined; readonly heatmap: string | undefined },
  output: GraphOutput,
  many: AnalyzeManyOptions,
  io: CliIo,
): Promise<void> {
  if (paths.length === 0) throw usageError('graph: give one or more FILES or directories');
  const sources = listArticles(paths);
  if (sources.length === 0) throw new CliError(1, `graph: no .txt files in ${paths.join(', ')}`);
  if (sources.filter((s) => s.path === '-').length > 1) throw usageError('graph: - (stdin) may be given once');
  const progress = createProgress(io.stderr, sources.some((s) => s.jsonl) ? undefined : sources.length);
  // Only what the graph needs is kept (entities without mentions, stances), so that a large
  // archive of analyses fits in memory.
  const slim = (a: Analysis): Analysis => ({ ...a, entities: a.entities.map((e) => ({ ...e, mentions: [] })), utterances: [], issues: [] });
  const analyses: Analysis[] = [];
  const articles = (async function* () {
    for (const source of sources) {
      if (!source.jsonl) {
        yield { id: source.id, text: readFile(source.path) };
        continue;
      }
      const input = source.path === '-' ? io.stdin : createReadStream(source.path);
      if (source.path !== '-') await opened(input, source.path);
      for await (const item of readJsonl(input, { analyses: true, name: source.path === '-' ? 'stdin' : source.path })) {
        if (item.article) yield item.article;
        else {
          analyses.push(slim(item.analysis));
          progress.tick(item.analysis.id ?? '');
        }
      }
    }
  })();
  for await (const analysis of analyzeMany(articles, many)) {
    warnInputIssues(io.stderr, analysis.id ?? 'an article', analysis);
    analyses.push(slim(analysis));
    progress.tick(analysis.id ?? '');
  }
  progress.done();
  const g = praiseGraph(analyses);
  for (const [file, draw] of [[files.svg, graphToSvg], [files.heatmap, heatmapSvg]] as const) {
    if (file === undefined) continue;
    try {
      writeFileSync(file, draw(g, output.filter));
    } catch (error) {
      throw new CliError(1, `cannot write ${file}: ${reason(error)}`);
    }
  }
  await write(io.stdout, renderGraph(g, format, output));
}

function renderGraph(g: PraiseGraph, format: string, output: GraphOutput): string {
  switch (format) {
    case 'html': return htmlPage('praise graph', `${graphToSvg(g, output.filter)}\n${heatmapSvg(g, output.filter)}\n${graphToHtml(g)}`);
    case 'dot': return ensureNewline(toDot(g));
    case 'graphml': return ensureNewline(toGraphML(g));
    case 'mermaid': return ensureNewline(toMermaid(g));
    case 'csv': return ensureNewline(toCsv(g, { layout: output.csvLayout }));
    case 'json': return ensureNewline(toJSON(g));
    default: return ensureNewline(formatGraph(g));
  }
}

async function evalDir(dirs: readonly string[], format: string, details: boolean, io: CliIo): Promise<void> {
  if (dirs.length !== 1) throw usageError('eval: give one DIR of gold files');
  const dir = dirs[0] as string;
  let golds;
  try {
    golds = loadGoldDir(dir);
  } catch (error) {
    if (error instanceof PlauditError) throw error;
    throw new CliError(1, `cannot read ${dir}: ${reason(error)}`);
  }
  if (golds.length === 0) throw new CliError(1, `eval: no .json gold files in ${dir}`);
  const progress = createProgress(io.stderr, golds.length);
  const evaluations = golds.map(({ gold }) => {
    const analysis = analyze(gold.text, { id: gold.id, ...(gold.date !== undefined && { date: gold.date }) });
    progress.tick(gold.id);
    return evaluate(gold, analysis);
  });
  progress.done();
  const corpus = evaluateCorpus(evaluations);
  if (format === 'json') return write(io.stdout, `${JSON.stringify(corpus, null, 2)}\n`);
  let out = `${formatEvaluation(corpus)}\n`;
  if (details) {
    for (const a of corpus.articles) {
      for (const m of a.missed) out += `${a.id}  missed ${m.kind} ${m.id} (${m.speaker ?? 'nobody'}): ${oneLine(m.text)}\n`;
      for (const s of a.spurious) out += `${a.id}  spurious ${s.start}-${s.end}: ${oneLine(s.text)}\n`;
      for (const t of a.stanceErrors.missed) out += `${a.id}  missed stance ${t.source} → ${t.target} ${t.polarity}\n`;
      for (const t of a.stanceErrors.spurious) out += `${a.id}  spurious stance ${t.source} → ${t.target} ${t.polarity}\n`;
    }
  }
  await write(io.stdout, out);
}

const oneLine = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};
const ensureNewline = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);

/** A standalone HTML document around the analysis tables, so `> out.html` opens in a browser. */
function htmlPage(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>plaudit: ${escapeXml(title)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}
