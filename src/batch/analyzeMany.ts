import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { z } from 'zod';
import type { Analysis } from '../model/analysis.js';
import { PlauditError } from '../model/errors.js';
import { AnalyzeOptions, describe, parseOrThrow } from '../model/options.js';
import { defaultPool } from './defaultPool.js';
import { runTask, type AnalyzeTask, type TaskResult } from './runTask.js';

/** One article for `analyzeMany`: its text alone, or the text with its id and date. */
export type ArticleInput = string | { readonly id?: string; readonly text: string; readonly date?: string };

/** Options of `analyzeMany()`: those of `analyze()`, shared by every article, plus `concurrency`. */
export const AnalyzeManyOptions = AnalyzeOptions.extend({
  /**
   * Worker threads to run. With 1, or when the input holds a single article, the work runs in
   * the calling thread. Default: chosen never to be slower than one thread (see `defaultPool`):
   * the calling thread on one or two cores (`os.availableParallelism()`) or for fewer than 32
   * articles, else one thread fewer than the cores.
   */
  concurrency: z.number().int().min(1).max(1024).optional().describe('Worker threads to run, 1 to 1024; 1 = the calling thread. Default: the calling thread on <= 2 cores or under 32 articles, else cores - 1.'),
  /**
   * `true`: always analyse in worker threads, even with concurrency 1 or a single article, which
   * keeps the calling thread's event loop free (a server, a UI). `false`: always in the calling
   * thread. Default: threads when concurrency > 1 and the input holds more than one article.
   */
  workers: z.boolean().optional().describe('true: always worker threads; false: always the calling thread. Default: threads when concurrency > 1 and there is more than one article.'),
});
/**
 * Options of `analyzeMany()`: those of `analyze()` plus `concurrency` and `workers`.
 * @useDeclaredType
 */
export type AnalyzeManyOptions = z.input<typeof AnalyzeManyOptions>;

/** How many articles may be read ahead per thread: enough to keep every worker busy while the
 * consumer reads the previous result, few enough that memory stays bounded on endless input. */
const AHEAD_PER_THREAD = 2;

/**
 * Analyses a stream of articles on a pool of worker threads and yields one `Analysis` per
 * article, in input order.
 *
 * Why a pool and a window: `analyze()` is synchronous CPU work, so threads are the only way to
 * use several cores in one process; and archives are larger than memory, so the input is read
 * lazily and at most `2 × concurrency` articles (at the start, without a `concurrency`, 32 to
 * decide whether threads pay) are ever pulled but not yet yielded (a slow
 * consumer slows the reading of the input instead of filling memory). Leaving the loop early
 * (`break`, `return`, a thrown error) closes the input and ends the workers.
 *
 * With concurrency 1 (or a single article) the work runs in the calling thread unless
 * `workers: true`; when the worker file cannot be found beside the bundle (running from the
 * TypeScript sources, or a bundler that dropped dist/worker.js) it runs in the calling thread too.
 *
 * Errors: the options are checked at once (a `PlauditError`); a bad article (text not a string,
 * id or date not a string, text over `maxLength`) throws a `PlauditError` naming its index when
 * the loop reaches it, after every earlier article has been yielded.
 *
 * @example
 * for await (const a of analyzeMany([{ id: 'a1', text: '"We will win," Smith said.' }], { concurrency: 2 })) {
 *   a.id; // 'a1'
 * }
 */
export function analyzeMany(
  texts: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options?: AnalyzeManyOptions,
): AsyncGenerator<Analysis, void, undefined> {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new PlauditError('invalid-options', `plaudit: options must be an object, got ${describe(options)}`);
  }
  const { concurrency, workers, ...shared } = parseOrThrow(AnalyzeManyOptions, options ?? {}, 'options', 'invalid-options');
  if (!isIterable(texts)) {
    throw new PlauditError(
      'invalid-argument',
      `plaudit: analyzeMany(texts) expects an iterable or async iterable of articles, got ${describe(texts)}`,
    );
  }
  const pool = concurrency === undefined ? defaultPool() : { concurrency, minArticles: 2 };
  return run(texts, shared, pool.concurrency, workers, pool.minArticles);
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || typeof value !== 'object') return false; // a bare string is a mistake, not a list of characters
  return typeof (value as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function' ||
    typeof (value as Record<symbol, unknown>)[Symbol.iterator] === 'function';
}

