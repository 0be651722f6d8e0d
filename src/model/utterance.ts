import { z } from 'zod';
import { EntityRef } from './entity.js';
import { Span, TextSpan } from './span.js';

/**
 * - `direct`: a whole quoted sentence or more
 * - `partial`: a quoted fragment inside the writer's own sentence
 * - `embedded`: a quote inside a quote (`parentId` names the outer one)
 * - `post`: a quoted social-media post
 * - `turn`: one speaker's turn in a transcript, label left out
 * - `indirect`: reported speech, belief or intention without quotation marks
 */
export const UtteranceKind = z.enum(['direct', 'partial', 'embedded', 'post', 'turn', 'indirect']);
export type UtteranceKind = z.infer<typeof UtteranceKind>;

/** Who uttered the words: the entity, and the span the cue attaches to (a name, title, pronoun …). */
export const Speaker = EntityRef.extend({ mention: Span.optional() });
export type Speaker = z.infer<typeof Speaker>;

/** Sentence-level sentiment of the utterance's own words (AFINN-165 plus the political lexicon). */
export const SentimentScore = z.object({ score: z.number(), comparative: z.number() });
export type SentimentScore = z.infer<typeof SentimentScore>;

export const Utterance = z.object({
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Always `input.slice(start, end)`: the words inside the marks for quotes, the reported clause for indirect speech. */
  text: z.string(),
  kind: UtteranceKind,
  /** `null` when nobody can be named; an issue then says why. */
  speaker: Speaker.nullable(),
  /**
   * Others named together with the speaker as the source ("Durbin and Schiff said …",
   * "Britain, France and Germany said …"): each of them holds the words too.
   */
  coSpeakers: z.array(Speaker).optional(),
  /** The words that attribute the utterance ("said", "told", "according to", a transcript label …). */
  cue: TextSpan.optional(),
  /** For an embedded quote: the id of the quote around it. */
  parentId: z.string().optional(),
  sentiment: SentimentScore,
  /** 0..1: how sure the attribution is. */
  confidence: z.number().min(0).max(1),
});
export type Utterance = z.infer<typeof Utterance>;
