// A long subject whose head prepositional and participle phrases follow: "Several judges handling the suits about the sale of the port have cited".
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source } from '../source.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/pronouns.js';
import { QUANTITY_NOUNS } from '../../vocabulary/quantifiers.js';
import { CLAUSE_ONLY_SUBORDINATORS } from '../../vocabulary/subordinators.js';
import { COMPLEMENT_ADJECTIVES, nounPhraseAt, opensClause, speakerLike } from './nounPhrase.js';
import { commonNounType } from '../../2-entities/resolution/commonNounType.js';
import { NOUN_PHRASE_TAGS } from '../../vocabulary/tags.js';

/** Longest subject walked back over, in tokens. */
const MAX_SUBJECT_TOKENS = 40;

/**
 * English marks the subject of a clause by its place: the noun phrase that opens the clause, before
 * its verb. What stands between that head and the verb modifies the head: a participle with its
 * object ("judges handling the lawsuits"), prepositional phrases ("about the sale of the port"),
 * possessors. So when the phrase right before the cue is the object of a preposition or of a
 * participle that follows a noun, and walking back over such modifiers alone reaches the start of the
 * clause, the phrase that opens the clause is the subject: "Several judges handling suits seeking
 * records about the mayor's time as head of housing have cited …" is the judges' report, not housing's;
 * "Residents of the town near the plant complained" the residents'. This reaches where the
 * preposition climb of `withHead` stops (past a participle, a preposition it does not list, or two
 * hops). Past prepositions alone the opening phrase must name people or a body; past a participle
 * after a noun (a reduced relative clause) any head that names no thing. Null otherwise, and when
 * the walk stops at a verb, a clause word, a quote or a punctuation mark inside the clause ("In a
 * meeting with the board of the bank Reyes said" opens with a preposition: an adjunct, no subject).
 */
export function longSubjectHead(seg: Segmentation, ents: EntityIndex, np: Source): Source | null {
  const tokens = seg.doc.tokens;
  if (!modifiedHere(tokens, np.first)) return null;
  const sentence = tokens[np.first]!.sentence;
  let participle = false;
  let k = np.first - 1;
  for (; k >= 0 && np.first - k < MAX_SUBJECT_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.pos === 'SPACE') break;
    if (seg.quoteOf[k]! >= 0) return null;
    const mi = mentionIndex(ents, k);
    if (mi >= 0 && ents.mentions[mi]!.kind === 'pronoun' && !POSSESSIVE_DETERMINERS.has(t.lower)) return null;
    if (mi >= 0 || NOUN_PHRASE_TAGS.has(t.pos) || t.lower === "'s" || t.lower === '\u2019s' || (t.value === '-' && t.pos !== 'PUNCT')) continue;
    if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    // (A word after a determiner heads its phrase whatever its tag: "in the north of the county".)
    if (t.pos === 'ADV' && tokens[k - 1]?.pos === 'DET') continue;
    // (A capitalised word after another is a word of a name, whatever its tag: "the Freedom of Information Act".)
    if (/^\p{Lu}/u.test(t.value) && /^\p{Lu}/u.test(tokens[k - 1]?.value ?? '') && tokens[k - 1]!.sentence === sentence && t.pos !== 'PUNCT') continue;
    if (t.pos === 'ADP' && prepositionInside(tokens, k)) continue;
    // (A gerund, past an adverb, as the object of a preposition: "accused of knowingly steering into …".)
    if (gerundAfterPreposition(tokens, k)) continue;
    if (participleAfterNoun(tokens, ents, k)) {
      participle = true;
      continue;
    }
    break;
  }
  const first = k + 1;
  // (The space a paragraph starts with opens the clause as the sentence start does.)
  const opens = tokens[k]?.pos === 'SPACE' || opensClause(tokens, first);
  if (first >= np.first || !opens || tokens[first]!.pos === 'ADP') return null;
  const head = subjectPhraseAt(seg, ents, first, np.first);
  if (!head) return null;
  // (Past a participle any head that is no thing speaks, "Several judges handling …"; past prepositions
  // alone only one that names people or a body, "Residents of the town near the plant": not "Video of the crash".)
  if (!(participle ? !namesThing(seg, ents, head) : namesSpeaker(seg, ents, head))) return null;
  return { ...head, how: np.how };
}

/**
 * The noun phrase that opens the subject at token `first`, ending before `end`: its head, and the
 * people after "of" when the head is a quantity ("Dozens of protesters outside the offices …").
 */
