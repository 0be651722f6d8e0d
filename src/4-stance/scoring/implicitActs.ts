import type { Token } from '../../adapters/wink.js';
import { ACT_BRIDGES, CAUSE_ACTS, DENYING_BRIDGES, DIRECTIVE_VERBS, DOER_ACTS, MODALS, PERPETRATING, RESPONDED_VOICES, RESPONDING, STRATAGEMS } from '../../vocabulary/stanceVerbs.js';
import type { AssignedHit, MentionSlot } from '../assignHits.js';
import { wordScore, type Hit } from '../lexicon.js';
import type { Accumulators } from './accumulate.js';
import { GENITIVE_MARKS, SUBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import { QUOTE_MARKS } from './punctuation.js';
import { ATTITUDE_NOUNS } from '../../vocabulary/stanceWords.js';
import type { UtteranceReading } from './targets.js';
import { relativeHead } from './relativeObject.js';

/** Acts read as implicit praise or criticism weigh this much of their listed weight (they are not evaluative words). */
const IMPLICIT = 0.8;

/**
 * A care act denied ("X did not listen", "X refused to help", "X failed to deliver") weighs this
 * much of its listed weight, against the doer: a complaint, not an evaluative word.
 */
const DENIED = 0.6;

/** Listed weight of causing a harm ("X fuelled the violence"; times IMPLICIT, like DOER_ACTS), in AFINN units. */
const CAUSED = -2.5;

/** Listed weight of answering a voice of others ("heard the demands of …"; times IMPLICIT), as "listen" in DOER_ACTS. */
const RESPONDED = 2;

/** How many tokens after a cause verb its object may hold the harm: "contributed to the suffering". */
export const OBJECT_REACH = 5;

/**
 * Step 4b, implicitActs: a target that does harm or shows care in the speaker's words is judged by
 * the act ("X keeps blocking the aid", "the aid that X keeps blocking", "X has chosen to silence
 * its critics" against X; "X listened to the families" for X). The doer is the target mention right before the verb group: only auxiliaries, bridge verbs
 * ("keep", "choose … to") and adverbs between. A denied care act ("X did not listen", "X refused
 * to help") counts against the doer; a denied harm ("X did not block …") judges no one. Causing a
 * harm ("X fuelled the violence", CAUSE_ACTS) judges the doer too, and so does answering a voice
 * of others ("X heard the demands of the tenants", "X heeded their concerns": RESPONDING with
 * RESPONDED_VOICES in its object) for the doer. Offering no plan ("did not offer any proposal")
 * is not read. An act whose token already scored for the same target
 * (as the target's or as the holder's), or an act of the speaker's own, judges no one.
 */
export function implicitActs(tokens: readonly Token[], r: UtteranceReading, assigned: readonly AssignedHit[], accs: Accumulators): void {
  const scored = scoredKeys(assigned, true);
  for (let i = r.uf; i < r.ul; i++) {
    const t = tokens[i]!;
    if (r.skip?.(i)) continue;
    const act = actAt(tokens, i, r.ul);
    if (act === undefined) continue;
    if (passive(tokens, i, r.uf)) continue;
    const doer = doerBefore(tokens, i, r.targets, r.uf) ?? adjunctDoer(tokens, i, r.targets, r.uf);
    if (!doer || scored.has(`${i}|${doer.slot.key}`)) continue;
    const w = actValue(act, t.negated || doer.denied);
    if (w !== 0) accs.add(doer.slot, { first: i, last: i + 1 }, w);
  }
}

/**
 * Step 4b', harmsBy: a harm named as done by a target in the passive: "the abuses committed by X",
 * "the chaos caused by X", "the suffering inflicted by X" (a negative noun of the lexicon, the
 * verb of CAUSE_ACTS or PERPETRATING right after it, then "by" and the target). Judges the agent
 * like a caused harm (CAUSED). A harm already credited to the agent is not counted twice.
 */
export function harmsBy(tokens: readonly Token[], r: UtteranceReading, assigned: readonly AssignedHit[], accs: Accumulators): void {
  let scored: Set<string> | undefined;
  for (let i = r.uf + 1; i < r.ul; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !(CAUSE_ACTS.has(t.lemma) || PERPETRATING.has(t.lemma)) || t.negated || r.skip?.(i) || !/ed$/.test(t.lower)) continue;
    const noun = tokens[i - 1]!;
    if (noun.pos !== 'NOUN' || !harmNoun(noun)) continue;
    const agent = agentOf(tokens, { last: i + 1 }, r.targets);
    // (The keys already credited are read only when a harm is found: most utterances have none.)
    scored ??= scoredKeys(assigned, true);
    if (!agent || scored.has(`${i - 1}|${agent.key}`) || scored.has(`${i}|${agent.key}`)) continue;
    accs.add(agent, { first: i - 1, last: i + 1 }, CAUSED * IMPLICIT);
  }
}

