import { PlauditError } from '../model/errors.js';
import type { PraiseGraph, PraiseGraphOptions } from '../model/graph.js';
import { describe } from '../model/options.js';
import { asymmetryIndex, type Counts } from './asymmetryDefinition.js';
import { collectStances, type PraiseGraphInput } from './collectStances.js';
import { pairEdges, requirePair } from './findNode.js';
import { seededRandom } from './random.js';
import type { AsymmetryBounds } from './asymmetry.js';

/** A percentile bootstrap interval around the asymmetry index: the bounds with the index itself. */
export interface AsymmetryInterval extends AsymmetryBounds {
  /** The asymmetry index on all the data (as `asymmetry()` gives it); `null` without praise or criticism either way. */
  readonly index: number | null;
}

/** How the bootstrap interval is drawn; shared by `bootstrapAsymmetry`, `asymmetry` and `asymmetries`. */
export interface IntervalOptions {
  /** Resamples drawn. Default 1000. */
  readonly samples?: number;
  /** Seed of the generator: the same seed gives the same interval. Default 1. */
  readonly seed?: number;
  /** Coverage of the interval, in (0, 1). Default 0.95. */
  readonly level?: number;
}

export interface BootstrapOptions extends PraiseGraphOptions, IntervalOptions {}

/** The interval options with their defaults, checked: bad values are a `PlauditError`. */
export function resolveIntervalOptions(options: IntervalOptions): Required<IntervalOptions> {
  const { samples = 1000, seed = 1, level = 0.95 } = options;
  if (!Number.isInteger(samples) || samples < 1 || samples > 10_000_000) {
    throw new PlauditError('invalid-options', `plaudit: bootstrap samples must be an integer from 1 to 10,000,000, got ${describe(samples)}`);
  }
  if (!Number.isInteger(seed)) throw new PlauditError('invalid-options', `plaudit: bootstrap seed must be an integer, got ${describe(seed)}`);
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw new PlauditError('invalid-options', `plaudit: bootstrap level must be a number between 0 and 1, got ${describe(level)}`);
  }
  return { samples, seed, level };
}

/** Counts of one resampling unit: praise, criticism, neutral a→b, then b→a. */
export interface Unit {
  pa: number; ca: number; na: number;
  pb: number; cb: number; nb: number;
}

/**
 * A seeded, deterministic bootstrap confidence interval for `asymmetry(graph, a, b).index`.
 *
 * The units resampled are the utterances that carry a stance between `a` and `b` in either
 * direction: one utterance often carries several stances, and they stand or fall together. Given
 * analyses or stances, utterances are known (`articleId:utteranceId`); a graph keeps only counts,
 * so there each stance is its own unit. Each resample draws as many units as there are, with
 * replacement, and recomputes the index; the interval is the central `level` share of the
 * resampled indexes (percentile method, linear interpolation).
 *
 * A resample without praise or criticism either way counts as index 0. Without evidence the
 * interval is [0, 0], with `units: 0` and `index: null`. With one unit it is that unit's index on
 * both sides: a bootstrap cannot see variation it has no data for. A name the graph lacks is a
 * `PlauditError` (`unknown-entity`, with near matches), and so is one entity named twice.
 *
 * @example
 * bootstrapAsymmetry(analyses, 'Trump', 'Putin', { samples: 2000, seed: 7 });
 * // { index: 0.5, low: 0.25, high: 0.75, level: 0.95, samples: 2000, seed: 7, units: 6 }
 */
export function bootstrapAsymmetry(
  input: PraiseGraph | PraiseGraphInput,
  a: string,
  b: string,
  options: BootstrapOptions = {},
): AsymmetryInterval {
  const { samples: _s, seed: _seed, level: _l, ...graphOptions } = options;
  const { samples, seed, level } = resolveIntervalOptions(options);
  const units = isGraph(input) ? graphUnits(input, a, b) : stanceUnits(input, a, b, graphOptions);
  const { low, high } = bootstrapUnits(units, { samples, seed, level });
  return { index: indexOf(units), low, high, level, samples, seed, units: units.length };
}

/**
 * The percentile interval of the index over `samples` resamples of `units`. A resample without
 * praise or criticism either way counts as index 0 (nothing to tell the two apart). No units
 * give [0, 0].
 */
