import { onMap } from '../../util/onMap.js';
import { NEGATIVE_QUANTIFIED_PEOPLE } from '../../vocabulary/pronouns.js';
import type { Token, TokenDoc } from '../../adapters/wink.js';
import type { Entity, Utterance } from '../../model/index.js';
import { firstAtOrAfter } from '../../util/sorted.js';
import { UNNAMED_REPORTERS } from '../../vocabulary/roles.js';
import { NOBODY, SELF, type MentionSlot } from '../assignHits.js';
import { lexicon } from '../lexicon.js';
import { tokenRange } from '../tokenRange.js';
import { decisionAuthorAt, decisionSlots } from './decisionAuthor.js';
import { notJudgeable } from './judgeable.js';
import { facilityModifier } from './facility.js';
import { locativePlace } from './locative.js';
import { STOP } from './punctuation.js';
import { DESCRIBED_BODY_HEADS, STATE_ACTOR_HEADS } from '../../vocabulary/organisations.js';
import { THING_DETERMINERS } from '../../vocabulary/determiners.js';
import { FIRST_PERSON, FIRST_PERSON_SINGULAR, POSSESSIVES } from '../../vocabulary/pronouns.js';
import { wordClass } from '../../util/wordClasses.js';

const isFirstPerson = wordClass('lower', () => FIRST_PERSON);

/** An entity mention of the article, by the id of the entity it stands for. */
export interface ArticleMention {
  start: number;
  end: number;
  entityId: string;
}

/** What every utterance of the article reads its targets from. */
export interface ArticleTargets {
  /** Every entity mention once, sorted, so each utterance finds its own by binary search. */
  readonly mentions: readonly ArticleMention[];
  readonly places: { readonly byAdjective: ReadonlyMap<string, string>; readonly byEntity: ReadonlyMap<string, string> };
  /** Entities named by a possessive and a common noun ("their people"), and entities that cannot be praised (judgeable.ts): nobody's target. */
  readonly unnamed: ReadonlySet<string>;
  /** The type of each entity: a place after a locative preposition is a location (locative.ts), a body or a place before a facility's head modifies it (facility.ts). */
  readonly typeOf: ReadonlyMap<string, Entity['type']>;
}

export function articleTargets(entities: readonly Entity[], placeOfAdjective: ReadonlyMap<string, string> | undefined, text = ''): ArticleTargets {
  const mentions: ArticleMention[] = [];
  for (const e of entities) for (const m of e.mentions) if (m.end > m.start) mentions.push({ start: m.start, end: m.end, entityId: e.id });
  mentions.sort((x, y) => x.start - y.start);
  const places = placeKeys(entities, placeOfAdjective);
  // "the North Korean regime": a mention read as a demonym stands for its place.
  for (const m of mentions) m.entityId = places.byEntity.get(m.entityId) ?? m.entityId;
  const unnamed = unnamedEntities(entities);
  // Places as places, works, cases and contractions are nobody's target either (judgeable.ts).
  // So are things and documents: a common noun that names no one ("the move", "the report").
  for (const e of entities) if (e.type === 'thing' || e.type === 'document' || notJudgeable(e, text, placeOfAdjective)) unnamed.add(e.id);
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  return { mentions, places, unnamed, typeOf };
}

/** One utterance as the stance rules read it: its tokens, its mentions (SELF for the speaker) and its targets. */
export interface UtteranceReading {
  readonly u: Utterance;
  readonly speakerId: string;
  /** Token range [uf, ul) of the utterance. */
  readonly uf: number;
  readonly ul: number;
  /** Every mention inside, sorted; the speaker's own (and first-person pronouns) keyed SELF. */
  readonly slots: readonly MentionSlot[];
  /** The mentions that can be judged: not SELF, not in a nested quote, not unnamed. */
  readonly targets: readonly MentionSlot[];
  /** Tokens of quotes nested inside this one that belong to other speakers. */
  readonly skip: ((i: number) => boolean) | undefined;
}

/**
 * The mentions of utterance ui (of utterances sorted by start, longest first): the entity
 * mentions inside it, "I", "me", "my" as the speaker whatever the entity stage says, other
 * first-person pronouns, demonyms before an evaluative noun; a dummy "it" stands for no one.
 * Undefined for an utterance without a speaker or without tokens.
 */
