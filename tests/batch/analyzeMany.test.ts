import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMany } from '../../src/batch/analyzeMany.js';
import { analyze } from '../../src/analyze.js';
import { PlauditError } from '../../src/model/errors.js';
import type { Analysis } from '../../src/model/analysis.js';
import { removeBuild, snapshotBuild } from '../cli/ensureBuilt.js';

const run = promisify(execFile);

/**
 * A private copy of the built package (ESM and CJS in one folder), made once for this file: the
 * worker-thread tests of both bundles and the child process all read it.
 */
let built: string | undefined;
const builtPackage = () => (built ??= snapshotBuild());
afterAll(() => {
  if (built) removeBuild(built);
});

const articles = [
  { id: 'senate-vote', date: '2024-02-20', text: '"This bill protects families," Senator Maria Lopez said on Tuesday.' },
  { id: 'summit', date: '2023-11-05', text: 'The prime minister told reporters that the summit had been "a real success".' },
  { id: 'budget', text: 'Opposition leader Tom Hardy called the budget "a disgrace" and said it would hurt pensioners.' },
  { id: 'strike', date: '2022', text: 'Union officials said the strike would continue. "We are not going back," said Ann Kerr.' },
  { id: 'empty', text: '' },
] as const;

async function collect(iterable: AsyncIterable<Analysis>): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const a of iterable) out.push(a);
  return out;
}

