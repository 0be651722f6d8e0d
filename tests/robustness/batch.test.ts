import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeBuild, snapshotBuild } from '../cli/ensureBuilt.js';

const run = promisify(execFile);

/**
 * Feeds analyzeMany 260 generated articles in a child process (with --expose-gc, on the built
 * package so the worker threads are real) and reports the heap and rss after 60 articles and at
 * the end, and how many of the analyses it yielded are still reachable once the loop has dropped
 * them: none should be, whatever the number of articles. The 200 articles in between would show
 * a leak of 50 kB an article (about one small analysis) as the heap's 10 MB limit; the heap
 * after a forced collection moves by a megabyte or less from the early reading to the end.
 */
const ARTICLES = 260;
const EARLY = 60;
const HEAP_GROWTH_MB = 10;
const script = (dir: string, concurrency: number) => `
  const { analyzeMany } = require(${JSON.stringify(join(dir, 'index.cjs'))});
  const names = ['Maria Lopez', 'Tom Hardy', 'Ann Kerr', 'the governor', 'a ministry spokesperson'];
  function* articles() {
    for (let k = 0; k < ${ARTICLES}; k++) {
      const a = names[k % 5], b = names[(k + 2) % 5];
      const text = [
        '"We will not back down on article ' + k + '," ' + a + ' said on Tuesday.',
        b + ' criticised the plan, calling it "a disgrace" and "reckless".',
        'According to ' + a + ', the vote ' + k + ' would go ahead. ' + b + ' told reporters: "We are ready."',
      ].join('\\n\\n').repeat(3);
      yield { id: 'wire-' + k, text, date: '2024-05-' + String(1 + (k % 28)).padStart(2, '0') };
    }
  }
  (async () => {
    const refs = [];
    const mb = (b) => Math.round(b / 1048576);
    let n = 0, early;
    for await (const a of analyzeMany(articles(), { concurrency: ${concurrency} })) {
      refs.push(new WeakRef(a));
      if (a.id !== 'wire-' + n) throw new Error('out of order at ' + n);
      if (++n === ${EARLY}) { gc(); early = process.memoryUsage(); }
    }
    await new Promise((r) => setTimeout(r, 10));
    gc();
    const end = process.memoryUsage();
    const alive = refs.filter((r) => r.deref() !== undefined).length;
    console.log(JSON.stringify({ n, alive, heapEarly: mb(early.heapUsed), heapEnd: mb(end.heapUsed), rssEarly: mb(early.rss), rssEnd: mb(end.rss) }));
  })();
`;

describe('batch analysis in bounded memory', () => {
  let built: string | undefined;
  beforeAll(() => {
    built = snapshotBuild();
  }, 180_000);
  afterAll(() => {
    if (built) removeBuild(built);
  });

  test.each([1, 2])(`${ARTICLES} articles with concurrency %i: nothing retained, heap and rss flat`, async (concurrency) => {
    const { stdout } = await run(process.execPath, ['--expose-gc', '-e', script(built!, concurrency)], { timeout: 120_000 });
    const m = JSON.parse(stdout.trim()) as { n: number; alive: number; heapEarly: number; heapEnd: number; rssEarly: number; rssEnd: number };
    expect(m.n).toBe(ARTICLES);
    expect(m.alive).toBeLessThanOrEqual(2);
    expect(m.heapEnd - m.heapEarly, JSON.stringify(m)).toBeLessThan(HEAP_GROWTH_MB);
    expect(m.rssEnd - m.rssEarly, JSON.stringify(m)).toBeLessThan(160);
  }, 120_000);
});
