// A participle right after the object of a verb or a preposition: "spent $2 million on ads attacking Hale".
import type { Token } from '../../adapters/wink.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { commonNounType } from '../../2-entities/resolution/commonNounType.js';
import type { Source, SourceCtx } from '../source.js';
import { OBJECT_DOES } from './subject.js';
import { PASSIVE_BE } from '../../vocabulary/beForms.js';
import { OUTLET_WORDS } from '../../vocabulary/organisations.js';
import { VERB_PARTICLES } from '../../vocabulary/subordinators.js';
import { QUANTITY_NOUNS } from '../../vocabulary/quantifiers.js';

/**
 * "spent $2 million on ads attacking Hale", "despite flyers urging calm", "read over the pages
 * outlining the merger": a participle cue right after a common noun phrase is a reduced relative
 * clause of that phrase ("ads that attack Hale"), so the phrase is its source, even as the object
 * of a preposition or a verb, where the subject reader credits the clause's subject instead
 * (`participleSubject`). Only a phrase that names people, a body (new to the text: "an outside
 * group", "super PACs") or a document can say anything (commonNounType): "spent the week
 * attacking Lane" keeps the clause's subject. So does a document a verb's subject puts out or
 * speaks "in" ("issued a statement saying", "shot back in an article stating": the subject's
 * words, as PolNeAR reads them), an outlet or a phrase after "be" ("was on the radio saying"),
 * and a phrase after "to", an addressee ("a letter to the board urging"). After "with" and the
 * verbs of `OBJECT_DOES` the subject reader already credits the phrase; after "of", `ownsOf` decides.
 * PolNeAR train: before the exceptions, the phrase after a verb or a preposition was the gold
 * source in 34 of 36 cases; the documents put out by a verb's subject were the exception found.
 */
export function reducedRelative(c: SourceCtx): Source | null {
  const { seg, ents, tokens, cue, inQuote, j, left, a } = c;
  if (a.form !== 'verb' || !/\p{Ll}ing$/u.test(cue.value) || !left || j !== a.first - 1 || inQuote(j) || left.sentence !== cue.sentence) return null;
  if (left.pos !== 'NOUN' || !/^\p{Ll}/u.test(left.value)) return null;
  const first = phraseStart(tokens, j);
  const mi = mentionIndex(ents, j);
  // (A name, or a mention that runs past the phrase, is read by the subject reader.)
  if (mi >= 0 && (ents.mentions[mi]!.kind === 'name' || ents.mentions[mi]!.first < first)) return null;
  let b = first - 1;
  if (tokens[b]?.pos === 'DET') b--;
  const before = tokens[b];
  if (!before || before.sentence !== cue.sentence) return null;
  // ("put out a statement", "held up a sign": a particle after the verb leaves the phrase its object.)
  const verb = before.pos === 'ADP' && (tokens[b - 1]?.pos === 'VERB' || tokens[b - 1]?.pos === 'AUX') && VERB_PARTICLES.has(before.lower) ? tokens[b - 1]! : before;
  const objectOfVerb = (verb.pos === 'VERB' || verb.pos === 'AUX') && !OBJECT_DOES.has(verb.lemma);
  const objectOfPreposition = verb.pos === 'ADP' && !NOT_REDUCED_AFTER.has(verb.lower) && (verb.lower !== 'of' || ownsOf(tokens, b));
  const start = tokens[first]!.start;
  // (People the entity stage marked, "candidates", "donors", are a group whatever the noun's list says.)
  const people = mi >= 0 && (ents.mentions[mi]!.kind === 'group' || ents.mentions[mi]!.kind === 'role') && PEOPLE_TYPES.has(mentionType(ents, mi));
  const type = people ? 'group' : commonNounType(seg.doc.text.slice(start, left.end), 'person');
  // (A document a verb's subject puts out speaks for that subject: "issued a statement saying …",
  // "sent an email urging …" are the subject's words, as PolNeAR reads them.)
  // Nor one "in" which someone speaks: "shot back in an article stating …".
  if ((objectOfVerb || verb.lower === 'in') && type === 'document') return null;
  if (!objectOfVerb && !objectOfPreposition) return null;
  // ("Hale was on the radio saying …", "appeared on the network arguing …": a place or an outlet
  // where the clause's subject speaks; after a form of "be" the phrase only tells where it is.)
  if (objectOfPreposition && (PASSIVE_BE.has(tokens[b - 1]?.lower ?? '') || OUTLET_WORDS.has(left.lower))) return null;
  if (type !== 'person' && type !== 'group' && type !== 'organization' && type !== 'document') return null;
  // (A body is new to the text, "an outside group backing …", "super PACs supporting …"; "the network" is where someone speaks.)
  if (type === 'organization' && !people && tokens[first]!.lower !== 'a' && tokens[first]!.lower !== 'an' && !/[^s]s$/.test(left.lower)) return null;
  return mi >= 0 && ents.mentions[mi]!.first === first ? { span: { start, end: left.end }, mention: mi, first, last: j + 1, how: 'subject' } : { span: { start, end: left.end }, mention: -1, first, last: j + 1, how: 'subject' };
}