export function readUtterance(doc: TokenDoc, sortedU: readonly Utterance[], ui: number, article: ArticleTargets): UtteranceReading | undefined {
  const tokens = doc.tokens;
  const u = sortedU[ui]!;
  const speakerId = u.speaker?.entityId;
  // ("No one said the plan works": nobody holds those words, so they give no one's stance.)
  if (!u.speaker || !speakerId || u.end <= u.start || asksOnly(u) || NEGATIVE_QUANTIFIED_PEOPLE.has(u.speaker.name.toLowerCase())) return undefined;
  const [uf, ul0] = tokenRange(doc, { start: u.start, end: u.end });
  let ul = ul0;
  while (ul > uf && tokens[ul - 1]!.start >= u.end) ul--;
  if (ul <= uf) return undefined;
  const nested: Utterance[] = [];
  for (let vi = ui + 1; vi < sortedU.length && sortedU[vi]!.start < u.end; vi++) {
    const v = sortedU[vi]!;
    // A quote of the same speaker nested in their reported words ('X said Y had "ignored the
    // farmers"') is theirs too: its words count for the outer indirect speech as well. (Inside a
    // quotation, a nested quote is a term or a quote of someone else: "the term 'outreach'".)
    const ownWords = u.kind === 'indirect' && v.speaker?.entityId === speakerId;
    if (v.end <= u.end && v.end - v.start < u.end - u.start && !ownWords) nested.push(v);
  }
  const skip = nested.length ? (i: number) => nested.some((v) => tokens[i]!.start >= v.start && tokens[i]!.end <= v.end) : undefined;

  const { mentions, places } = article;
  const slots: MentionSlot[] = [];
  // A flag per token of [uf, ul) already in a mention (at k - uf): the loops below ask at every token.
  const covered = new Uint8Array(Math.max(0, ul - uf));
  const cover = (from: number, to: number): void => {
    for (let k = Math.max(from, uf); k < Math.min(to, ul); k++) covered[k - uf] = 1;
  };
  for (let mi = lowerBound(mentions, u.start); mi < mentions.length && mentions[mi]!.start < u.end; mi++) {
    const m = mentions[mi]!;
    if (m.end > u.end) continue;
    const [f, l] = tokenRange(doc, m);
    if (l <= f) continue;
    const singular = l === f + 1 && FIRST_PERSON_SINGULAR.has(tokens[f]!.lower) && u.kind !== 'indirect';
    const slot = { first: f, last: l, key: m.entityId === speakerId || singular ? SELF : m.entityId };
    slots.push(notAnActorHere(tokens, slot, article.typeOf.get(slot.key)) ? { ...slot, key: NOBODY } : slot);
    cover(f, l);
  }
  for (let k = uf; k < ul; k++) {
    const t = tokens[k]!;
    const free = covered[k - uf] === 0;
    if (free && t.pos === 'PRON' && isFirstPerson(t)) slots.push({ first: k, last: k + 1, key: SELF });
    else if (free && places.byAdjective.size > 0) {
      const d = demonymBefore(tokens, k, ul, places.byAdjective);
      if (d) {
        slots.push(d);
        cover(d.first, d.last);
      }
    }
  }
  // "this ruling" after "the court ruled": the decision stands for its author (decisionAuthor.ts).
  const decisions = { tokens, mentions, unnamed: article.unnamed, speakerId };
  slots.push(...decisionSlots(decisions, uf, ul, covered));
  const forThing = (s: MentionSlot): boolean => standsForThing(doc, article, speakerId, s);
  const real = slots.filter((x) => !extraposedIt(tokens, x, ul)).map((x) => (x.key !== SELF && x.key !== NOBODY && forThing(x) ? { ...x, key: NOBODY } : x)).sort((a, b) => a.first - b.first);
  const targets = real.filter((s) => s.key !== SELF && s.key !== NOBODY && !(skip?.(s.first)) && !article.unnamed.has(s.key));
  return { u, speakerId, uf, ul, slots: real, targets, skip };
}

/**
 * A reporter's turn in a transcript ("Q  Do you regret the vote …?") puts questions and the claims
 * of others to the speaker; it holds no stance of its own, whatever words it repeats.
 */
function asksOnly(u: Utterance): boolean {
  return u.kind === 'turn' && u.speaker?.name === UNNAMED_REPORTERS;
}

/**
 * A mention that names no one to judge where it stands: a place named as where something happens
 * ("the talks in Lisbon", locative.ts), a body or a place naming a facility ("the Northgate
 * pipeline", facility.ts).
 */
