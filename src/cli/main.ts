import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PlauditError } from '../model/errors.js';
import { CliError, usageError } from './errors.js';
import type { ProgressStream } from './progress.js';
import { USAGE } from './usage.js';

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

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

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
  const commands = await import('./commands.js');
  if (name === 'analyze') return values.jsonl ? commands.analyzeJsonl(rest, values, many, io) : commands.analyzeOne(rest, format, values, limits, output, io);
  if (name === 'graph') return commands.graph(rest, format, { svg: values.svg, heatmap: values.heatmap }, output, many, io);
  return commands.evalDir(rest, format, values.details ?? false, io);
}

/** How graphs are written: the CSV layout and which entities the drawings keep. */
export interface GraphOutput {
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