/** What an act says of its doer: a care act denied counts against, a harm denied not at all. */
function actValue(weight: number, denied: boolean): number {
  if (!denied) return weight * IMPLICIT;
  return weight > 0 ? -weight * DENIED : 0;
}

/**
 * The keys `token|target` of the hits already credited to a target (and, with `holders`, to
 * their holders), so that a step does not count the same token for the same mention twice.
 */
function scoredKeys(assigned: readonly AssignedHit[], holders = false): Set<string> {
  const keys = new Set<string>();
  for (const h of assigned) {
    keys.add(`${h.hit.first}|${h.target.key}`);
    if (holders && h.holder) keys.add(`${h.hit.first}|${h.holder.key}`);
  }
  return keys;
}

/** "X has been undermined", "X was ignored": the mention before a passive verb is its patient, not its doer. */
function passive(tokens: readonly Token[], v: number, from: number): boolean {
  if (/ing$/.test(tokens[v]!.lower)) return false;
  let k = v - 1;
  while (k >= from && tokens[k]!.pos === 'ADV') k--;
  const aux = tokens[k];
  return aux !== undefined && k >= from && (aux.lemma === 'be' || aux.lemma === 'get');
}

/**
 * The weight of the act at token i: a listed act (DOER_ACTS), causing a harm (CAUSE_ACTS) or
 * answering a voice of others (RESPONDING, RESPONDED_VOICES).
 */
function actAt(tokens: readonly Token[], i: number, to: number): number | undefined {
  const w = actWeight(tokens, i);
  if (w !== undefined) return w;
  const t = tokens[i]!;
  if (t.pos !== 'VERB') return undefined;
  if (CAUSE_ACTS.has(t.lemma) && !t.negated && objectHas(tokens, i, to, (o) => (o.pos === 'NOUN' || o.pos === 'ADJ') && harmNoun(o))) return CAUSED;
  if (RESPONDING.has(t.lemma) && !hypothetical(tokens, i) && objectHas(tokens, i, to, (o) => o.pos === 'NOUN' && RESPONDED_VOICES.has(o.lemma))) return RESPONDED;
  return undefined;
}


