// The complement right after a cue word that the learned cue model (`cues/cueModel.ts`, trained on PolNeAR) says heads content ("defended the decision", "hoping to win", "attacks against the plan").
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import { complementAfter, cueModel, cueProbability, learnedKey, type ComplementClass } from '../cues/cueModel.js';
import { WH_WORDS } from '../cues/verbClasses.data.js';
import { type OpenClause, objectPhrase, opensWithParticiple, spanUntilStop, NP_START } from './clauseReader.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { VERB_CUES } from '../cues/lexicon.js';

const VERB_CUES_BY_LEMMA: ReadonlySet<string> = new Set(VERB_CUES.map((v) => v.lemma));

/**
 * Learned candidates at least this likely (the cue model's probability) to head content right
 * after them; the threshold was chosen on PolNeAR dev and is stored with the model.
 */
export const MIN_LEARNED_PRECISION = cueModel().model.threshold;
/** …and, for the bare object of a verb the lexicon lists, at least this (chosen on PolNeAR dev, stored with the model). */
export const LISTED_OBJECT_PRECISION = cueModel().model.listedObjectThreshold;

export { complementAfter, learnedKey, type ComplementClass };

/**
 * When no construction read the cue's clause: the complement right after the cue's first word
 * if the learned table says that word, with that kind of complement, heads content often
 * enough. An infinitive, a "that" clause or a question runs to the clause end; a noun phrase
 * or the object of a preposition is the object phrase. Undefined when nothing learned applies.
 */
export function learnedComplement(c: OpenClause): Span | null | undefined {
  const { seg, tokens, a, sentence } = c;
  // "Asked about the plan, the senator said …": an opening participle sets the scene of the main clause's report.
  if (opensWithParticiple(seg, a.first)) return undefined;
  const key = learnedKey(tokens, a.first);
  if (key === null || learnedPrecision(tokens, a.first) < MIN_LEARNED_PRECISION) return undefined;
  const complement = complementAfter(tokens, key.head);
  if (complement === null) return undefined;
  // A verb the lexicon lists, whose row does not make its bare object content ("defended the measure"),
  // needs a learned share as high as a lexicon cue's least confidence to take it.
  if (complement === 'np' && key.head === a.first && VERB_CUES_BY_LEMMA.has(key.lemma) && learnedPrecision(tokens, a.first) < LISTED_OBJECT_PRECISION) return undefined;
  const from = complement === 'that' || complement.startsWith('prep:') ? key.head + 2 : key.head + 1;
  if (from >= sentence.last) return undefined;
  if (complement === 'np' || complement.startsWith('prep:')) {
    const first = tokens[from]!;
    // "called for him", "asked about them": a person, not what was said.
    if (first.pos === 'PRON' && !POSSESSIVES.has(first.lower) && !WH_WORDS.has(first.lower)) return undefined;
    if (!NP_START.has(first.pos) && !(first.pos === 'VERB' && first.lower.endsWith('ing')) && !WH_WORDS.has(first.lower)) return undefined;
    if (WH_WORDS.has(tokens[from]!.lower)) return spanUntilStop(c, from);
    return objectPhrase(c, from, 1) ?? undefined;
  }
  return spanUntilStop(c, from) ?? undefined;
}

/** The learned cue model's probability that the word at token i heads content right after it (`cues/cueModel.ts`), 0 for no candidate. */
export function learnedPrecision(tokens: readonly Token[], i: number): number {
  return cueProbability(tokens, i);
}
