// Words the tagger reads as verbs (or that CUE_FORMS takes back as verbs) which are no verb where they stand.
import type { Token } from '../../adapters/wink.js';
import { CUE_FORM_LEMMA } from './lexicon.js';
import { NOUN_PHRASE_TAGS } from '../../vocabulary/tags.js';

/**
 * A participle wink tags an adjective ("promising") is a verb only before what a verb takes: "to"
 * or a noun phrase ("promising to cut taxes", "promising lower rents"), not before a comma or the
 * sentence end ("the results look promising, she said").
 */
export function adjectiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ing')) return false;
  const n = tokens[i + 1];
  return !(n !== undefined && n.sentence === t.sentence && (n.lower === 'to' || n.pos === 'DET' || n.pos === 'ADJ' || n.pos === 'NOUN' || n.pos === 'PROPN' || n.pos === 'NUM'));
}

/**
 * A past form wink tags an adjective and CUE_FORMS takes back ("Vale alleged that …") is still the
 * adjective after a preposition or before a noun or an adjective: "over alleged plots", "has
 * alleged ties to the cartel", "a detailed plan".
 */
export function attributivePastForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || !CUE_FORM_LEMMA.has(t.lower)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && prev.sentence === t.sentence && prev.pos === 'ADP') return true;
  // Right after its subject it is the verb whatever follows ("Roe alleged fraud", "she informed reporters").
  if (prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN')) return false;
  return next !== undefined && next.sentence === t.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * A capitalised word in mid-sentence after "the" and a name is the name's last word, whatever its
 * tag: "told the Dover Herald that …" (not "Dover heralded"). Not in a title-case headline,
 * where the next word is capitalised too.
 */
export function nameWordAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const det = tokens[i - 2];
  const next = tokens[i + 1];
  if (!/^\p{Lu}/u.test(t.value) || prev?.pos !== 'PROPN' || det?.pos !== 'DET' || det.sentence !== t.sentence) return false;
  return next === undefined || next.sentence !== t.sentence || !/^\p{Lu}/u.test(next.value);
}

/**
 * "the channel RT she rejected", "RT America is …": a short word in capitals next to a word with
 * lower-case letters is an acronym, a name, whatever verb the lemmatizer spells out of it ("RT" as
 * "retweet"); not a word of an all-capitals headline ("MAYOR SAYS …").
 */
export function acronymInProse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PROPN' || !/^\p{Lu}{2,4}$/u.test(t.value)) return false;
  // (A word with lower-case letters before it, or after it when it opens the sentence: "RT America is …".)
  const prose = (x: Token | undefined): boolean => x !== undefined && x.sentence === t.sentence && /\p{Ll}/u.test(x.value);
  return prose(tokens[i - 1]) || prose(tokens[i + 1]);
}

/** Verbs of asking before a bare noun: "emails seeking comment", "requesting comment". */
const ASKING: ReadonlySet<string> = new Set(['seek', 'request', 'solicit']);

/**
 * A bare word right after "for" (or a verb of asking) names what was asked for, not words said, whatever its tag: "did
 * not respond to a request for comment on Friday" (wink tags it a verb), "could not be reached for
 * comment". ("criticised for remarks that …", "for his comments" name words said, "fired for
 * saying …" is a gerund: a plural, a determiner or -ing keeps the cue.)
 */
export function askedFor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // ("The request said …": the noun "request" is the subject, and "said" its verb.)
  const asking = prev !== undefined && (prev.lower === 'for' || (ASKING.has(prev.lemma) && prev.pos === 'VERB'));
  return asking && !t.lower.endsWith('s') && !t.lower.endsWith('ing') && (t.pos === 'VERB' || t.pos === 'NOUN');
}

/**
 * "the man accused of the attack told police", "a plan described as reckless": a verb whose object
 * comes before its "of" or "as" ("accused him of …", "described the plan as …") is a passive
 * participle when that word, or the "by" of its agent, follows it at once, right after a noun or an aside's comma: the noun is
 * the one accused or described, no one who speaks. `complement` is the verb's lexicon complement.
 */
export function reducedPassive(tokens: readonly Token[], i: number, complement: readonly string[]): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^\p{Ll}+ed$/u.test(t.value) || prev === undefined || next === undefined || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  // (Only verbs whose object stands before the word: not "warned of the risk", "boasted of his skills".)
  // (Or a passive's agent at once: "Reporters described by Hale as hostile said …".)
  if (!complement.includes('object') || !((next.lower === 'of' && complement.includes('of')) || (next.lower === 'as' && complement.includes('as')) || next.lower === 'by')) return false;
  // (Or after the comma of an aside: "The senator, described as a moderate, said".)
  if (prev.value === ',') return true;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  // Not when that noun is the subject of a relative clause whose object is gapped: "an explosion
  // that the mayor described as …", "the plan the mayor described as …", "what Lee described as …".
  let k = i - 1;
  // (Back to the phrase's first word: its determiner, or the first of its nouns and adjectives.)
  // (A name opens its phrase after a common noun: "in a way Police Chief Vance slammed as …".)
  const opensPhrase = (x: number): boolean => tokens[x]!.pos === 'DET' || (tokens[x]!.pos === 'PROPN' && tokens[x - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[x - 1]!.value));
  while (k > 0 && i - k < 8 && !opensPhrase(k) && NOUN_PHRASE_TAGS.has(tokens[k - 1]!.pos) && tokens[k - 1]!.sentence === t.sentence && !RELATIVE_WORDS.has(tokens[k - 1]!.lower)) k--;
  const before = tokens[k - 1];
  return !(before !== undefined && before.sentence === t.sentence && (RELATIVE_WORDS.has(before.lower) || before.pos === 'NOUN'));
}
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'whom', 'who', 'what']);
