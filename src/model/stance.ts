import { z } from 'zod';
import { EntityRef } from './entity.js';
import { Evidence, Span } from './span.js';

export const StancePolarity = z.enum(['praise', 'criticism', 'neutral']);
export type StancePolarity = z.infer<typeof StancePolarity>;

/** What the speaker of one utterance expresses toward one entity. */
export const Stance = z.object({
  id: z.string(),
  utteranceId: z.string(),
  source: EntityRef,
  target: EntityRef,
  polarity: StancePolarity,
  /** -1 (strongest criticism) .. 1 (strongest praise). */
  score: z.number().min(-1).max(1),
  /** The words that carry the stance, with their weights. */
  evidence: z.array(Evidence),
  /** The mention of the target the stance is about. */
  targetMention: Span.optional(),
  /** Article id, copied from the analysis so stances can be pooled across a corpus. */
  articleId: z.string().optional(),
  /** Article date (ISO 8601), when known. */
  date: z.string().optional(),
});
export type Stance = z.infer<typeof Stance>;

/** Sentiment toward one target, whoever holds it (the NewsMTSC task). */
export const TargetSentiment = z.object({
  polarity: z.enum(['positive', 'neutral', 'negative']),
  score: z.number().min(-1).max(1),
  evidence: z.array(Evidence),
});
export type TargetSentiment = z.infer<typeof TargetSentiment>;

/** Directed praise or criticism between two entities of one sentence. */
export const DirectedStance = z.object({
  /** Which of the two spans holds the stance; the other is its target. */
  source: z.enum(['a', 'b']),
  polarity: z.enum(['praise', 'criticism']),
  score: z.number().min(-1).max(1),
  evidence: z.array(Evidence),
});
export type DirectedStance = z.infer<typeof DirectedStance>;