/** Whether a modal stands in the verb group before the verb at v ("will heed", "should have listened"). */
function hypothetical(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
    if (MODALS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the object of the verb at v (the next OBJECT_REACH tokens, up to a clause break or
 * "against", "from": "led the fight against corruption" blames no one) holds a matching noun.
 */
function objectHas(tokens: readonly Token[], v: number, to: number, match: (t: Token) => boolean): boolean {
  for (let k = v + 1; k < to && k <= v + OBJECT_REACH; k++) {
    const o = tokens[k]!;
    if (o.pos === 'PUNCT' || o.pos === 'VERB' || o.pos === 'SCONJ' || o.pos === 'CCONJ' || o.lower === 'against' || o.lower === 'from') return false;
    if (match(o)) return true;
  }
  return false;
}

/** A word of the lexicon that names a harm: a base or evaluative word of weight ≤ -2 ("violence", "suffering", "chaos"; "violent" in "violent ambitions" for a cause act). */
function harmNoun(t: Token): boolean {
  const w = wordScore(t);
  return w !== undefined && w <= -2;
}

/**
 * DOER_ACTS by lemma, as a Map: a look-up of an object's property by a token's string first
 * looked the string up among all the interned strings of the process.
 */
const DOER_ACT_WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(DOER_ACTS));

/**
 * The DOER_ACTS weight of token i read as a verb. The tagger often reads an "-ing" form after a
 * bridge verb as a noun ("the aid that X keeps blocking is …": blocking/NOUN, lemma "blocking");
 * after "keep", "continue", "stop" … it is the verb, so its stem is looked up ("block",
 * "silence", "stop").
 */
export function actWeight(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return DOER_ACT_WEIGHTS.get(t.lemma);
  const before = tokens[i - 1];
  if (!before || !/ing$/.test(t.lower) || (before.pos !== 'VERB' && before.pos !== 'AUX') || !ACT_BRIDGES.has(before.lemma)) return undefined;
  const stem = t.lower.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return DOER_ACT_WEIGHTS.get(stem) ?? DOER_ACT_WEIGHTS.get(`${stem}e`) ?? DOER_ACT_WEIGHTS.get(undoubled);
}

/**
 * The target mention that ends right before the verb group of token v, if any, and whether the
 * group denies the act ("refused to", "failed to", "never"). A negated verb inside the group
 * ("did not try to block") ends it: nothing is read through it.
 */
function doerBefore(tokens: readonly Token[], v: number, targets: readonly MentionSlot[], from: number): { slot: MentionSlot; denied: boolean } | undefined {
  let k = v - 1;
  let denied = false;
  while (k >= from) {
    const t = tokens[k]!;
    if (t.negated && t.pos !== 'PROPN') return undefined;
    // A quote mark opens the speaker's own words mid-clause: 'X had "listened to the families"'.
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || QUOTE_MARKS.has(t.value) || ACT_BRIDGES.has(t.lemma) || ACT_BRIDGES.has(t.lower)) {
      if (DENYING_BRIDGES.has(t.lemma) || DENYING_BRIDGES.has(t.lower)) denied = true;
      k--;
    } else break;
  }
  // "X told voters to punish him", "X urged donors to abandon Y": the act asked for is the asker's.
  // ("The mayor told X to block …": X is asked, not the doer; the mayor, no target, holds it.)
  const asker = tokens[v - 1]?.lower === 'to' ? askerBefore(tokens, k, targets, from) : undefined;
  const slot = asker === undefined ? targets.find((m) => m.last === k + 1) : asker ?? undefined;
  // "the move against X could damage …", "a feud between Y and X keeps blocking …": a name inside a
  // prepositional phrase is not the subject of the verb after it (but it is the subject of a
  // gerund right after it: "angry about X blocking the aid", "tired of X wrecking …").
  const gerund = k + 1 === v && tokens[v]!.lower.endsWith('ing');
  if (slot && !gerund && inPhrase(tokens, slot.first, from)) return undefined;
  // "voters who backed X have betrayed …": X is the object of the relative clause, not the doer (relativeObject.ts).
  if (slot && relativeHead(tokens, slot, from) >= 0) return undefined;
  // "a chance for X to block it": the subject of an infinitive after "for" is a hypothetical doer.
  if (!slot || (tokens[slot.first - 1]?.lower === 'for' && tokens[k + 1]?.lower === 'to')) return undefined;
  return { slot, denied };
}

/** The most tokens a participle adjunct's main clause may have before its comma ("X ships arms to the rebels, fuelling …"). */
const ADJUNCT_REACH = 16;

