// The commands' work: what `plaudit analyze`, `graph` and `eval` do once main.ts has read and
// checked the command line. main.ts imports this file only then, so that `plaudit --help`,
// `--version` and a usage error answer without loading the pipeline and its models.
import { createReadStream, writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { evaluate, evaluateCorpus, formatEvaluation } from '../evaluate.js';
import { toCsv, toDot, toGraphML, toJSON, toMermaid } from '../export.js';
import { analyze, analyzeMany, PlauditError, praiseGraph, type Analysis, type AnalyzeManyOptions, type AnalyzeOptions, type PraiseGraph } from '../index.js';
import { analysisToHtml, formatAnalysis, formatGraph, graphToHtml, graphToSvg, heatmapSvg } from '../present.js';
import { escapeXml } from '../util/escapeXml.js';
import { CliError, usageError } from './errors.js';
import { loadGoldDir } from './loadGoldDir.js';
import type { CliIo, GraphOutput, Values } from './main.js';
import { createProgress } from './progress.js';
import { listArticles, readFile, readJsonl, readText, reason } from './readInput.js';
import { warnInputIssues } from './warnInputIssues.js';

/** Writes a chunk and waits for the stream to drain when its buffer is full (long JSON-lines runs). */
function write(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

export async function analyzeOne(files: readonly string[], format: string, values: Values, limits: AnalyzeOptions, output: GraphOutput, io: CliIo): Promise<void> {
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

export async function analyzeJsonl(files: readonly string[], values: Values, many: AnalyzeManyOptions, io: CliIo): Promise<void> {
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

export async function graph(
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

export async function evalDir(dirs: readonly string[], format: string, details: boolean, io: CliIo): Promise<void> {
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