function notAnActorHere(tokens: readonly Token[], m: MentionSlot, type: Entity['type'] | undefined): boolean {
  if (onMap(type) && locativePlace(tokens, m)) return true;
  return (type === 'place' || type === 'country' || type === 'organization') && facilityModifier(tokens, m);
}

/** Index of the first mention starting at or after `start`. */
export function lowerBound(list: readonly { start: number }[], start: number): number {
  return firstAtOrAfter(list, start, (m) => m.start);
}

/** The knowledge base's table of places by adjective (built once per knowledge base, never changed), per place. */
const adjectiveIndexes = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, readonly string[]>>();

/** The adjectives of each place in a table of places by adjective, built once per table. */
function adjectivesByPlace(placeOfAdjective: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> {
  let index = adjectiveIndexes.get(placeOfAdjective);
  if (index) return index;
  const out = new Map<string, string[]>();
  for (const [adjective, place] of placeOfAdjective) {
    const list = out.get(place);
    if (list) list.push(adjective);
    else out.set(place, [adjective]);
  }
  adjectiveIndexes.set(placeOfAdjective, (index = out));
  return index;
}

/** Place entities of the article by the lower-case adjectives and demonyms of their names. */
function placeKeys(entities: readonly Entity[], placeOfAdjective: ReadonlyMap<string, string> | undefined): { byAdjective: Map<string, string>; byEntity: Map<string, string> } {
  const byAdjective = new Map<string, string>();
  const byEntity = new Map<string, string>();
  if (!placeOfAdjective) return { byAdjective, byEntity };
  const placeId = new Map<string, string>();
  for (const e of entities) if (e.type === 'country' || e.type === 'place' || e.type === 'organization') placeId.set(e.name, e.id);
  // From the article's places to their adjectives, not through the whole table per article.
  const adjectives = adjectivesByPlace(placeOfAdjective);
  for (const [place, id] of placeId) {
    for (const adjective of adjectives.get(place) ?? []) if (adjective !== place.toLowerCase()) byAdjective.set(adjective, id);
  }
  for (const e of entities) {
    const id = byAdjective.get(e.name.toLowerCase());
    if (id !== undefined && id !== e.id) byEntity.set(e.id, id);
  }
  return { byAdjective, byEntity };
}

/**
 * A demonym right before an evaluative noun or a head that names the state as an actor: "Russian
 * aggression", "North Korean propaganda", "the Iranian regime" judge the place
 * (STATE_ACTOR_HEADS). Only in that position: "Russian television" or "a Russian official" judge
 * nobody through the adjective. Tokens k (and k+1 for two-word demonyms) form the demonym.
 */
export function demonymBefore(tokens: readonly Token[], k: number, to: number, byAdjective: ReadonlyMap<string, string>): MentionSlot | undefined {
  const t = tokens[k]!;
  if (!/^\p{Lu}/u.test(t.value)) return undefined;
  for (const width of [2, 1]) {
    if (k + width >= to) continue;
    const words = width === 1 ? t.lower : `${t.lower} ${tokens[k + 1]!.lower}`;
    const id = byAdjective.get(words);
    if (id === undefined) continue;
    const head = tokens[k + width]!;
    const lex = lexicon();
    const evaluative = head.pos === 'NOUN' && (lex.evaluations.has(head.lower) || lex.evaluations.has(head.lemma) || STATE_ACTOR_HEADS.has(head.lower));
    return evaluative ? { first: k, last: k + width, key: id } : undefined;
  }
  return undefined;
}

/** Entities named by a possessive and a common noun ("their people", "our best people"): not named entities. */
function unnamedEntities(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    const first = /^(\S+)\s/.exec(e.name)?.[1];
    if (first !== undefined && POSSESSIVES.has(first.toLowerCase())) out.add(e.id);
  }
  return out;
}

/** "it" as the dummy subject of an extraposed clause: "it would be a mistake to …", "it is clear that …". */
export function extraposedIt(tokens: readonly Token[], m: MentionSlot, to: number): boolean {
  if (m.last !== m.first + 1 || tokens[m.first]!.lower !== 'it') return false;
  let k = m.last;
  while (k < to && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'ADV')) k++;
  if (k === m.last || !tokens.slice(m.last, k).some((t) => t.lemma === 'be')) return false;
  for (let j = k; j < to && j < k + 12; j++) {
    const t = tokens[j]!;
    if (STOP.has(t.value)) return false;
    if (t.lower === 'that' || t.lower === 'if' || t.lower === 'to' || t.lower === 'when' || t.lower === 'whether') return true;
  }
  return false;
}