async function* run(
  texts: Iterable<unknown> | AsyncIterable<unknown>,
  shared: AnalyzeOptions,
  concurrency: number,
  workers: boolean | undefined,
  minArticles: number,
): AsyncGenerator<Analysis, void, undefined> {
  const source = iterate(texts);
  let exhausted = false;
  const lookahead: unknown[] = [];
  const pull = async (): Promise<{ value: unknown } | undefined> => {
    if (exhausted) return undefined;
    const r = await source.next();
    if (r.done === true) {
      exhausted = true;
      return undefined;
    }
    return { value: r.value };
  };
  const nextItem = async (): Promise<{ value: unknown } | undefined> =>
    lookahead.length > 0 ? { value: lookahead.shift() } : pull();

  let pool: Piscina | undefined;
  const pending: { index: number; result: Promise<TaskResult> }[] = [];
  try {
    if (workers === true || (workers === undefined && concurrency > 1)) {
      const filename = workerFile();
      // Read some articles before starting threads: a single article (or, by default, a few) is
      // analysed in place.
      for (let k = 0; k < minArticles && !exhausted; k++) {
        const item = await pull();
        if (item) lookahead.push(item.value);
      }
      if (filename !== undefined && (workers === true ? lookahead.length >= 1 : lookahead.length >= minArticles)) {
        pool = new Piscina({
          filename,
          minThreads: 0,
          maxThreads: concurrency,
          // Workers of an abandoned (never closed) iteration exit soon instead of holding the process.
          idleTimeout: 2_000,
          workerData: { options: shared },
        });
      }
    }
    const window = pool ? AHEAD_PER_THREAD * concurrency : 1;
    let index = 0;
    for (;;) {
      while (pending.length < window) {
        const item = await nextItem();
        if (!item) break;
        pending.push({ index, result: submit(item.value, index, shared, pool) });
        index++;
      }
      const head = pending.shift();
      if (!head) return;
      yield unwrap(await head.result, head.index);
    }
  } finally {
    if (!exhausted) {
      exhausted = true;
      await source.return?.();
    }
    if (pool) {
      // Results of tasks still running when the loop is left arrive after their tasks were
      // cancelled; piscina reports them as an 'error' event, which here is expected.
      pool.on('error', ignore);
      pending.length = 0;
      await pool.destroy();
    }
  }
}

function ignore(): void {}

/** One async iterator over sync or async input, whose `return` closes the underlying generator. */
function iterate(texts: Iterable<unknown> | AsyncIterable<unknown>): AsyncIterator<unknown> {
  if (Symbol.asyncIterator in texts) return texts[Symbol.asyncIterator]();
  const it = texts[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async () => it.return?.() ?? { done: true, value: undefined },
  };
}

function submit(item: unknown, index: number, shared: AnalyzeOptions, pool: Piscina | undefined): Promise<TaskResult> {
  const task = toTask(item, index);
  if (!task.ok) return Promise.resolve(task.error);
  if (!pool) return Promise.resolve(runTask(task.task, shared));
  return (pool.run(task.task) as Promise<TaskResult>).then(
    (r) => r,
    (e: unknown) => ({ ok: false, message: e instanceof Error ? e.message : String(e) }) as const,
  );
}

/** Checks one article on the calling thread, so a bad one is reported with its index. */
function toTask(item: unknown, index: number): { ok: true; task: AnalyzeTask } | { ok: false; error: TaskResult } {
  if (typeof item === 'string') return { ok: true, task: { text: item } };
  const bad = (path: string, what: string, got: unknown) =>
    ({
      ok: false,
      error: {
        ok: false,
        code: 'invalid-argument',
        message: `plaudit: ${path} must be ${what}, got ${describe(got)}`,
        problems: [{ path, message: `must be ${what}` }],
      },
    }) as const;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return bad('text', 'a string or an object { id?, text, date? }', item);
  const { text, id, date } = item as Record<string, unknown>;
  if (typeof text !== 'string') return bad('text', 'a string', text);
  if (id !== undefined && typeof id !== 'string') return bad('id', 'a string', id);
  if (date !== undefined && typeof date !== 'string') return bad('date', 'a string', date);
  const task: { text: string; id?: string; date?: string } = { text };
  if (id !== undefined) task.id = id;
  if (date !== undefined) task.date = date;
  return { ok: true, task };
}

/** Turns a result back into an analysis, or into the error it stands for, naming the article. */
function unwrap(result: TaskResult, index: number): Analysis {
  if (result.ok) return result.analysis;
  const detail = result.message.replace(/^plaudit: /, '');
  if (result.code === undefined) {
    const error = new Error(`plaudit: analyze failed on article ${index}: ${detail}`);
    if (result.stack !== undefined) error.stack = `${error.message}\n(worker) ${result.stack}`;
    throw error;
  }
  const problems = (result.problems ?? []).map((p) => ({ path: `[${index}].${p.path}`, message: p.message }));
  throw new PlauditError(result.code, `plaudit: article ${index}: ${detail}`, problems);
}

/**
 * The worker's file beside the running bundle: dist/worker.js next to dist/index.js (ESM),
 * dist/worker.cjs next to dist/index.cjs (tsup's shims give CJS an `import.meta.url`).
 * Undefined when running from the TypeScript sources or from a bundle without the worker,
 * in which case the work runs in the calling thread.
 */
function workerFile(): string | undefined {
  let here: string;
  try {
    here = fileURLToPath(import.meta.url);
  } catch {
    return undefined;
  }
  const file = join(dirname(here), here.endsWith('.cjs') ? 'worker.cjs' : 'worker.js');
  return existsSync(file) ? file : undefined;
}
