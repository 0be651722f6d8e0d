import { z } from 'zod';
import data from '../data/wordVectors.json' with { type: 'json' };
import { VECTOR_DIGITS } from './vectorDigits.js';

/**
 * The word-vector table (src/data/wordVectors.json, made by scripts/derive-word-vectors.mjs from
 * pretrained GloVe vectors; origin in wordVectors.origin.json): `words` space-separated, `vectors`
 * their rows of `dims` values each, one character per value: a value quantised to 6 bits (−32..31)
 * is written as the character of the base64 alphabet at its value + 32, and read back × `scale`.
 * One character a value is a quarter smaller than base64 of bytes, and the features are means of
 * several words' vectors, which 64 levels serve as well as 256 (scripts/derive-word-vectors.mjs).
 */
export const WordVectorsData = z
  .object({
    format: z.literal('plaudit-word-vectors/1'),
    dims: z.number().int().positive(),
    scale: z.number().positive(),
    words: z.string(),
    vectors: z.string().regex(/^[A-Za-z0-9+/]*$/),
  })
  .refine((d) => d.vectors.length === (d.words ? d.words.split(' ').length : 0) * d.dims, {
    message: 'vectors must hold dims values for every word',
    path: ['vectors'],
  });
export type WordVectorsData = z.infer<typeof WordVectorsData>;

/** A decoded table: each word's row, and the rows one after the other. */
export interface WordVectors {
  readonly dims: number;
  /** Word → its row. */
  readonly rows: ReadonlyMap<string, number>;
  /** Value i of row r at `r * dims + i`. */
  readonly values: Float32Array;
}


/** Validates and decodes a table; a table that fails its schema is a packaging defect (throws `plaudit:`). */
export function loadWordVectors(raw: unknown): WordVectors {
  const parsed = WordVectorsData.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`plaudit: invalid word vectors: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const { dims, scale, words, vectors } = parsed.data;
  const level = new Float32Array(128);
  for (let i = 0; i < 64; i++) level[VECTOR_DIGITS.charCodeAt(i)] = (i - 32) * scale;
  const values = new Float32Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) values[i] = level[vectors.charCodeAt(i)]!;
  const rows = new Map<string, number>();
  if (words) words.split(' ').forEach((w, r) => rows.set(w, r));
  return { dims, rows, values };
}

let table: WordVectors | undefined;

/** The shipped table, decoded on first use and then kept: importing plaudit decodes nothing. */
export function wordVectors(): WordVectors {
  return (table ??= loadWordVectors(data));
}