/**
 * An "it" that stands for a thing names no one, unless the thing is a decision of the pronoun's
 * own entity: "This ruling … It betrays the voters" judges the court that ruled (see thingBefore).
 */
export function standsForThing(doc: TokenDoc, article: ArticleTargets, speakerId: string, s: MentionSlot): boolean {
  const k = thingBefore(doc, article.mentions, s);
  return k !== undefined && decisionAuthorAt({ tokens: doc.tokens, mentions: article.mentions, unnamed: article.unnamed, speakerId }, k) !== s.key;
}

/** How far back (tokens) a thing that "it" may stand for is looked for. */
const IT_WINDOW = 60;

/**
 * Does "it" (or "its") at slot m stand for a thing rather than the entity the entity stage gave
 * it? It does when a singular common noun heading a subject ("This plan costs …", "the
 * verdict is …") stands between the entity's last mention by name and the pronoun, outside any
 * entity mention: in '“The new tariff came late.” … “It punishes the farmers.”' the second quote
 * speaks of the tariff, not of a body named in an earlier sentence. (A body's description, "the
 * network did not …", is no such thing: it may be the entity.) Returns the noun's token, else
 * undefined. Such an "it" names no target.
 */
function thingBefore(doc: TokenDoc, mentions: readonly ArticleMention[], m: MentionSlot): number | undefined {
  const tokens = doc.tokens;
  const t = tokens[m.first]!;
  if (m.last !== m.first + 1 || (t.lower !== 'it' && t.lower !== 'its')) return undefined;
  // The entity's last mention before the pronoun that is not itself a pronoun.
  let from = -1;
  for (let mi = lowerBound(mentions, t.start) - 1; mi >= 0 && from < 0; mi--) {
    const x = mentions[mi]!;
    if (x.entityId !== m.key) continue;
    const [f, l] = tokenRange(doc, x);
    if (!(l === f + 1 && tokens[f]!.pos === 'PRON')) from = l;
  }
  if (from < 0) return undefined;
  for (let k = m.first - 1; k >= Math.max(from, m.first - IT_WINDOW); k--) {
    if (!thingNoun(tokens, mentions, k)) continue;
    const next = tokens[k + 1]!;
    if (next.pos !== 'VERB' && next.pos !== 'AUX') continue;
    // ("Its budget will grow": a thing of the pronoun's own referent.)
    if (tokens[k - 1]?.lower === 'its' || (tokens[k - 1]?.pos === 'ADJ' && tokens[k - 2]?.lower === 'its')) continue;
    return k;
  }
  return from < m.first && tokens[from - 1]!.sentence < t.sentence ? objectBefore(doc, mentions, m.first) : undefined;
}

/**
 * The thing an "it" of the same sentence stands for when the entity it was given was last
 * named in an earlier sentence: a singular common noun with a determiner, the object of a verb
 * before the pronoun, outside any entity mention ("Kovic defended the plan in a statement,
 * calling it fair": the plan, not the party named a sentence before). Returns the noun's token,
 * else undefined.
 */
function objectBefore(doc: TokenDoc, mentions: readonly ArticleMention[], at: number): number | undefined {
  const tokens = doc.tokens;
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && tokens[k]!.sentence === sentence; k--) {
    if (!thingNoun(tokens, mentions, k) || tokens[k + 1]?.pos === 'NOUN') continue;
    let d = k - 1;
    while (d > 0 && tokens[d]!.pos === 'ADJ') d--;
    // The object of a verb only ("defended the plan"): not a noun after a preposition ("said in an
    // interview that it had …"), where the "it" may still be the body named before.
    if (!THING_DETERMINERS.has(tokens[d]!.lower) || tokens[d - 1]?.pos !== 'VERB') continue;
    return k;
  }
  return undefined;
}

/**
 * A singular common noun at token k that names a thing, outside any entity mention: not a name,
 * not a plural, and not a body's description ("the network", "the company"), which may be the
 * entity itself.
 */
function thingNoun(tokens: readonly Token[], mentions: readonly ArticleMention[], k: number): boolean {
  const n = tokens[k]!;
  if (n.pos !== 'NOUN' || n.lemma !== n.lower || !/^\p{Ll}/u.test(n.value) || DESCRIBED_BODY_HEADS.has(n.lower)) return false;
  const mi = lowerBound(mentions, n.end) - 1;
  return !(mi >= 0 && mentions[mi]!.end > n.start);
}