/**
 * The doer of a participle adjunct ("X ships arms to the rebels, fuelling the violence"): an
 * "-ing" verb right after a comma has the subject of the clause before it, here a target that
 * opens its sentence (or the utterance, or its quote) with no other target, verb group of its
 * own ("X met Y, …"), subordinator or quote mark up to the comma.
 */
function adjunctDoer(tokens: readonly Token[], v: number, targets: readonly MentionSlot[], from: number): { slot: MentionSlot; denied: boolean } | undefined {
  const t = tokens[v]!;
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || tokens[v - 1]?.value !== ',' || v - 1 <= from) return undefined;
  const sentence = t.sentence;
  let k = v - 2;
  let verbs = 0;
  while (k >= from && v - k <= ADJUNCT_REACH && tokens[k]!.sentence === sentence && !QUOTE_MARKS.has(tokens[k]!.value)) {
    const w = tokens[k]!;
    if (w.pos === 'SCONJ' || w.pos === 'PRON' || w.value === ',' || targets.some((m) => m.first <= k && k < m.last && m.first > from && !opensClause(tokens, m.first, from))) return undefined;
    if (w.pos === 'VERB' || w.pos === 'AUX') verbs++;
    k--;
  }
  const first = k + 1;
  if (verbs > 2 || (k >= from && tokens[k]!.sentence === sentence && !QUOTE_MARKS.has(tokens[k]!.value))) return undefined;
  const slot = targets.find((m) => m.first === first);
  return slot && slot.last < v - 1 ? { slot, denied: false } : undefined;
}

/** Whether the token at `first` opens its sentence, the utterance or a quote. */
function opensClause(tokens: readonly Token[], first: number, from: number): boolean {
  const before = tokens[first - 1];
  return first === from || !before || before.sentence !== tokens[first]!.sentence || QUOTE_MARKS.has(before.value);
}

/** The most words an object asked to act may have ("urged the party's two donors to …"). */
const ASKED_REACH = 4;

/**
 * The asker of an act asked for: k is the last word of the one asked ("voters" in "X told voters
 * to …"), right after a directive verb ("tell", "urge", "call on": DIRECTIVE_VERBS) whose subject
 * is a target, with only auxiliaries and adverbs between them. Null when the act is asked for but
 * its asker is no target (or the asking is negated), undefined when no one is asked.
 */
