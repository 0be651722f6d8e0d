import { z } from 'zod';
import { stringIndex, type StringIndex } from '../../util/stringIndex.js';

/**
 * One format for every learned model of plaudit: a multinomial logistic regression stored as
 * data. `features` names the rows and `weights` holds, row after row, one integer per class
 * (the weight × `scale`): flat integer arrays keep the JSON small and cheap to parse, and let the
 * type checker see `number[]` rather than a literal type with thousands of keys.
 *
 * `extractor` names the feature function and records a fingerprint of what it produces on a few
 * fixed probe sentences: a test recomputes it, so a model can never silently run on features it
 * was not trained on. `origin` says where the numbers come from (script, data, seeds,
 * hyper-parameters, the validation figure).
 */
export const LinearModelData = z
  .object({
    format: z.literal('plaudit-linear-model/1'),
    name: z.string().min(1),
    classes: z.array(z.string().min(1)).min(2),
    extractor: z.object({ name: z.string().min(1), fingerprint: z.string().regex(/^[0-9a-f]{8}$/) }),
    origin: z.object({
      script: z.string(),
      data: z.string(),
      licence: z.string(),
      date: z.string(),
      seeds: z.array(z.number().int()),
      hyperParameters: z.record(z.string(), z.union([z.number(), z.string()])),
      validation: z.object({ data: z.string(), macroF1: z.number(), f1: z.record(z.string(), z.number()) }),
    }),
    scale: z.number().positive(),
    features: z.array(z.string()),
    weights: z.array(z.number().int()),
  })
  .refine((m) => m.weights.length === m.features.length * m.classes.length, {
    message: 'weights must hold one integer per class for every feature',
    path: ['weights'],
  })
  .refine((m) => new Set(m.features).size === m.features.length, { message: 'features must be unique', path: ['features'] });
export type LinearModelData = z.infer<typeof LinearModelData>;

/**
 * A loaded model, ready to score: the row of each feature, and the weights row after row in one
 * array (one per class). One flat array, not a small array per feature: a score reads a few dozen
 * rows scattered over tens of thousands, and each separate array was one more memory access.
 */
export interface LinearModel {
  readonly name: string;
  readonly classes: readonly string[];
  readonly extractor: LinearModelData['extractor'];
  readonly origin: LinearModelData['origin'];
  /** Feature → its row (a compact index: a score looks up every feature of a vector, most unknown). */
  readonly rows: StringIndex;
  /** The weight of class c in row r at `r * classes.length + c`. */
  readonly weights: Float64Array;
}

/** The weight of `feature` for class `c`, undefined for a feature the model does not know. */
export function weightOf(model: LinearModel, feature: string, c: number): number | undefined {
  const row = model.rows.get(feature);
  return row === undefined ? undefined : model.weights[row * model.classes.length + c];
}

/**
 * Validates model data with its schema and builds the lookup table. A model that fails its schema
 * is a packaging defect, not bad input: it throws a `plaudit:` error.
 */
export function loadLinearModel(data: unknown): LinearModel {
  const parsed = LinearModelData.safeParse(data);
  if (!parsed.success) {
    throw new Error(`plaudit: invalid model data: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const m = parsed.data;
  const weights = new Float64Array(m.weights.length);
  for (let x = 0; x < weights.length; x++) weights[x] = m.weights[x]! / m.scale;
  const rows = stringIndex(m.features);
  return { name: m.name, classes: m.classes, extractor: m.extractor, origin: m.origin, rows, weights };
}

/** A model loaded from its data on first use, then kept: importing plaudit validates nothing. */
export function lazyModel(data: unknown): () => LinearModel {
  let model: LinearModel | undefined;
  return () => (model ??= loadLinearModel(data));
}

/** Class probabilities (softmax of the summed weights) of a sparse feature vector. */
export function scoreLinear(model: LinearModel, values: ReadonlyMap<string, number>): number[] {
  const k = model.classes.length;
  const z = new Array<number>(k).fill(0);
  const { rows, weights } = model;
  // (forEach, in the same insertion order: a for…of over the entries built a [key, value] pair per feature.)
  values.forEach((v, f) => {
    const row = rows.get(f);
    if (row === undefined) return;
    for (let c = 0; c < k; c++) z[c]! += weights[row * k + c]! * v;
  });
  // (Loops, in the same order of operations as max/map/reduce: the same doubles, no closures.)
  let m = -Infinity;
  for (let c = 0; c < k; c++) if (z[c]! > m) m = z[c]!;
  let s = 0;
  for (let c = 0; c < k; c++) s += z[c] = Math.exp(z[c]! - m);
  for (let c = 0; c < k; c++) z[c] = z[c]! / s;
  return z;
}

/** Index of the largest value (the first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * FNV-1a hash (8 hex digits) of feature vectors, keys sorted and values rounded: the fingerprint
 * of an extractor on its probe sentences.
 */
export function fingerprint(vectors: readonly ReadonlyMap<string, number>[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const v of vectors) {
    for (const k of [...v.keys()].sort()) feed(`${k}=${Math.round(v.get(k)! * 1000)};`);
    feed('|');
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
