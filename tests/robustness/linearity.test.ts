import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { articleOfLength } from './articleText.js';

/**
 * Cost tests compare times as ratios measured in the same process, never absolute times: the
 * machine may be shared and slow, but a quadratic step shows as a ratio that grows with length.
 * A time is the CPU time of this process (`process.cpuUsage`), not the wall clock: other work
 * on the machine does not add to it, so a ratio holds under load. Each figure is the median of
 * interleaved runs after a warm-up, and a failing comparison is measured again (up to four
 * times, medians of five runs) before it counts, so that a pause inside the process (a garbage
 * collection, a tier-up of the compiler) cannot fail the test while a real super-linear cost
 * fails every attempt.
 */
const options = { maxLength: 10_000_000 };

type Cost = (text: string) => unknown;
const analyzeCost: Cost = (text) => analyze(text, options);

/** CPU milliseconds (user and system) this process spends on `cost(text)`. */
function msForCost(text: string, cost: Cost): number {
  const t0 = process.cpuUsage();
  cost(text);
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

let variantCounter = 0;
/**
 * The text with its first two characters replaced by a fresh marker: same length, a new string
 * each run, so that no cache (V8 keeps the results of some regex operations per subject string)
 * can make a repeated run look cheap.
 */
function variant(text: string): string {
  const mark = (variantCounter++ % 1296).toString(36).padStart(2, '0');
  return text.length < 2 ? text : mark + text.slice(2);
}

/**
 * Median time of `a` over median time of `b`, runs interleaved, each run on a fresh variant.
 * The warm-up uses `b` and the start of `a` only, and a ratio already beyond `giveUp` after
 * three pairs is returned at once: no need to wait minutes for a cost that is clearly wrong,
 * while one pause inside a run (a garbage collection of a busy worker: CI once read 210 ms for
 * a run that takes 80) cannot decide the median on its own.
 * A ratio at most `settled` after three pairs (or after two, as the slowest run of `a` over the
 * fastest of `b`) is returned too: load elsewhere only adds time,
 * so to hide a real cost that far inside the limit it would have to double two of the three runs
 * of `b` (most comparisons of the same length read 0.01–2 against a limit of 5).
 */
function ratio(a: string, b: string, runs: number, cost: Cost, giveUp: number, settled: number): { ratio: number; a: number; b: number } {
  const msFor = (t: string) => msForCost(variant(t), cost);
  msFor(b);
  msFor(a.slice(0, b.length));
  const ta: number[] = [];
  const tb: number[] = [];
  for (let k = 0; k < runs; k++) {
    tb.push(msFor(b));
    ta.push(msFor(a));
    const sofar = median(ta) / median(tb);
    // Settled after two pairs when even the slowest `a` over the fastest `b` is within `settled`.
    if (k === 1 && Math.max(...ta) / Math.min(...tb) <= settled) break;
    if (k >= 2 && (sofar > giveUp || sofar <= settled)) break;
  }
  return { ratio: median(ta) / median(tb), a: median(ta), b: median(tb) };
}

/**
 * The best of up to four measurements, stopping at the first within `limit` (or at the second
 * far beyond it with a shorter run of at least `NOISE_MS`, where noise cannot be the cause: a
 * pause of a few ms on a shared machine makes any ratio over a sub-millisecond run, and a long
 * pause may still land in two of three runs once). When even the slower
 * input takes under `floorMs` the comparison is timer noise, and so cheap (80k characters in
 * under 50 ms is a few µs per word, below what an article costs) that no super-linear step can
 * hide in it: it passes as ratio 0.
 */
/** A shorter run under this many ms gives no verdict on its own, however large the ratio. */
const NOISE_MS = 5;

function bestRatio(a: string, b: string, limit: number, cost = analyzeCost, runs = 5, floorMs = 50): { ratio: number; a: number; b: number } {
  let best = { ratio: Number.POSITIVE_INFINITY, a: 0, b: 0 };
  let farBeyond = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = ratio(a, b, runs, cost, 3 * limit, limit / 2);
    if (Math.max(r.a, r.b) < floorMs) return { ...r, ratio: 0 };
    if (r.ratio < best.ratio) best = r;
    if (r.ratio > 3 * limit && r.b >= NOISE_MS) farBeyond++;
    if (best.ratio <= limit || farBeyond === 2) break;
  }
  return best;
}

