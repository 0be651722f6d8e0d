// "She sharpened her attacks on the mayor", "he doubled down on his claim that": a noun cue owned
// by the subject of the verb that governs it. The subject is the source, the possessive its echo.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { POSSESSIVE_DETERMINERS, PRONOUNS, SUBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import type { Source } from '../source.js';
import { fromMention } from './nounPhrase.js';

/** Particles and prepositions between a verb and the noun phrase it governs ("stepped up", "doubled down on", "widened"), at most. */
const MAX_PARTICLES = 3;
/** Auxiliaries and adverbs between a subject and its verb ("has also been"), at most. */
const MAX_AUXILIARIES = 4;

/**
 * The subject of the verb whose object a possessive pronoun opens (token `possessive`), when that
 * subject is the possessor itself: the same entity, or a subject pronoun of the same person,
 * number and gender ("she … her", "they … their"). Why the subject and not the possessive: the
 * report is the subject's act ("she sharpened her attacks"); the possessive only repeats who
 * acts. Null when a verb does not stand right before the phrase (past particles) or its subject is
 * someone else ("the mayor rejected her claim").
 */
export function ownerAsSubject(seg: Segmentation, ents: EntityIndex, possessive: number): Source | null {
  const tokens = seg.doc.tokens;
  const own = mentionIndex(ents, possessive);
  const sentence = tokens[possessive]!.sentence;
  let v = possessive - 1;
  while (v > 0 && possessive - 1 - v < MAX_PARTICLES && particle(tokens[v]!) && tokens[v]!.sentence === sentence) v--;
  if (tokens[v]?.pos !== 'VERB' || tokens[v]!.sentence !== sentence) return null;
  let s = v - 1;
  while (s > 0 && v - 1 - s < MAX_AUXILIARIES && (tokens[s]!.pos === 'AUX' || (tokens[s]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[s]!.value)) || tokens[s]!.lower === 'not') && tokens[s]!.sentence === sentence) s--;
  const subject = mentionIndex(ents, s);
  if (own < 0 || subject < 0 || subject === own || ents.mentions[subject]!.last !== s + 1 || ents.mentions[subject]!.sentence !== ents.mentions[own]!.sentence) return null;
  return sameOwner(ents, subject, own) ? fromMention(ents, subject, 'possessor') : null;
}

/** A particle or a preposition after a verb: "up", "down", "on", "upon". */
function particle(t: Token): boolean {
  return t.pos === 'ADP' || t.pos === 'PART' || (t.pos === 'ADV' && /^\p{Ll}/u.test(t.value));
}

/** Do mentions `subject` and `own` (a possessive pronoun) stand for the same one? */
function sameOwner(ents: EntityIndex, subject: number, own: number): boolean {
  const e = ents.entityOf[subject]!;
  const o = ents.entityOf[own]!;
  // (Resolved to two different people, they are two: "Hale met Price. He rejected his proposal.")
  if (e >= 0 && o >= 0) return e === o;
  const s = ents.mentions[subject]!;
  if (s.kind !== 'pronoun') return false;
  const ownKey = ents.mentions[own]!.key;
  const sp = PRONOUNS[s.key]; const op = PRONOUNS[ownKey];
  // (Before a noun "her" is a possessive determiner, though PRONOUNS cannot mark it one: it is also "him"'s feminine.)
  return sp !== undefined && op !== undefined && SUBJECT_PRONOUNS.has(s.key) && POSSESSIVE_DETERMINERS.has(ownKey) && sp.gender === op.gender && sp.plural === op.plural && sp.first === op.first && sp.types.join() === op.types.join();
}
