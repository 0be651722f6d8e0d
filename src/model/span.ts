import { z } from 'zod';

/**
 * A range of the original input: `text.slice(start, end)`. Offsets count UTF-16 code units (what
 * JavaScript string indices count; an emoji outside the Basic Multilingual Plane is two), from 0;
 * `end` is exclusive, so `end - start` is the length and an empty span has `start === end`.
 */
export const Span = z.object({
  /** Offset of the first code unit, in UTF-16 code units from the start of the input (0-based). */
  start: z.number().int().nonnegative().describe('Offset of the first code unit, in UTF-16 code units from the start of the input (0-based).'),
  /** Offset just after the last code unit (exclusive), in UTF-16 code units; `start <= end <= input length`. */
  end: z.number().int().nonnegative().describe('Offset just after the last code unit (exclusive), in UTF-16 code units; start <= end <= input length.'),
});
/**
 * A range of the original input: `text.slice(start, end)`, offsets in UTF-16 code units, end exclusive.
 * @useDeclaredType
 */
export type Span = z.infer<typeof Span>;

/** A span together with the text it covers, for evidence that a reader can check. */
export const TextSpan = Span.extend({
  /** Always `input.slice(start, end)`. */
  text: z.string().describe('Always input.slice(start, end).'),
});
/**
 * A span (UTF-16 code units, end exclusive) with the text it covers.
 * @useDeclaredType
 */
export type TextSpan = z.infer<typeof TextSpan>;

/** Words that carried a score: the span, its text and its signed weight. */
export const Evidence = TextSpan.extend({
  /**
   * Signed contribution of these words to the score, after negation, intensifiers and hedges:
   * positive for praise, negative for criticism. Lexicon valences run from about -5 to +5
   * (AFINN-165 scale); a stance's score comes from their sum (÷ 5, clamped to [-1, 1]).
   */
  weight: z.number().describe('Signed contribution of these words to the score (lexicon valence after negation, intensifiers and hedges, about -5..+5): positive praise, negative criticism.'),
});
/**
 * Words that carried a score: span (UTF-16, end exclusive), text and signed weight.
 * @useDeclaredType
 */
export type Evidence = z.infer<typeof Evidence>;
