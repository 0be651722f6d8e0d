import type { Mention } from '../mentions.js';
import { FIRST_AND_SECOND_PERSON, PRONOUNS } from '../../vocabulary/pronouns.js';
import { LOOKBACK, MAX_CANDIDATES, type EntityDraft, type EntityIndex } from './types.js';

/**
 * The antecedent of a third-person pronoun: among entities mentioned in this sentence before it
 * and in the few sentences before, the compatible one (type, gender, number) with the best
 * salience. Salience falls with distance and rises for grammatical subjects (a mention right
 * before a verb), falls for objects of prepositions and possessors — the classic Hobbs and
 * Lappin–Leass preferences in miniature.
 */
export function resolvePronoun(index: EntityIndex, mi: number, exclude?: { has(entity: number): boolean }, acrossQuotes = false): EntityDraft | undefined {
  const m = index.mentions[mi]!;
  const lower = m.key;
  const person = PRONOUNS[lower]?.gender !== undefined;
  const org = lower === 'it' || lower === 'its';
  // First and second person name whoever speaks and whom they address, never an antecedent.
  if (FIRST_AND_SECOND_PERSON.has(lower) || m.expletive || m.boundToObject) return undefined;
  const found = mostSalient(index, mi, (e, c) => {
    if (exclude?.has(e.index)) return false;
    if (person) return (e.type === 'person' || (c.kind === 'role' && c.type === 'person')) && !(m.gender && e.gender && e.gender !== m.gender);
    // ("Karen Wu of Channel 9 pressed both. Foley said the cap failed wherever towns tried it": a
    // body named after a preposition in an earlier sentence is not what "it" picks up. A country
    // is: "trade with China … it".)
    // Only for an "it" in someone's words: the writer's "According to Acme, profits fell. It also
    // said …" is Acme.
    if (org) return e.type === 'country' || e.type === 'place' || (e.type === 'organization' && !(m.quote >= 0 && c.afterPreposition && c.sentence < m.sentence));
    // "they" are people or a body, not a newspaper or a platform named in passing.
    return (e.type === 'group' || e.type === 'organization') && !e.outlet;
  }, acrossQuotes, person && m.gender ? (e) => (e.type === 'person' ? 0 : -BODY_VOICE_PENALTY) + (acrossQuotes ? prominence(e) : 0) : undefined);
  // A town, a state or a region owns ("Ohio … its voters") but is seldom "it": an "it" whose most
  // salient candidate is such a place ("the rally in Dravo ran late, and it ended …") is the thing
  // just said, which is no entity, not the next body back. Over the 117 texts of ../shared/articles
  // and PolNeAR dev, 2 of some 30 "it" read as a place were right, and most of 14 "its".
  return found && found.type === 'place' && lower === 'it' ? undefined : found;
}

/**
 * What a body's voice loses as the antecedent of "he" or "she": "A Commission spokesperson said …
 * Vesik accused her of …" is the minister named before, not the Commission the spokesperson speaks
 * for. Over 117 texts: 3 pronouns changed, all right ("his ability" is Trump's, not his party's).
 */
const BODY_VOICE_PENALTY = 1;

/** Inside someone's words, "he" is often the article's protagonist: prominence (mentions so far) counts too. */
const prominence = (e: EntityDraft): number => Math.min(2, 0.6 * Math.log2(1 + e.mentions.length));

/**
 * The most salient entity mentioned before mention mi that passes `ok`, within LOOKBACK
 * sentences: score = −2 per sentence back, +1.5 for a subject, −1 after a preposition,
 * −0.5 for a possessor; ties go to the nearer mention.
 */
export function mostSalient(index: EntityIndex, mi: number, ok: (e: EntityDraft, c: Mention) => boolean, acrossQuotes = false, bonus?: (e: EntityDraft) => number): EntityDraft | undefined {
  // Inside someone's words, "he" is often the article's protagonist rather than the last name
  // the writer used: prominence (mentions so far) counts there too.
  if (acrossQuotes && !bonus) bonus = prominence;
  const { mentions, entityOf, entities } = index;
  const m = mentions[mi]!;
  let best: EntityDraft | undefined;
  let bestScore = -Infinity;
  for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES); k--) {
    const c = mentions[k]!;
    const distance = m.sentence - c.sentence;
    if (distance > LOOKBACK) break;
    if (!acrossQuotes && m.quote < 0 && c.quote >= 0) continue;
    if (!acrossQuotes && m.quote >= 0 && c.quote >= 0 && c.quote !== m.quote) continue;
    // A dateline says where the story was filed: nothing the story refers back to (a pronoun, a
    // role, a body's voice) is its name.
    if (c.inDateline) continue;
    const ei = entityOf[k]!;
    if (ei < 0) continue;
    const e = entities[ei]!;
    if (!ok(e, c)) continue;
    const score = -2 * distance + (c.subject ? 1.5 : 0) + (c.afterPreposition ? -1 : 0) + (c.possessive ? -0.5 : 0) + (bonus ? bonus(e) : 0);
    if (score > bestScore) { bestScore = score; best = e; }
  }
  return best;
}

/** The most recent entity mentioned before mention mi, outside quotes, within `back` sentences. */
export function recent(index: EntityIndex, mi: number, ok: (e: EntityDraft) => boolean, back: number): EntityDraft | undefined {
  const { mentions, entityOf, entities } = index;
  const m = mentions[mi]!;
  for (let k = mi - 1; k >= Math.max(0, mi - MAX_CANDIDATES); k--) {
    const c = mentions[k]!;
    if (m.sentence - c.sentence > back) break;
    if (c.quote >= 0 && m.quote < 0) continue;
    if (c.inDateline) continue;
    const e = entityOf[k]! >= 0 ? entities[entityOf[k]!] : undefined;
    if (e && ok(e)) return e;
  }
  return undefined;
}