function subjectPhraseAt(seg: Segmentation, ents: EntityIndex, first: number, end: number): Source | null {
  const tokens = seg.doc.tokens;
  const head = nounPhraseAt(seg, ents, first, 'subject');
  if (!head || head.first !== first || head.last > end) return null;
  if (tokens[head.last]?.lower === 'of' && QUANTITY_NOUNS.has(tokens[head.last - 1]!.lower) && head.last + 1 < end) {
    const people = nounPhraseAt(seg, ents, head.last + 1, 'subject');
    if (people && people.first === head.last + 1 && people.last <= end) return { span: { start: head.span.start, end: people.span.end }, mention: people.mention, first, last: people.last, how: 'subject' };
  }
  return head;
}

/** Does the phrase name a thing ("the epidemic of …"), by its mention or its head noun? */
function namesThing(seg: Segmentation, ents: EntityIndex, np: Source): boolean {
  if (np.mention >= 0) return !speakerLike(ents, np);
  return !PEOPLE_HEAD_POS.has(seg.doc.tokens[np.last - 1]!.pos) || commonNounType(seg.doc.text.slice(np.span.start, np.span.end), 'person') === 'thing';
}

/** Does the phrase name people or a body: a mention that can speak (no pronoun), or a common noun read as a person, a group or an organisation? */
function namesSpeaker(seg: Segmentation, ents: EntityIndex, np: Source): boolean {
  if (np.mention >= 0) return speakerLike(ents, np) && ents.mentions[np.mention]!.kind !== 'pronoun';
  // (A common noun opening a sentence is capitalised: read in lower case, as the noun it is.)
  const type = commonNounType(seg.doc.text.slice(np.span.start, np.span.end).toLowerCase(), 'person');
  return type === 'person' || type === 'group' || type === 'organization';
}

/** Tags of a head noun that may speak when no mention covers it ("Several judges", "Lawyers"). */
const PEOPLE_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Is the phrase at `first` the object of a preposition or of a participle (past a determiner)? */
function modifiedHere(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const t = tokens[k];
  return t !== undefined && t.sentence === tokens[first]!.sentence && (t.pos === 'ADP' || (t.pos === 'VERB' && t.lower.endsWith('ing')));
}

/** Time words that open a clause as often as a phrase ("Years after Lee claimed …", "… after a report revealed …"): the walk stops there. */
const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'while', 'when']);

/**
 * A preposition inside the subject: not one that opens a clause ("that", "because", "after"), and
 * "as" only between two nouns ("her time as head of the agency").
 */
function prepositionInside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.lower === 'that' || CLAUSE_ONLY_SUBORDINATORS.has(t.lower) || CLAUSE_OPENING_PREPOSITIONS.has(t.lower)) return false;
  // ("a man described as a witness": after a participle too.)
  if (t.lower === 'as') return (tokens[k - 1]?.pos === 'NOUN' || /^\p{Ll}+ed$/u.test(tokens[k - 1]?.value ?? '')) && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'DET');
  return true;
}

/** Words after a passive participle that follows its noun: its agent, "as", "of" ("owned by", "described as", "accused of"). */
const PASSIVE_NEXT: ReadonlySet<string> = new Set(['by', 'as', 'of']);

/** A gerund (or an -ly adverb before one) right after a preposition: "of deliberately driving". */
function gerundAfterPreposition(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const adverb = (x: Token | undefined): boolean => x !== undefined && x.pos === 'ADV' && /^\p{Ll}+ly$/u.test(x.value);
  if (adverb(t)) return tokens[k - 1]?.pos === 'ADP' && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.value ?? '');
  if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.value)) return false;
  return tokens[k - 1]?.pos === 'ADP' || (adverb(tokens[k - 1]) && tokens[k - 2]?.pos === 'ADP');
}

/**
 * A participle right after a noun or a name: in -ing ("judges handling …", "suits seeking …"), a
 * passive one before its agent, "as" or "of" ("the plant owned by …", "a man accused of …"), or one that takes a complement as an
 * adjective does ("groups opposed to the pipeline", `COMPLEMENT_ADJECTIVES`). (Not any form in -ed
 * before a preposition: "the senator called on voters" is a finite verb.)
 */
function participleAfterNoun(tokens: readonly Token[], ents: EntityIndex, k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const passive = /^\p{Ll}+ed$/u.test(t.value) && (PASSIVE_NEXT.has(tokens[k + 1]?.lower ?? '') || COMPLEMENT_ADJECTIVES.has(t.lower));
  return (t.pos === 'VERB' || t.pos === 'ADJ') && (/^\p{Ll}+ing$/u.test(t.value) || passive) && before !== undefined && before.sentence === t.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN' || mentionIndex(ents, k - 1) >= 0);
}
