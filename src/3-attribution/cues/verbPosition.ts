/**
 * A reporting verb that wink tags as a noun in verb position: "critics say the bill is
 * rushed", "officials say was stolen", "the agency reports the plant closed", "two-thirds say
 * they …". The token is read as the verb when a subject stands right before it (a noun or a
 * pronoun that agrees with its form, a number or a quantifier standing alone) and a clause
 * follows it ("that", a quote, a subject pronoun, a noun phrase and its verb). A determiner,
 * an adjective or a possessive before it keeps it a noun ("the says", "his claims",
 * "new reports"), and so does a plural noun before an "-s" form ("news reports").
 */
import type { Token } from '../../adapters/wink.js';
import { CLAUSE_SUBJECT_PRONOUNS, POSSESSIVE_MARKERS } from '../../vocabulary/pronouns.js';
import { QUOTE_TOKENS } from '../../vocabulary/punctuation.js';
import { PLURAL_SUBJECT_QUANTIFIERS } from '../../vocabulary/quantifiers.js';
import type { VerbCue } from './cueTypes.js';

/** Subjects of an "-s" form ("he says") and of a base form ("they say"). */
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'who']);
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'i', 'you', 'who']);
/** Plural nouns without a final "s" ("people say", "police say"). */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['people', 'police', 'men', 'women', 'children', 'percent', 'staff']);
/** The clause after the cue: a noun phrase, then its verb within this many words. */
const CLAUSE_WINDOW = 6;
/** Only confident verbs that take a "that" clause: "rules", "records", "debates" read this way are nouns too often. */
const MIN_CONFIDENCE = 0.7;
/** The gapped clause ("officials say was stolen") only after the surest verbs: "the earnings report was" is a noun. */
const GAP_CONFIDENCE = 0.95;

const isPluralNoun = (t: Token): boolean => PLURAL_NOUNS.has(t.lower) || /[^'’s]s$/.test(t.lower);

/** Does the word before the cue stand as its subject, agreeing with its form? */
function subjectBefore(prev: Token, before: Token | undefined, baseForm: boolean): boolean {
  if (POSSESSIVE_MARKERS.has(prev.lower)) return false;
  // "in campaign remarks he …", "to voter requests": a noun after a preposition is the head of a compound.
  if (prev.pos === 'NOUN' && before !== undefined && before.sentence === prev.sentence && before.pos === 'ADP') return false;
  if (prev.pos === 'PRON') return (baseForm ? PLURAL_PRONOUNS : SINGULAR_PRONOUNS).has(prev.lower);
  // A capital at the head of a sentence says nothing: "News reports …" is read as a noun before the cue.
  const headOfSentence = before === undefined || before.sentence !== prev.sentence || before.pos === 'SPACE';
  if (prev.pos === 'NOUN' || (prev.pos === 'PROPN' && headOfSentence)) return isPluralNoun(prev) === baseForm;
  if (prev.pos === 'PROPN') return baseForm ? isPluralNoun(prev) : true;
  // "two say", "many say": a number or a quantifier standing alone, before a base form only.
  // "for some reason": a quantifier after a preposition is a determiner.
  if (PLURAL_SUBJECT_QUANTIFIERS.has(prev.lower)) return baseForm && !(before !== undefined && before.sentence === prev.sentence && before.pos === 'ADP');
  return baseForm && prev.pos === 'NUM';
}

/** Does a clause start right after the cue: "that", a quote, a subject pronoun, or a noun phrase and its verb? */
function clauseAfter(tokens: readonly Token[], i: number, verb: VerbCue, baseForm: boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  if (next.lower === 'that' || QUOTE_TOKENS.has(next.value) || CLAUSE_SUBJECT_PRONOUNS.has(next.lower)) return true;
  // "officials say was stolen": the subject of the reported clause is the relative before the subject.
  if (next.pos === 'AUX') return baseForm && verb.confidence >= GAP_CONFIDENCE;
  if (next.pos !== 'DET' && next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'NUM') return false;
  let end = i + 2 + CLAUSE_WINDOW;
  for (let k = i + 2; k < end && k < tokens.length; k++) {
    const x = tokens[k]!;
    // "the firm's chief, Tom Vale, has …": an apposition inside the subject does not count.
    const close = x.lower === ',' ? appositionEnd(tokens, k) : -1;
    if (close > 0) {
      end += close - k + 1;
      k = close;
      continue;
    }
    if (x.sentence !== t.sentence || x.pos === 'PUNCT' || QUOTE_TOKENS.has(x.value)) return false;
    // "estimates the treasury published were revised": a verb right after the first one makes it a reduced relative.
    if (x.pos === 'VERB') return tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX';
    if (x.pos === 'AUX') return true;
    if (x.pos === 'ADP' && x.lower !== 'of') return false;
  }
  return false;
}

/** Words an apposition inside a subject holds at most: "the firm's chief, Tom Vale, has …". */
const APPOSITION_WORDS = 5;

/** The closing comma of a short apposition of names and nouns opened by the comma at `k`, or -1. */
function appositionEnd(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]!.sentence;
  for (let j = k + 1; j <= k + APPOSITION_WORDS + 1 && j < tokens.length; j++) {
    const x = tokens[j]!;
    if (x.sentence !== sentence) return -1;
    if (x.lower === ',') return j > k + 1 ? j : -1;
    if (x.pos !== 'PROPN' && x.pos !== 'NOUN' && x.pos !== 'DET' && x.pos !== 'ADJ' && x.pos !== 'PART') return -1;
  }
  return -1;
}

/**
 * Is the noun-tagged token at i the verb `verb` between its subject and its clause?
 *
 * @example
 * // "Critics say the plan is rushed." — wink: say/NOUN
 * verbBetweenSubjectAndClause(tokens, 1, sayCue); // → true
 * // "His claims the plan … " → false (a possessive before it)
 */
export function verbBetweenSubjectAndClause(tokens: readonly Token[], i: number, verb: VerbCue): boolean {
  if (verb.needsSignal || verb.confidence < MIN_CONFIDENCE || !verb.complement.includes('that')) return false;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || next === undefined || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  const baseForm = t.lower === verb.lemma;
  if (!baseForm && !t.lower.endsWith('s')) return false;
  return subjectBefore(prev, tokens[i - 2], baseForm) && clauseAfter(tokens, i, verb, baseForm);
}

/** Plural-looking common nouns that agree with a singular verb ("the news says"). */
const SINGULAR_IN_S: ReadonlySet<string> = new Set(['news', 'series', 'politics', 'economics', 'physics', 'statistics', 'analysis', 'thesis', 'crisis', 'basis']);

/**
 * "the staff savings plans that the union offers": a word in -s that the tagger read as a
 * noun, right after a plural common noun, is the head of their compound, not a verb: a plural
 * subject takes no verb in -s ("savings plans", "voters' hopes"). "The news says" and a name
 * ("the United States says") keep their verb.
 */
export function nounAfterPluralNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return t.lower !== t.lemma && /[^s]s$/.test(t.lower) && prev !== undefined && prev.sentence === t.sentence && prev.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.value) && /[^su]s$/.test(prev.lower) && !SINGULAR_IN_S.has(prev.lower);
}
