import type { Token } from '../../adapters/wink.js';
import type { EntityIndex } from './types.js';

/** Subject forms of third-person pronouns ("he called Rusk …"). */
const SUBJECT_FORMS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** Object forms of third-person pronouns ("accused him"); "her" only where no noun follows ("her plan" may be the subject's). */
const OBJECT_FORMS: ReadonlySet<string> = new Set(['him', 'them', 'her']);
/** Words between a subject and its verb's object pronoun: the verb group and particles ("has sharply criticised", "lashed out at"). */
const VERB_GROUP: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP']);
/** Most words of such a verb group. */
const MAX_VERB_GROUP = 5;
/** Prepositions of place and company, after which a pronoun may be the subject's own ("carry it with them", "looked around her"). */
const LOCATIVE: ReadonlySet<string> = new Set(['with', 'around', 'behind', 'beside', 'near', 'along', 'among', 'before', 'after', 'beneath', 'above', 'below']);

/**
 * The entity a third-person object pronoun cannot stand for: the subject of its own clause
 * ("Nair accused him", "Lee lashed out at them": not Nair, not Lee; a reflexive would say so).
 * The subject is the mention right before the verb group that governs the pronoun; nothing but
 * one verb, auxiliaries, adverbs, particles and prepositions between, and no preposition of
 * place or company right before the pronoun. -1 when there is none.
 */
export function clauseMateSubject(index: EntityIndex, tokens: readonly Token[], mi: number): number {
  const m = index.mentions[mi]!;
  if (!OBJECT_FORMS.has(m.key)) return -1;
  const next = tokens[m.last];
  if (m.key === 'her' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM')) return -1;
  if (LOCATIVE.has(tokens[m.first - 1]?.lower ?? '')) return -1;
  let x = m.first - 1;
  let verbs = 0;
  while (x >= 0 && m.first - x <= MAX_VERB_GROUP && tokens[x]!.sentence === tokens[m.first]!.sentence && VERB_GROUP.has(tokens[x]!.pos) && index.mentionAt[x] === -1) {
    if (tokens[x]!.pos === 'VERB') verbs++;
    x--;
  }
  // One verb: "she said would let her" has two, and "her" may be "she".
  if (verbs !== 1 || x < 0 || tokens[x]!.sentence !== tokens[m.first]!.sentence) return -1;
  const k = index.mentionAt[x]!;
  // The mention must be the verb's subject, not the object of a preposition ("pitched himself to voters by telling them").
  return k >= 0 && index.mentions[k]!.last === x + 1 && index.mentions[k]!.subject ? index.entityOf[k]! : -1;
}

/**
 * The entity a third-person subject pronoun cannot stand for: a name its own verb governs ("He
 * called Rusk a liar", "She thanked Lee": not Rusk, not Lee). The name is the mention right after
 * the pronoun's verb group (one verb, auxiliaries, adverbs, particles, prepositions). -1 when
 * there is none.
 */
export function clauseMateObject(index: EntityIndex, tokens: readonly Token[], mi: number): number {
  const m = index.mentions[mi]!;
  if (!SUBJECT_FORMS.has(m.key)) return -1;
  const sentence = tokens[m.first]!.sentence;
  let x = m.last;
  let verbs = 0;
  while (x < tokens.length && x - m.last < MAX_VERB_GROUP && tokens[x]!.sentence === sentence && VERB_GROUP.has(tokens[x]!.pos) && index.mentionAt[x] === -1) {
    if (tokens[x]!.pos === 'VERB') verbs++;
    x++;
  }
  if (verbs !== 1 || x >= tokens.length || tokens[x]!.sentence !== sentence) return -1;
  const k = index.mentionAt[x]!;
  return k >= 0 && index.mentions[k]!.first === x && index.mentions[k]!.kind === 'name' ? index.entityOf[k]! : -1;
}

/** Both: the entities a third-person pronoun cannot stand for in its own clause. */
export function clauseMates(index: EntityIndex, tokens: readonly Token[], mi: number): number[] {
  return [clauseMateSubject(index, tokens, mi), clauseMateObject(index, tokens, mi)].filter((x) => x >= 0);
}