/** An endless stream of short articles that counts how many were read and whether it was closed. */
function endless() {
  const state = { pulled: 0, closed: false };
  function* gen() {
    try {
      for (;;) {
        state.pulled++;
        yield { id: `wire-${state.pulled}`, text: `"We will keep fighting," the mayor said in statement number ${state.pulled}.` };
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: gen() };
}

describe('analyzeMany in the calling thread (TypeScript sources, concurrency 1)', () => {
  test.each([1, 2, undefined])('yields one analysis per article, in input order (concurrency %s)', async (concurrency) => {
    const out = await collect(analyzeMany(articles, concurrency === undefined ? {} : { concurrency }));
    expect(out.map((a) => a.id)).toEqual(articles.map((a) => a.id));
    expect(out.map((a) => a.length)).toEqual(articles.map((a) => a.text.length));
  });

  test.each(articles)('passes id and date of $id through to the analysis', async (article) => {
    const [a] = await collect(analyzeMany([article, article]));
    expect(a?.id).toBe(article.id);
    expect(a?.date).toBe('date' in article ? article.date : undefined);
  });

  test('analyses equal those of analyze() on the same text and options', async () => {
    const out = await collect(analyzeMany(articles, { concurrency: 1, includeWriter: true }));
    articles.forEach((article, k) => {
      const options = { includeWriter: true, id: article.id, ...('date' in article ? { date: article.date } : {}) };
      expect(JSON.stringify(out[k])).toBe(JSON.stringify(analyze(article.text, options)));
    });
  });

  test('reads plain strings and async iterables', async () => {
    async function* lines() {
      yield 'The minister said the plan was sound.';
      yield { text: 'Critics said it was not.' };
    }
    const out = await collect(analyzeMany(lines()));
    expect(out.map((a) => [a.id, a.length])).toEqual([
      [undefined, 37],
      [undefined, 24],
    ]);
  });

  test('reads an endless input lazily and closes it on break', async () => {
    const { state, source } = endless();
    let seen = 0;
    for await (const a of analyzeMany(source, { concurrency: 1 })) {
      expect(a.id).toBe(`wire-${++seen}`);
      if (seen === 25) break;
    }
    expect(state.pulled).toBeLessThanOrEqual(26);
    expect(state.closed).toBe(true);
  });
});

describe('analyzeMany errors', () => {
  test.each([
    ['a number', 42, 'text'],
    ['null', null, 'text'],
    ['an object without text', { id: 'x' }, 'text'],
    ['a text that is a number', { id: 'x', text: 7 }, 'text'],
    ['an id that is a number', { id: 12, text: 'The senator said no.' }, 'id'],
    ['a date that is a Date', { text: 'The senator said no.', date: new Date(0) }, 'date'],
  ])('an article that is %s throws a PlauditError naming its index, after the earlier ones', async (_, bad, path) => {
    const seen: (string | undefined)[] = [];
    const items = [articles[0], articles[1], bad, articles[2]] as unknown as Iterable<string>;
    const error = await (async () => {
      try {
        for await (const a of analyzeMany(items, { concurrency: 1 })) seen.push(a.id);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlauditError);
    expect((error as PlauditError).code).toBe('invalid-argument');
    expect((error as PlauditError).message).toMatch(/^plaudit: article 2: /);
    expect((error as PlauditError).problems[0]?.path).toBe(`[2].${path}`);
    expect(seen).toEqual(['senate-vote', 'summit']);
  });

  test.each([
    ['a text over maxLength', { text: 'x'.repeat(101) }, { maxLength: 100 }, 'input-too-long'],
    ['a date that is not ISO 8601', { text: 'The senator said no.', date: 'last Tuesday' }, {}, 'invalid-options'],
  ])('%s throws the PlauditError of analyze() with the article index', async (_, bad, options, code) => {
    const run = collect(analyzeMany([articles[0], bad], { concurrency: 1, ...options }));
    await expect(run).rejects.toBeInstanceOf(PlauditError);
    await expect(run).rejects.toMatchObject({ code, message: expect.stringMatching(/^plaudit: article 1: /) });
  });

  test.each([
    ['texts is a string', 'The senator said no.', undefined, 'invalid-argument'],
    ['texts is a number', 3, undefined, 'invalid-argument'],
    ['texts is null', null, undefined, 'invalid-argument'],
    ['concurrency is 0', [], { concurrency: 0 }, 'invalid-options'],
    ['concurrency is 1.5', [], { concurrency: 1.5 }, 'invalid-options'],
    ['an option is unknown', [], { concurency: 2 }, 'invalid-options'],
    ['options is an array', [], [], 'invalid-options'],
  ])('throws at once when %s', (_, texts, options, code) => {
    expect(() => analyzeMany(texts as never, options as never)).toThrow(PlauditError);
    expect(() => analyzeMany(texts as never, options as never)).toThrow(expect.objectContaining({ code }));
  });

  test('an error thrown by the input itself reaches the loop after the earlier articles', async () => {
    async function* feed() {
      yield articles[0];
      yield articles[1];
      throw new Error('connection reset while reading the archive');
    }
    const seen: (string | undefined)[] = [];
    await expect(
      (async () => {
        for await (const a of analyzeMany(feed(), { concurrency: 1 })) seen.push(a.id);
      })(),
    ).rejects.toThrow('connection reset');
    expect(seen).toEqual(['senate-vote', 'summit']);
  });

  test('the unknown option is named in the message', () => {
    expect(() => analyzeMany([], { concurency: 2 } as never)).toThrow(/concurency/);
  });

  test.each([
    ['no articles', []],
    ['one empty article', ['']],
    ['articles with extra fields', [{ id: 'a', text: 'The senator said no.', url: 'https://example.org/a' }]],
    ['odd text', ['\u0000\uD800 “ « ‘', '"'.repeat(500)]],
  ])('does not throw for %s', async (_, items) => {
    await expect(collect(analyzeMany(items as Iterable<string>, { concurrency: 1 }))).resolves.toHaveLength(items.length);
  });
});

describe.each(['index.js', 'index.cjs'])('analyzeMany on worker threads (built %s)', (entry) => {
  let many: typeof analyzeMany;
  beforeAll(async () => {
    const file = join(builtPackage(), entry);
    many = entry.endsWith('.cjs')
      ? (createRequire(import.meta.url)(file) as { analyzeMany: typeof analyzeMany }).analyzeMany
      : ((await import(pathToFileURL(file).href)) as { analyzeMany: typeof analyzeMany }).analyzeMany;
  }, 60_000);

  /** Long and short articles alternate, so workers finish out of input order. */
  const mixed = Array.from({ length: 12 }, (_, k) => ({
    id: `art-${k}`,
    date: `2024-03-${String((k % 28) + 1).padStart(2, '0')}`,
    text:
      k % 3 === 0
        ? 'The governor said the new law was "a step forward for every family in the state." '.repeat(30)
        : `Mr Lee said the talks, number ${k}, had failed.`,
  }));

  // The CJS bundle differs only in how it finds its worker file: one worker thread shows that,
  // and each thread loads the whole pipeline.
  const pool = entry === 'index.js' ? { concurrency: 2 } : { concurrency: 1, workers: true };

  test(`keeps input order, ids and dates, and gives the analyses of analyze() (${JSON.stringify(pool)})`, async () => {
    const out = await collect(many(mixed, pool));
    expect(out.map((a) => a.id)).toEqual(mixed.map((a) => a.id));
    expect(out.map((a) => a.date)).toEqual(mixed.map((a) => a.date));
    mixed.forEach((m, k) => expect(JSON.stringify(out[k])).toBe(JSON.stringify(analyze(m.text, { id: m.id, date: m.date }))));
  });
});

describe('analyzeMany on worker threads in a child process (built package)', () => {
  /**
   * One child process runs every case in turn and prints, for each, the worker threads it
   * started and ended (read a tick after the loop, when the threads' exit events are in), how
   * many analyses it yielded, how far the input was read ahead of the consumer, whether the input
   * was closed, and the error it ended with. The process exits by itself only if no case left a
   * thread or a timer behind: a lingering thread makes the run time out instead. Each thread
   * loads the whole pipeline, so one pool serves several checks.
   */
  const cases = [
    // a break: the pool reads at most 2 × concurrency articles ahead, closes the input and ends its threads
    ['break', '{ concurrency: 2 }'],
    // article 40 is too long: the error thrown in a worker reaches the loop with its index, after every earlier article
    ['too long', '{ concurrency: 1, workers: true, maxLength: 6000 }'],
    ['break', '{ concurrency: 2, workers: false }'],
    ['break', '{ concurrency: 1 }'],
  ] as const;
  const script = (dir: string) => `
    const wt = require('node:worker_threads');
    const Base = wt.Worker;
    let count;
    wt.Worker = class extends Base {
      constructor(...args) { super(...args); const c = count; c.started++; this.on('exit', () => c.ended++); }
    };
    const { analyzeMany } = require(${JSON.stringify(join(dir, 'index.cjs'))});
    function* endless(how, state) {
      try {
        for (let k = 0; ; k++) {
          state.pulled++;
          yield { id: 'wire-' + k, text: k === 40 && how === 'too long' ? 'x'.repeat(7000) : '"No," the senator said, for the ' + k + 'th time.' };
        }
      } finally { state.closed = true; }
    }
    (async () => {
      const counts = [];
      for (const [how, options] of ${JSON.stringify(cases.map(([how, options]) => [how, `(${options})`]))}) {
        const state = { pulled: 0, closed: false };
        count = { started: 0, ended: 0, inOrder: true, ahead: 0 };
        let seen = 0;
        try {
          for await (const a of analyzeMany(endless(how, state), eval(options))) {
            if (a.id !== 'wire-' + seen) count.inOrder = false;
            count.ahead = Math.max(count.ahead, state.pulled - ++seen);
            if (seen === 30 && how === 'break') break;
          }
        } catch (e) { count.error = e.code; count.message = e.message; }
        Object.assign(count, { seen, closed: state.closed, pulled: state.pulled });
        await new Promise((resolve) => setImmediate(resolve));
        counts.push(count);
      }
      console.log(JSON.stringify(counts));
    })();
  `;
  type Count = { started: number; ended: number; seen: number; pulled: number; inOrder: boolean; ahead: number; closed: boolean; error?: string; message?: string };
  let counts: Count[];
  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['-e', script(builtPackage())], { timeout: 60_000 });
    counts = JSON.parse(stdout.trim()) as Count[];
  }, 90_000);

  test('a break after 30 articles on two threads: input closed, at most 4 articles read ahead, both threads ended', () => {
    expect(counts[0]).toMatchObject({ seen: 30, inOrder: true, closed: true, started: 2, ended: 2 });
    expect(counts[0]!.ahead).toBeLessThanOrEqual(4);
    expect(counts[0]!.ahead).toBeGreaterThan(0);
    // (and the pool stops pulling at the break)
    expect(counts[0]!.pulled).toBeLessThanOrEqual(34);
  });

  test('an article too long for a worker: the error names its index after the 40 before it, and the thread ends', () => {
    expect(counts[1]).toMatchObject({ seen: 40, inOrder: true, error: 'input-too-long', closed: true, started: 1, ended: 1 });
    expect(counts[1]!.message).toMatch(/^plaudit: article 40: /);
  });

  test.each([2, 3])('case %i (break, in the calling thread) starts no worker thread', (k) => {
    expect(counts[k], cases[k]![1]).toMatchObject({ seen: 30, inOrder: true, closed: true, started: 0, ended: 0 });
  });
});