function askerBefore(tokens: readonly Token[], k: number, targets: readonly MentionSlot[], from: number): MentionSlot | null | undefined {
  // (A name asked is read whole: the tagger may take a word of it for a verb.)
  const named = targets.find((m) => m.last === k + 1);
  let d = named ? named.first - 1 : k;
  while (d >= from && k - d < ASKED_REACH + (named ? named.last - named.first : 0) && !(DIRECTIVE_VERBS.has(tokens[d]!.lemma) && tokens[d]!.pos === 'VERB')) {
    const t = tokens[d]!;
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PART' || t.lower === 'on')) return undefined;
    d--;
  }
  if (d < from || (d === k && !named) || !DIRECTIVE_VERBS.has(tokens[d]!.lemma) || tokens[d]!.pos !== 'VERB') return undefined;
  if (tokens[d]!.negated) return null;
  let s = d - 1;
  while (s >= from && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV')) s--;
  return targets.find((m) => m.last === s + 1) ?? null;
}

/**
 * Step 4c, qualitiesOf: a quality or deed named as the target's is the speaker's judgement of the
 * target: "the courage of X", "X's courage", "X's menacing build-up" (an evaluative word of the
 * lexicon right before "of" and the mention, or within three words after the mention's
 * possessive). Hits already credited to the same target are not counted twice. Returns the keys
 * `token|target` credited so far, for stratagemsOf.
 */
export function qualitiesOf(tokens: readonly Token[], r: UtteranceReading, hits: readonly Hit[], assigned: readonly AssignedHit[], accs: Accumulators): ReadonlySet<string> {
  const scored = scoredKeys(assigned);
  for (const hit of hits) {
    // ("X's admiration for Y" is X's attitude, no quality of X: attitudeTarget.ts reads it.)
    if (r.skip?.(hit.first) || tokens[hit.first]!.negated || ATTITUDE_NOUNS.has(tokens[hit.first]!.lemma)) continue;
    const owner = ownerOf(tokens, hit, r.targets);
    if (!owner || scored.has(`${hit.first}|${owner.key}`)) continue;
    scored.add(`${hit.first}|${owner.key}`);
    accs.add(owner, hit, hit.weight * IMPLICIT);
  }
  return scored;
}

/** A stratagem named as the target's ("a plot by X", "X's tactics") weighs this much, in AFINN units, before IMPLICIT. */
const STRATAGEM = -2;

/**
 * Step 4d, stratagemsOf: a plan or a move called a stratagem of the target ("a plot by X", "X's
 * tactics", "the tricks of X", STRATAGEMS) is the speaker's criticism of the target. `scored`
 * holds the keys `token|target` already credited (by assignHits and qualitiesOf): a noun that is
 * both an evaluative word and a stratagem ("hoax") counts once.
 */
export function stratagemsOf(tokens: readonly Token[], r: UtteranceReading, scored: ReadonlySet<string>, accs: Accumulators): void {
  for (let i = r.uf; i < r.ul; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.negated || !STRATAGEMS.has(t.lemma) || r.skip?.(i)) continue;
    const hit = { first: i, last: i + 1 };
    const owner = ownerOf(tokens, hit, r.targets) ?? agentOf(tokens, hit, r.targets);
    if (!owner || scored.has(`${i}|${owner.key}`)) continue;
    accs.add(owner, hit, STRATAGEM * IMPLICIT);
  }
}

/** The target right after "by" after the hit: "a plot by X", "a power grab by the X". */
function agentOf(tokens: readonly Token[], hit: { readonly last: number }, targets: readonly MentionSlot[]): MentionSlot | undefined {
  if (tokens[hit.last]?.lower !== 'by') return undefined;
  let k = hit.last + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  return targets.find((x) => x.first === k);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/** The target whose quality the hit names: "<hit> of (the) X" or "X's (…) <hit>". */
function ownerOf(tokens: readonly Token[], hit: { readonly first: number; readonly last: number }, targets: readonly MentionSlot[]): MentionSlot | undefined {
  if (tokens[hit.last]?.lower === 'of') {
    let k = hit.last + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    const m = targets.find((x) => x.first === k);
    if (m) return m;
  }
  for (const m of targets) {
    const after = GENITIVE_MARKS.has(tokens[m.last]?.value ?? '') ? m.last + 1 : GENITIVE_MARKS.has(tokens[m.last - 1]?.value ?? '') ? m.last : -1;
    if (after >= 0 && hit.first >= after && hit.first - after <= 2) return m;
  }
  return undefined;
}

/** Subject pronouns that are never an object ("it" is both): SUBJECT_PRONOUNS without "it". */
const NOMINATIVE: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS].filter((w) => w !== 'it'));

/** The mention at token `first` sits in a prepositional phrase: a preposition (or one and a conjoined name) right before it. */
function inPhrase(tokens: readonly Token[], first: number, from: number): boolean {
  // A subject pronoun is never a preposition's object ("cares about the farms and he cares …").
  if (NOMINATIVE.has(tokens[first]!.lower)) return false;
  let k = first - 1;
  while (k >= from && tokens[k]!.pos === 'DET') k--;
  // "between the mayor and X": back over the first conjunct (a short noun phrase).
  if (k >= from && (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) {
    const stop = k - 5;
    k--;
    while (k >= from && k > stop && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k--;
  }
  return k >= from && tokens[k]!.pos === 'ADP' && tokens[k]!.lower !== 'by';
}
