import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
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
 * The article files named on the command line: a directory stands for its `*.txt` files
 * (sorted, not recursive). Each gets an id, its file name without extension.
 */
export function listArticles(paths: readonly string[]): { id: string; path: string }[] {
  const out: { id: string; path: string }[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      throw new CliError(1, `cannot read ${path}: ${reason(error)}`);
    }
    const files = isDir ? readdirSync(path).filter((f) => f.endsWith('.txt')).sort().map((f) => join(path, f)) : [path];
    for (const file of files) out.push({ id: basename(file, extname(file)), path: file });
  }
  return out;
}

/** One article of a JSON-lines input. */
export interface JsonlArticle {
  id?: string;
  text: string;
  date?: string;
}

/**
 * Reads JSON lines lazily: one `{"id", "text", "date"?}` object per line (blank lines skipped),
 * or a bare JSON string as the text. A line that is not such an object is a runtime error that
 * names its line number: silently skipping it would shift every later result against its input.
 */
export async function* readJsonl(input: Readable): AsyncGenerator<JsonlArticle> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(1, `line ${n}: not valid JSON`);
    }
    if (typeof value === 'string') {
      yield { text: value };
      continue;
    }
    const v = value as Record<string, unknown> | null;
    if (v === null || typeof v !== 'object' || Array.isArray(v) || typeof v.text !== 'string') {
      throw new CliError(1, `line ${n}: expected an object with a "text" string, such as {"id": "a1", "text": "…"}`);
    }
    for (const key of ['id', 'date'] as const) {
      if (v[key] !== undefined && typeof v[key] !== 'string') throw new CliError(1, `line ${n}: "${key}" must be a string`);
    }
    yield { text: v.text, ...(typeof v.id === 'string' ? { id: v.id } : {}), ...(typeof v.date === 'string' ? { date: v.date } : {}) };
  }
}