/** Pathological inputs of a given length, compared with article-like text of the same length. */
const pathological: [string, (n: number) => string][] = [
  ['straight quotation marks in a row', (n) => '"'.repeat(n)],
  ['opening curly quotes only', (n) => '“'.repeat(n)],
  ['every kind of mark, alternating', (n) => '“”"\'‘’«»„‹›'.repeat(Math.ceil(n / 11)).slice(0, n)],
  ['unclosed nested quotes', (n) => '“He said ‘that «she said „'.repeat(Math.ceil(n / 26)).slice(0, n)],
  ['nothing but cues', (n) => 'said '.repeat(Math.ceil(n / 5)).slice(0, n)],
  ['names and cues', (n) => 'Lopez said Hardy told Kerr according to '.repeat(Math.ceil(n / 40)).slice(0, n)],
  ['one name over and over', (n) => 'Senator Maria Lopez '.repeat(Math.ceil(n / 20)).slice(0, n)],
  ['short quotes with cues', (n) => '"No," he said. '.repeat(Math.ceil(n / 15)).slice(0, n)],
  ['weak cues in one sentence with no full stop, a quote at its end', (n) => `${'Acme signed a deal and Globex issued a plan and '.repeat(Math.ceil(n / 48)).slice(0, n - 25)} “We agree,” she said.`],
  ['one long word', (n) => 'a'.repeat(n)],
  // (Two characters before the paragraph: `variant` rewrites the first two of each run.)
  ['a label and a colon before a run of address-like words', (n) => `ok\n\nSenator Ann Hale: ${'a@a.'.repeat(Math.ceil(n / 4))}`.slice(0, n)],
  ['line breaks', (n) => '\n'.repeat(n)],
  ['full stops', (n) => '.'.repeat(n)],
  ['spaces', (n) => ' '.repeat(n)],
  ['capitalised words without punctuation', (n) => 'Lopez Hardy Kerr Okafor Meyer Ruiz '.repeat(Math.ceil(n / 36)).slice(0, n)],
  ['credited acts in one long quote', (n) => `“${'Ambassador Lee’s role in destabilizing Ukraine was clear. '.repeat(Math.ceil(n / 58)).slice(0, n - 20)}” Smith said.`],
  ['imperatives in one long quote', (n) => `“${'My message to Governor Jones is this: stop attacking us. '.repeat(Math.ceil(n / 57)).slice(0, n - 20)}” Smith said.`],
  ['a new unnamed source in every sentence', (n) => {
    const word = (k: number): string => { let w = ''; do { w += String.fromCharCode(97 + (k % 26)); k = Math.floor(k / 26); } while (k > 0); return `${w}ian`; };
    let text = '';
    for (let k = 0; text.length < n; k++) text += `The ${word(k)} delegates said the vote was close. `;
    return text.slice(0, n);
  }],
];

/**
 * Lengths: long enough that every pipeline input costs well above timer noise (an article of
 * 10k characters takes tens of milliseconds), short enough that the 35 comparisons stay about
 * a second each. A constant-factor blow-up shows at any length as the same-length ratio, and a
 * quadratic step as the 10 × series' ratio near 100: shorter inputs shrink the suite's time,
 * not what the tests can see.
 */
const SAME_LENGTH = 10_000;
const SHORT = 2_000;
const LONG = 20_000;
/** Under half the 50 ms of bestRatio's default floor: the long inputs are a quarter of 80k. */
const FLOOR_MS = 20;

describe('pathological input costs about what an article of the same length costs', () => {
  const length = SAME_LENGTH;
  const normal = articleOfLength(length);

  test.each(pathological)('%s: at most 5 × the time of an article', (_, make) => {
    const r = bestRatio(make(length), normal, 5);
    expect(r.ratio, `pathological ${r.a.toFixed(1)} ms vs article ${r.b.toFixed(1)} ms`).toBeLessThanOrEqual(5);
  });
});

describe('cost grows linearly with length', () => {
  test('a 10 × longer article costs at most 12 × the time', () => {
    const small = articleOfLength(3_000, 7);
    const large = articleOfLength(30_000, 7);
    const r = bestRatio(large, small, 12);
    expect(r.ratio, `30k chars ${r.a.toFixed(1)} ms vs 3k chars ${r.b.toFixed(1)} ms`).toBeLessThanOrEqual(12);
  });

  // 2k against 20k characters: large enough to show a quadratic step as a ratio near 100,
  // small enough that such a step fails in seconds rather than minutes.
  test.each(pathological)('10 × more %s costs at most 12 × the time', (_, make) => {
    const r = bestRatio(make(LONG), make(SHORT), 12, analyzeCost, 5, FLOOR_MS);
    expect(r.ratio, `${LONG / 1000}k chars ${r.a.toFixed(1)} ms vs ${SHORT / 1000}k chars ${r.b.toFixed(1)} ms`).toBeLessThanOrEqual(12);
  });
});

describe('the timing helper', () => {
  /** About n²/128 steps: 10 × the characters take 100 × the time. */
  const quadratic: Cost = (text) => {
    let n = 0;
    for (let i = 0; i < text.length; i += 8) for (let j = i; j < text.length; j += 8) n += text.charCodeAt(j) & 1;
    return n;
  };
  const linear: Cost = (text) => {
    let n = 0;
    for (let r = 0; r < 40; r++) for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
    return n;
  };

  test('measures a quadratic cost far above 12 for 10 × the length, so the tests above can fail', () => {
    expect(bestRatio('x'.repeat(50_000), 'x'.repeat(5_000), 12, quadratic, 5, FLOOR_MS).ratio).toBeGreaterThan(12);
  });

  test('measures a linear cost within 12 for 10 × the length', () => {
    expect(bestRatio('x'.repeat(1_000_000), 'x'.repeat(100_000), 12, linear, 3, 0).ratio).toBeLessThanOrEqual(12);
  });
});