export function bootstrapUnits(units: readonly Unit[], options: Required<IntervalOptions>): { low: number; high: number } {
  const { samples, seed, level } = options;
  if (units.length === 0) return { low: 0, high: 0 };
  const random = seededRandom(seed);
  const draws = new Float64Array(samples);
  const n = units.length;
  // counts in one typed array, six per unit: the inner loop runs samples × units times
  const counts = new Int32Array(n * 6);
  units.forEach((u, j) => counts.set([u.pa, u.ca, u.na, u.pb, u.cb, u.nb], j * 6));
  for (let k = 0; k < samples; k++) {
    let pa = 0, ca = 0, na = 0, pb = 0, cb = 0, nb = 0;
    for (let j = 0; j < n; j++) {
      const o = Math.floor(random() * n) * 6;
      pa += counts[o]!; ca += counts[o + 1]!; na += counts[o + 2]!;
      pb += counts[o + 3]!; cb += counts[o + 4]!; nb += counts[o + 5]!;
    }
    draws[k] = indexOf([{ pa, ca, na, pb, cb, nb }]) ?? 0;
  }
  draws.sort();
  const alpha = (1 - level) / 2;
  return { low: quantile(draws, alpha), high: quantile(draws, 1 - alpha) };
}

function indexOf(units: readonly Unit[]): number | null {
  let pa = 0, ca = 0, pb = 0, cb = 0;
  for (const u of units) {
    pa += u.pa; ca += u.ca;
    pb += u.pb; cb += u.cb;
  }
  return asymmetryIndex({ net: pa - ca, polar: pa + ca }, { net: pb - cb, polar: pb + cb });
}

/** Type-7 quantile (linear interpolation between order statistics) of sorted values. */
function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function isGraph(x: unknown): x is PraiseGraph {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Array.isArray((x as PraiseGraph).nodes) && Array.isArray((x as PraiseGraph).edges);
}

function graphUnits(graph: PraiseGraph, a: string, b: string): Unit[] {
  const [na, nb] = requirePair(graph, a, b, 'bootstrapAsymmetry');
  const [ab, ba] = pairEdges(graph, na, nb);
  return edgeUnits(ab, ba);
}

/** Each stance of the edges a→b and b→a as its own unit: what a graph, which keeps only counts, allows. */
export function edgeUnits(ab: Counts, ba: Counts): Unit[] {
  const units: Unit[] = [];
  const push = (count: number, unit: Unit): void => {
    for (let i = 0; i < count; i++) units.push(unit);
  };
  const zero = { pa: 0, ca: 0, na: 0, pb: 0, cb: 0, nb: 0 };
  push(ab?.praise ?? 0, { ...zero, pa: 1 });
  push(ab?.criticism ?? 0, { ...zero, ca: 1 });
  push(ab?.neutral ?? 0, { ...zero, na: 1 });
  push(ba?.praise ?? 0, { ...zero, pb: 1 });
  push(ba?.criticism ?? 0, { ...zero, cb: 1 });
  push(ba?.neutral ?? 0, { ...zero, nb: 1 });
  return units;
}

function stanceUnits(input: PraiseGraphInput, a: string, b: string, options: PraiseGraphOptions): Unit[] {
  const { nodes, records } = collectStances(input, Object.keys(options).length ? options : undefined);
  const graph = { nodes, edges: [] };
  const [na, nb] = requirePair(graph, a, b, 'bootstrapAsymmetry');
  const ia = nodes.indexOf(na);
  const ib = nodes.indexOf(nb);
  const byUtterance = new Map<string, Unit>();
  for (const r of records) {
    const forward = r.source === ia && r.target === ib;
    const backward = r.source === ib && r.target === ia;
    if (!forward && !backward) continue;
    let u = byUtterance.get(r.utterance);
    if (!u) byUtterance.set(r.utterance, (u = { pa: 0, ca: 0, na: 0, pb: 0, cb: 0, nb: 0 }));
    const which = r.polarity === 'praise' ? 'p' : r.polarity === 'criticism' ? 'c' : 'n';
    u[`${which}${forward ? 'a' : 'b'}` as keyof Unit]++;
  }
  return [...byUtterance.values()];
}
