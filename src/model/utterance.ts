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

/**
 * - `topic`: an indirect utterance whose text is only the noun phrase a speech act was about —
 *   "criticised [the plan]", "called for [a ban]", "backed [the mayor]", "agreed with [the
 *   report]" — not words said. PolNeAR annotates such spans as the content of an attribution, so
 *   they stay in `utterances`; `formatAnalysis` lists them apart from what was said. A reported
 *   act that carries a stance ("Holt blamed the governor for the delays") is a topic utterance too
 *   when the holder says nothing else in its sentence, so that the stance has an utterance to hold it.
 */
export const UtteranceForm = z.enum(['topic']);
export type UtteranceForm = z.infer<typeof UtteranceForm>;

/** Who uttered the words: the entity, and the span the cue attaches to (a name, title, pronoun …). */
export const Speaker = EntityRef.extend({
  /** The words that name the speaker for this utterance ("Putin", "the Kremlin", "he"), UTF-16 code units, end exclusive; absent when the speaker is inferred from context. */
  mention: Span.optional().describe('The words that name the speaker for this utterance ("Putin", "the Kremlin", "he"), UTF-16 code units, end exclusive; absent when the speaker is inferred from context.'),
});
/**
 * Who uttered the words: entity id and name, and the mention that names them here.
 * @useDeclaredType
 */
export type Speaker = z.infer<typeof Speaker>;

/** Sentence-level sentiment of the utterance's own words (AFINN-165 plus the political lexicon). */
export const SentimentScore = z.object({
  /** Sum of the word valences inside the utterance (AFINN-165 scale, about -5..+5 per word, after negation and intensifiers); unbounded, 0 when no word scores. */
  score: z.number().describe('Sum of the word valences inside the utterance (AFINN-165 scale, about -5..+5 per word, after negation and intensifiers); unbounded, 0 when no word scores.'),
  /** `score` divided by the number of words, rounded to 3 decimals: comparable across lengths; 0 for no words. */
  comparative: z.number().describe('score divided by the number of words, rounded to 3 decimals: comparable across lengths; 0 for no words.'),
});
/**
 * Sentiment of an utterance's own words, whoever they are about: `score` (sum) and `comparative` (per word).
 * @useDeclaredType
 */
export type SentimentScore = z.infer<typeof SentimentScore>;

/** Words someone said, wrote, posted or is reported to have said, with who said them. */
export const Utterance = z.object({
  /** `u1`, `u2` …, numbered in text order; unique within one analysis. */
  id: z.string().describe('u1, u2 …, numbered in text order; unique within one analysis.'),
  /** Offset of the first character of the words, in UTF-16 code units (quotation marks excluded). */
  start: z.number().int().nonnegative().describe('Offset of the first character of the words, in UTF-16 code units (quotation marks excluded).'),
  /** Offset just after the last character (exclusive), in UTF-16 code units. */
  end: z.number().int().nonnegative().describe('Offset just after the last character (exclusive), in UTF-16 code units.'),
  /** Always `input.slice(start, end)`: the words inside the marks for quotes, the reported clause for indirect speech. */
  text: z.string().describe('Always input.slice(start, end): the words inside the marks for quotes, the reported clause for indirect speech.'),
  /** How the words are given: `direct`, `partial`, `embedded`, `post`, `turn` or `indirect` (see {@link UtteranceKind}). */
  kind: UtteranceKind.describe('How the words are given: direct, partial, embedded, post, turn or indirect.'),
  /** `topic` when the text is only what a speech act was about ("criticised [the plan]"), not words said (see {@link UtteranceForm}); absent for words said. */
  form: UtteranceForm.optional().describe('topic when the text is only what a speech act was about ("criticised [the plan]", "called for [a ban]"), not words said; absent for words said.'),
  /** Who said it; `null` when nobody can be named, and an issue then says why. */
  speaker: Speaker.nullable().describe('Who said it; null when nobody can be named, and an issue then says why.'),
  /**
   * Others named together with the speaker as the source ("Durbin and Schiff said …",
   * "Britain, France and Germany said …"): each of them holds the words too.
   */
  coSpeakers: z.array(Speaker).optional().describe('Others named together with the speaker as the source ("X and Y said …"): each of them holds the words too.'),
  /** The words that attribute the utterance ("said", "told", "according to", a transcript label …), UTF-16 code units, end exclusive. */
  cue: TextSpan.optional().describe('The words that attribute the utterance ("said", "told", "according to", a transcript label …), UTF-16 code units, end exclusive.'),
  /** For an embedded quote, or a partial quote inside reported speech: the id of the utterance around it. */
  parentId: z.string().optional().describe('For an embedded quote, or a partial quote inside reported speech: the id of the utterance around it.'),
  /** Sentiment of the utterance's own words, whoever they are about (the stances say toward whom). */
  sentiment: SentimentScore.describe("Sentiment of the utterance's own words, whoever they are about (the stances say toward whom)."),
  /**
   * How sure the attribution is, in [0, 1]; 0 when there is no speaker. A hand-set score per
   * attribution rule, not a calibrated probability: a quote with a speech verb next to it takes
   * the verb's confidence from the cue lexicon (up to 1 for plain speech verbs such as "told");
   * a transcript label gives 0.95, a speaker label inside the quote 0.9, a dash or colon label
   * 0.8, the speaker of the previous quote 0.75 in the same paragraph and 0.6 across paragraphs,
   * the last person named 0.55, the only candidate 0.4; an embedded quote takes its outer
   * quote's × 0.8 (same speaker) or × 0.6; reported speech the cue's confidence × 0.9 (named
   * subject), × 0.8 (subject inherited from an earlier clause) or × 0.6 (fallback). It orders
   * attributions by how direct their evidence is; it has not been fitted to annotated data, so
   * 0.9 does not mean 90 % of such attributions are right.
   */
  confidence: z.number().min(0).max(1).describe("How sure the attribution is, in [0, 1]; 0 without speaker. A hand-set score per attribution rule (the speech verb's lexicon confidence, transcript label 0.95, dash label 0.8 … only candidate 0.4), not a calibrated probability."),
});
/**
 * Words someone said, wrote, posted or is reported to have said, with who said them; offsets
 * in UTF-16 code units, end exclusive.
 * @useDeclaredType
 */
export type Utterance = z.infer<typeof Utterance>;
