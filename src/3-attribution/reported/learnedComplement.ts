// The complement right after a cue word where PolNeAR's training data shows content to start ("defended the decision", "hoping to win", "attacks against the plan").
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import { learnedCues, learnedHeads } from '../cues/learnedCues.js';
import { WH_WORDS } from '../cues/verbClasses.data.js';
import { type OpenClause, objectPhrase, opensWithParticiple, spanUntilStop, NP_START } from './clauseReader.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { VERB_CUES } from '../cues/lexicon.js';

const VERB_CUES_BY_LEMMA: ReadonlySet<string> = new Set(VERB_CUES.map((v) => v.lemma));

/**
 * Learned constructions at least this likely to head content right after them (the share
 * measured on PolNeAR train; the value was chosen on PolNeAR dev).
 */
export const MIN_LEARNED_PRECISION = 0.25;
/** …and, for the bare object of a verb the lexicon lists, at least this (chosen on PolNeAR dev). */
export const LISTED_OBJECT_PRECISION = 0.5;

/** What follows a cue word: "to" and a verb, "that", a question word, a preposition, a noun phrase or gerund. */
export type ComplementClass = 'to' | 'that' | 'wh' | 'np' | `prep:${string}`;

/**
 * The class of what follows token `head` (the cue verb, or the preposition after a cue noun),
 * or null when nothing a complement could start with follows in its sentence. The learning
 * script (`scripts/learn-cues.mjs`) counts with this same function.
 */
export function complementAfter(tokens: readonly Token[], head: number): ComplementClass | null {
  const n = tokens[head + 1];
  if (!n || n.sentence !== tokens[head]!.sentence) return null;
  const then = tokens[head + 2];
  if (n.lower === 'to' && (then?.pos === 'VERB' || then?.pos === 'AUX')) return 'to';
  if (n.lower === 'that') return 'that';
  if (WH_WORDS.has(n.lower)) return 'wh';
  if (n.pos === 'ADP') return /^[a-z]+$/.test(n.lower) ? `prep:${n.lower}` : null;
  if (NP_START.has(n.pos) || (n.pos === 'VERB' && n.lower.endsWith('ing'))) return 'np';
  return null;
}

/**
 * The key of the cue word at i in the learned table, and the token its complement follows:
 * a verb by its lemma ("defend"), a noun by its lemma and the preposition after it ("attack
 * against"). Null for other words.
 */
export function learnedKey(tokens: readonly Token[], i: number): { readonly lemma: string; readonly head: number } | null {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return { lemma: t.lemma, head: i };
  const p = tokens[i + 1];
  if (t.pos === 'NOUN' && p?.pos === 'ADP' && p.sentence === t.sentence) return { lemma: `${t.lemma} ${p.lower}`, head: i + 1 };
  return null;
}

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
  const complement = complementAfter(tokens, key.head)!;
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

/** The learned share of the construction at token i (its word and what follows it), 0 when none is learned. */
export function learnedPrecision(tokens: readonly Token[], i: number): number {
  if (!learnedHeads().has(tokens[i]!.lemma)) return 0;
  const key = learnedKey(tokens, i);
  if (key === null) return 0;
  const complement = complementAfter(tokens, key.head);
  return complement === null ? 0 : learnedCues().get(`${key.lemma}|${complement}`)?.precision ?? 0;
}
