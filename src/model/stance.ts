import { z } from 'zod';
import { EntityRef } from './entity.js';
import { Evidence, Span } from './span.js';

/** `praise` (score > 0), `criticism` (score < 0) or `neutral` (the speaker talks about the target without evaluating it; score 0). */
export const StancePolarity = z.enum(['praise', 'criticism', 'neutral']);
export type StancePolarity = z.infer<typeof StancePolarity>;

/** What the speaker of one utterance expresses toward one entity. */
export const Stance = z.object({
  /** `s1`, `s2` …, in text order; unique within one analysis. */
  id: z.string().describe('s1, s2 …, in text order; unique within one analysis.'),
  /** The `id` of the utterance that carries the stance. */
  utteranceId: z.string().describe('The id of the utterance that carries the stance.'),
  /** Who holds the stance: the utterance's speaker. */
  source: EntityRef.describe("Who holds the stance: the utterance's speaker."),
  /** Whom the stance is about: an entity mentioned in the utterance or addressed by it. */
  target: EntityRef.describe('Whom the stance is about: an entity mentioned in the utterance or addressed by it.'),
  /** `praise`, `criticism` or `neutral`; the sign of `score`. */
  polarity: StancePolarity.describe('praise, criticism or neutral; the sign of score.'),
  /**
   * Strength in [-1, 1]: -1 strongest criticism, 1 strongest praise, 0 for a neutral stance.
   * The weighed sum of the words that score toward the target ÷ 5, clamped (a sum under 1 in
   * absolute value is neutral): a strong word of the lexicon (valence ±5) alone reaches ±1.
   * A lexicon score, not a probability, and not calibrated against annotated data.
   */
  score: z.number().min(-1).max(1).describe('Strength in [-1, 1]: -1 strongest criticism, 1 strongest praise, 0 neutral; the sum of evidence weights ÷ 5, clamped. A lexicon score, not a probability.'),
  /** The words that carry the stance, with their signed weights (only those of the stance's sign); empty for a neutral stance. */
  evidence: z.array(Evidence).describe('The words that carry the stance, with their signed weights; empty for a neutral stance.'),
  /** The mention of the target the stance is about (UTF-16 code units, end exclusive). */
  targetMention: Span.optional().describe('The mention of the target the stance is about (UTF-16 code units, end exclusive).'),
  /** Article id, copied from the analysis so stances can be pooled across a corpus. */
  articleId: z.string().optional().describe('Article id, copied from the analysis so stances can be pooled across a corpus.'),
  /** Article date (ISO 8601), when known. */
  date: z.string().optional().describe('Article date (ISO 8601), when known.'),
});
/**
 * What the speaker of one utterance expresses toward one entity: polarity, score in [-1, 1] and
 * the words that carry it.
 * @useDeclaredType
 */
export type Stance = z.infer<typeof Stance>;

/** Sentiment toward one target, whoever holds it (the NewsMTSC task). */
export const TargetSentiment = z.object({
  /** `positive`, `neutral` or `negative`: the sign of `score`. */
  polarity: z.enum(['positive', 'neutral', 'negative']).describe('positive, neutral or negative: the sign of score.'),
  /** Strength in [-1, 1], negative to positive; 0 when nothing scores. A lexicon and model score, not a probability. */
  score: z.number().min(-1).max(1).describe('Strength in [-1, 1], negative to positive; 0 when nothing scores. A lexicon and model score, not a probability.'),
  /** The words that carry the sentiment, with their signed weights. */
  evidence: z.array(Evidence).describe('The words that carry the sentiment, with their signed weights.'),
});
/**
 * Sentiment toward one target, whoever holds it: polarity, score in [-1, 1], evidence.
 * @useDeclaredType
 */
export type TargetSentiment = z.infer<typeof TargetSentiment>;

/** Directed praise or criticism between two entities of one sentence. */
export const DirectedStance = z.object({
  /** Which of the two spans holds the stance; the other is its target. */
  source: z.enum(['a', 'b']).describe('Which of the two spans holds the stance; the other is its target.'),
  /** `praise` or `criticism` (a neutral pair gives `null`, not a stance). */
  polarity: z.enum(['praise', 'criticism']).describe('praise or criticism (a neutral pair gives null, not a stance).'),
  /** Strength in [-1, 1]: negative criticism, positive praise. A lexicon score, not a probability. */
  score: z.number().min(-1).max(1).describe('Strength in [-1, 1]: negative criticism, positive praise. A lexicon score, not a probability.'),
  /** The words that carry the stance, with their signed weights. */
  evidence: z.array(Evidence).describe('The words that carry the stance, with their signed weights.'),
});
/**
 * Directed praise or criticism between two entities of one sentence.
 * @useDeclaredType
 */
export type DirectedStance = z.infer<typeof DirectedStance>;
