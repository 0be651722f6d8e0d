// The complement right after a cue word that the learned cues (the counted table `cues/learnedCues.ts` and the model `cues/cueModel.ts`, both from PolNeAR) say heads content ("defended the decision", "hoping to win", "attacks against the plan").
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import { complementAfter, cueModel, cueProbability, learnedKey, type ComplementClass } from '../cues/cueModel.js';
import { learnedCues, learnedHeads } from '../cues/learnedCues.js';
import type { CueMatch } from '../cues/matchCue.js';
import { WH_WORDS } from '../cues/verbClasses.data.js';
import { type OpenClause, objectPhrase, opensWithParticiple, spanUntilStop, NP_START } from './clauseReader.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { PERSON_NOUNS, ROLE_NOUNS } from '../../vocabulary/roles.js';
import { withoutTrailingTime } from './anchorComplement.js';
import { VERB_CUES } from '../cues/lexicon.js';
import { wordClass } from '../../util/wordClasses.js';

const VERB_CUES_BY_LEMMA: ReadonlySet<string> = new Set(VERB_CUES.map((v) => v.lemma));

/**
 * The share a construction of the counted table (`cues/learnedCues.ts`) needs to head content
 * right after it (measured on PolNeAR train; chosen on PolNeAR dev). The cue model
 * (`cues/cueModel.ts`) extends the table with its own threshold, stored with it.
 */
export const MIN_LEARNED_PRECISION = 0.25;
/** …and, for the bare object of a verb the lexicon lists, at least this (chosen on PolNeAR dev). */
const LISTED_OBJECT_PRECISION = 0.5;

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
  // A lexicon cue none of whose constructions read a clause here: the model may still read its
  // complement, but not for a say-verb (a row that takes quotes), whose object is no report ("said Monday", "told the paper").
  const listed = a.learned !== true && a.complement.includes('quote');
  if (key === null || learnedPrecision(tokens, a.first, listed) < MIN_LEARNED_PRECISION) return undefined;
  const complement = complementAfter(tokens, key.head);
  if (complement === null) return undefined;
  // A verb the lexicon lists, whose row does not make its bare object content ("defended the measure"),
  // needs a learned share as high as a lexicon cue's least confidence to take it.
  if (complement === 'np' && key.head === a.first && VERB_CUES_BY_LEMMA.has(key.lemma) && learnedPrecision(tokens, a.first, a.learned !== true) < LISTED_OBJECT_PRECISION) return undefined;
  const from = complement === 'that' || complement.startsWith('prep:') ? key.head + 2 : key.head + 1;
  if (from >= sentence.last) return undefined;
  if (complement === 'np' || complement.startsWith('prep:')) {
    const first = tokens[from]!;
    // "called for him", "asked about them": a person, not what was said.
    if (first.pos === 'PRON' && !POSSESSIVES.has(first.lower) && !WH_WORDS.has(first.lower)) return undefined;
    if (!NP_START.has(first.pos) && !(first.pos === 'VERB' && first.lower.endsWith('ing')) && !WH_WORDS.has(first.lower)) return undefined;
    if (WH_WORDS.has(tokens[from]!.lower)) return spanUntilStop(c, from);
    // ("would recall its ambassador", "summoned the envoys": a person named by a role is no report either.)
    if (complement === 'np' && personHead(tokens, from)) return undefined;
    // ("agreed on Monday", "met last week": a time is when, not what.)
    const object = objectPhrase(c, from, 1);
    return (object && withoutTrailingTime(tokens, from, object)) ?? undefined;
  }
  return spanUntilStop(c, from) ?? undefined;
}

/**
 * How sure the learned cues are that the word at token i heads content right after it: the
 * counted table's share (`cues/learnedCues.ts`) when it reaches `MIN_LEARNED_PRECISION`, or the
 * cue model's probability (`cues/cueModel.ts`) when it reaches the model's threshold; 0 otherwise.
 * `listed`: the word is a cue a lexicon row holds strongly, which the table alone may extend.
 * `row`: the lexicon's cue at i (`cueAt`) when the caller already has it (null: none).
 */
export function learnedPrecision(tokens: readonly Token[], i: number, listed = false, row?: CueMatch | null): number {
  const share = tableShare(tokens, i);
  // A word a lexicon row holds strongly keeps its row's reading: the model decides only for the others.
  const p = listed ? 0 : cueProbability(tokens, i, row);
  return Math.max(share >= MIN_LEARNED_PRECISION ? share : 0, p >= MODEL_THRESHOLD ? p : 0);
}

const MODEL_THRESHOLD = cueModel().model.threshold;

const headsLearnedCue = wordClass('lemma', learnedHeads);

/** The counted table's share of the construction at token i (its word and what follows it), 0 when none is counted. */
function tableShare(tokens: readonly Token[], i: number): number {
  if (!headsLearnedCue(tokens[i]!)) return 0;
  const key = learnedKey(tokens, i);
  if (key === null) return 0;
  const complement = complementAfter(tokens, key.head);
  return complement === null ? 0 : learnedCues().get(`${key.lemma}|${complement}`)?.precision ?? 0;
}

/** Is the noun phrase at token `from` headed by a role or a person's noun ("its ambassador from …", "the two envoys")? Its head is its last noun before a preposition or a stop (a role's plural counts). */
function personHead(tokens: readonly Token[], from: number): boolean {
  let head = -1;
  for (let k = from; k < from + 6 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') head = k;
    // ("the senator's warning": an owner is a determiner; the head comes after it.)
    else if (t.lower === "'s" || t.lower === '\u2019s') head = -1;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && !POSSESSIVES.has(t.lower)) break;
  }
  if (head < 0) return false;
  const word = tokens[head]!.lower;
  return ROLE_NOUNS.has(word) || PERSON_NOUNS.has(word) || (word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1)));
}
