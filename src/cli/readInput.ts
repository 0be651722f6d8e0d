import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Analysis } from '../model/analysis.js';
import { CliError } from './errors.js';

/** Reads a whole text file, or all of stdin for `-`, as UTF-8. */
export async function readText(path: string, stdin: Readable): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(path);
}

/** Reads a text file; a missing or unreadable file is one clear runtime error. */
export function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(1, `cannot read ${path}: ${reason(error)}`);
  }
}

/** `ENOENT` → "no such file or directory", and so on, without the stack. */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'EACCES') return 'permission denied';
  return e?.message ?? String(error);
}

/**
 * The inputs named on the command line: a directory stands for its `*.txt` files (sorted, not
 * recursive); a `.jsonl` file or `-` (stdin) holds JSON lines. A text file's article id is its
 * file name without extension.
 */
export function listArticles(paths: readonly string[]): { id: string; path: string; jsonl: boolean }[] {
  const out: { id: string; path: string; jsonl: boolean }[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ id: 'stdin', path, jsonl: true });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      throw new CliError(1, `cannot read ${path}: ${reason(error)}`);
    }
    const files = isDir ? readdirSync(path).filter((f) => f.endsWith('.txt')).sort().map((f) => join(path, f)) : [path];
    for (const file of files) out.push({ id: basename(file, extname(file)), path: file, jsonl: extname(file) === '.jsonl' });
  }
  return out;
}

/** One article of a JSON-lines input. */
export interface JsonlArticle {
  id?: string;
  text: string;
  date?: string;
}

/** A line of a JSON-lines input: an article to analyse, or (where allowed) a finished analysis. */
export type JsonlItem = { article: JsonlArticle; analysis?: undefined } | { article?: undefined; analysis: Analysis };

/**
 * Reads JSON lines lazily: one `{"id", "text", "date"?}` object per line (blank lines skipped),
 * or a bare JSON string as the text. With `analyses`, a line may also be an `Analysis` (as
 * written by `plaudit analyze --jsonl`), recognised by its `utterances`, `stances` and `length`
 * and checked against the schema. A line that is none of these is a runtime error naming its
 * line number: silently skipping it would shift every later result against its input.
 */
export async function* readJsonl(input: Readable, options: { analyses?: boolean; name?: string } = {}): AsyncGenerator<JsonlItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const where = options.name ? `${options.name}: ` : '';
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(1, `${where}line ${n}: not valid JSON`);
    }
    if (typeof value === 'string') {
      yield { article: { text: value } };
      continue;
    }
    const v = value as Record<string, unknown> | null;
    if (options.analyses && v !== null && typeof v === 'object' && Array.isArray(v.utterances) && Array.isArray(v.stances) && typeof v.length === 'number') {
      const parsed = Analysis.safeParse(v);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(1, `${where}line ${n}: not a valid Analysis (${issue?.path.join('.') || '(root)'}: ${issue?.message})`);
      }
      yield { analysis: parsed.data };
      continue;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v) || typeof v.text !== 'string') {
      throw new CliError(1, `${where}line ${n}: expected an object with a "text" string, such as {"id": "a1", "text": "…"}`);
    }
    for (const key of ['id', 'date'] as const) {
      if (v[key] !== undefined && typeof v[key] !== 'string') throw new CliError(1, `${where}line ${n}: "${key}" must be a string`);
    }
    yield { article: { text: v.text, ...(typeof v.id === 'string' ? { id: v.id } : {}), ...(typeof v.date === 'string' ? { date: v.date } : {}) } };
  }
}
