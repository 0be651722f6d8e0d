/**
 * Cues learned from PolNeAR's training split: src/data/learnedCues.json, written by
 * `node scripts/learn-cues.mjs` (its `origin` records the split, the thresholds and the counts).
 * Each entry is a verb lemma ("defend") or a noun and its preposition ("criticism of") with the
 * share of its occurrences that head an attribution whose content is the complement right after
 * it. Do not edit the JSON by hand: regenerate it.
 *
 * The file is bundled into dist/ by tsup and checked against its schema once, on first use.
 */
import { z } from 'zod';
import data from '../../data/learnedCues.json' with { type: 'json' };

export const LearnedCue = z.object({
  lemma: z.string().regex(/^[a-z][a-z -]*$/),
  /** What follows the word: "to" and a verb, "that", a question word, a preposition ("prep:about"), a noun phrase ("np"). */
  complement: z.string().regex(/^(to|that|wh|np|prep:[a-z]+)$/),
  form: z.enum(['verb', 'noun']),
  support: z.number().int().positive(),
  hits: z.number().int().nonnegative(),
  precision: z.number().min(0).max(1),
});
export type LearnedCue = z.infer<typeof LearnedCue>;
export const LearnedCues = z.object({
  origin: z.object({ generatedBy: z.string(), data: z.string(), thresholds: z.object({ minSupport: z.number(), minPrecision: z.number() }) }).passthrough(),
  cues: z.array(LearnedCue),
});

let table: ReadonlyMap<string, LearnedCue> | undefined;
let lemmas: ReadonlySet<string> | undefined;

/** The first words of the learned table's lemmas ("defend", "attack" of "attack against"): a quick test before a key is built. */
export function learnedHeads(): ReadonlySet<string> {
  if (lemmas === undefined) lemmas = new Set([...learnedCues().values()].map((c) => c.lemma.split(' ')[0]!));
  return lemmas;
}

/** The learned cues by lemma and complement ("defend|np", "hope|to", "attack against|np"), validated on the first call. */
export function learnedCues(): ReadonlyMap<string, LearnedCue> {
  if (table === undefined) {
    const result = LearnedCues.safeParse(data);
    if (!result.success) throw new Error(`plaudit: src/data/learnedCues.json does not match its schema: ${result.error.message}`);
    table = new Map(result.data.cues.map((c) => [`${c.lemma}|${c.complement}`, Object.freeze(c)]));
  }
  return table;
}