/**
 * "after the release of a fresh survey showing …", "the publication of a memo urging …": after "of" the phrase is
 * a reduced relative's source unless the noun before "of" is a quantity ("a group of parents
 * urging": peopleAfterOf reads it) or the object of a verb ("posted a series of tweets attacking":
 * the verb's subject speaks, as for a document right after the verb) or of "to" ("a note to the
 * members of the council urging": the addressee).
 */
function ownsOf(tokens: readonly Token[], of: number): boolean {
  const head = tokens[of - 1];
  if (!head || head.pos !== 'NOUN' || QUANTITY_NOUNS.has(head.lower)) return false;
  const sentence = tokens[of]!.sentence;
  const inSentence = (k: number) => k >= 0 && tokens[k]!.sentence === sentence;
  let k = of - 2;
  while (inSentence(k) && (PHRASE_TAGS.has(tokens[k]!.pos) || tokens[k]!.pos === 'PROPN') && tokens[k]!.pos !== 'DET') k--;
  if (inSentence(k) && tokens[k]!.pos === 'DET') k--;
  // (A phrase that opens its sentence is no verb's object: "The release of a memo urging calm …".)
  if (!inSentence(k)) return true;
  const before = tokens[k]!;
  return before.pos !== 'VERB' && before.pos !== 'AUX' && !(before.pos === 'ADP' && NOT_REDUCED_AFTER.has(before.lower));
}

/** Prepositions after which the phrase is no reduced relative's here: an addressee ("to"), or read elsewhere ("with", "according to"). */
const NOT_REDUCED_AFTER: ReadonlySet<string> = new Set(['to', 'with', 'according']);

/** Entity types of people. */
const PEOPLE_TYPES: ReadonlySet<string> = new Set(['person', 'role', 'group']);

/** The type of mention mi's entity (the mention's own when it has none). */
function mentionType(ents: EntityIndex, mi: number): string {
  const e = ents.entityOf[mi]!;
  return (e >= 0 ? ents.entities[e]!.type : ents.mentions[mi]!.type) ?? '';
}

/** Tags a common noun phrase runs over before its head: determiners, adjectives, numbers, nouns. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/** The first token of the common noun phrase whose head is token j (at most five words before it). */
function phraseStart(tokens: readonly Token[], j: number): number {
  let first = j;
  while (first > 0 && j - first < 5 && tokens[first - 1]!.sentence === tokens[j]!.sentence && PHRASE_TAGS.has(tokens[first - 1]!.pos) && /^[\p{Ll}\d$-]/u.test(tokens[first - 1]!.value)) {
    first--;
    if (tokens[first]!.pos === 'DET') break;
  }
  return first;
}
