// Noun phrases around a cue: the phrase ending or starting at a token, its head, a share ("six in 10"), brackets, the finite verbs before it.
import { onMap } from '../../util/onMap.js';
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { contractedAuxiliary } from './subject.js';
import { timeAdjunctEndingAt } from '../../vocabulary/timeAdjunct.js';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import { COUNTING_QUANTIFIERS, PARTITIVE_QUANTIFIERS, PLURAL_QUANTIFIERS, COLLECTIVE_NOUNS } from '../../vocabulary/quantifiers.js';
import { CLAUSE_ONLY_SUBORDINATORS, SUBORDINATING } from '../../vocabulary/subordinators.js';
import { DOCUMENTS, MEDIA_NOUNS } from '../../vocabulary/documents.js';
import { commonNounType } from '../../2-entities/resolution/commonNounType.js';
import { NOT_NAMES } from '../../vocabulary/notNames.js';

/** Nouns that speak for their possessor: "Erdogan's office", "her spokesman". */
export const VOICE_OF = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'aide', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'press office', 'camp', 'team']);
export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
export const CLAUSE_START = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'after', 'before', 'because', 'though', 'although', 'if', 'since', 'so', 'yet', 'where', 'whereas', 'who', 'which', 'that']);

/** Does a dash or a sentence-internal colon stand between the start of the sentence and token k? */
export function dashBetween(tokens: readonly Token[], k: number): boolean {
  for (let x = k - 1; x >= 0 && k - x < 40 && tokens[x]!.sentence === tokens[k]!.sentence; x--) {
    const t = tokens[x]!;
    // A spaced hyphen is a dash; one inside a word or label ("D-Mo.") is not.
    const dash = /^(?:[\u2014\u2013]|--)$/.test(t.value) || (t.value === '-' && tokens[x - 1] !== undefined && tokens[x - 1]!.end < t.start);
    if ((dash && t.pos === 'PUNCT') || t.value === ':') return true;
  }
  return false;
}

/** The nearest finite verb before token `before` in its sentence, outside speech quotes and names, or -1. */
export function finiteVerbBefore(seg: Segmentation, ents: EntityIndex, before: number, inQuote: (k: number) => boolean): number {
  const tokens = seg.doc.tokens;
  const sentence = tokens[before]!.sentence;
  for (let k = before - 1; k >= 0 && before - k < 40; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (inQuote(k) || mentionIndex(ents, k) >= 0 || /ing$/.test(t.lower) || tokens[k - 1]?.lower === 'to') continue;
    // A copula is the verb of its clause when no verb follows it ("Fiorina was upfront about …").
    const copula = t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX' && !contractedAuxiliary(t);
    if (t.pos === 'VERB' || copula || verbAfterYear(tokens, k)) return k;
  }
  return -1;
}

/**
 * "A group of porters in 2011 sent a petition": the tagger reads a past form right after a year as a
 * noun ("2019 sent" like "2019 cents"). A lower-case word tagged as a noun right after a year that
 * closes an adjunct of the subject (a noun before its preposition), and before what opens an
 * object, is the clause's verb. Not a plural ("the price in 2019 dollars"), which is a noun.
 */
export function verbAfterYear(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.value) || t.lower.endsWith('s') || !yearClosingAdjunct(tokens, x - 1)) return false;
  const subject = tokens[x - 3];
  const object = tokens[x + 1];
  return subject !== undefined && (subject.pos === 'NOUN' || subject.pos === 'PROPN') && subject.sentence === t.sentence && object !== undefined && object.sentence === t.sentence && OBJECT_OPENERS.has(object.pos);
}
/** Tags that may open the object or the adjunct after a verb. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADP', 'NUM', 'ADJ']);

export const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'as', 'yet']);

/**
 * The verb of the main clause before token `before` (a participle cue), outside speech quotes:
 * past an opening adjunct or subordinate clause ("On Sunday, …", "As the count went on,
 * …"), in the last clause joined by ", and …", skipping relative clauses ("Khan, who is Muslim,
 * also decried …") and verbs inside names. A copula counts when no verb follows it. -1 if none.
 */
export function mainClauseVerb(seg: Segmentation, ents: EntityIndex, before: number, inQuote: (k: number) => boolean): number {
  const tokens = seg.doc.tokens;
  const sentence = seg.doc.sentences[tokens[before]!.sentence];
  if (!sentence || before - sentence.first > 80) return -1;
  let k = sentence.first;
  while (k < before && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SPACE' || QUOTE_MARK_LATIN.test(tokens[k]!.value))) k++;
  // ("Back home, when the vote was called, she stood and said": two openers, each up to its comma.)
  for (let opened = 0; opened < 2; opened++) {
    while (k < before && tokens[k]!.pos === 'SPACE') k++;
    const opener = tokens[k];
    if (!(opener && (opener.pos === 'SCONJ' || opener.pos === 'ADP' || opener.pos === 'ADV' || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower))))) break;
    // (The second opener only when it is a subordinator: "…, when …,".)
    if (opened === 1 && opener.pos !== 'SCONJ' && !SUBORDINATING.has(opener.lower)) break;
    let comma = -1;
    for (let x = k; x < before; x++) if (tokens[x]!.value === ',' && !inQuote(x)) { comma = x; break; }
    if (comma < 0) { if (opened === 0) return -1; break; }
    k = comma + 1;
  }
  for (let x = k; x < before - 2; x++) {
    if (tokens[x]!.value !== ',' || inQuote(x) || !CLAUSE_LINKS.has(tokens[x + 1]!.lower)) continue;
    const next = tokens[x + 2]!;
    if (mentionIndex(ents, x + 2) >= 0 || SUBJECT_PRONOUNS.has(next.lower) || next.pos === 'DET') k = x + 2;
  }
  let relative = false;
  let participle = -1;
  for (let x = k; x < before; x++) {
    const t = tokens[x]!;
    if (inQuote(x) || mentionIndex(ents, x) >= 0) continue;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose' || (t.lower === 'that' && (tokens[x - 1]?.pos === 'NOUN' || tokens[x - 1]?.pos === 'PROPN'))) { relative = true; continue; }
    if (/ing$/.test(t.lower) || tokens[x - 1]?.lower === 'to') continue;
    const copula = t.pos === 'AUX' && tokens[x + 1]?.pos !== 'VERB' && tokens[x + 1]?.pos !== 'AUX' && !contractedAuxiliary(t);
    // (A form in -ed after a noun is a participle, "the report released last week", unless a determiner opens its object: "the campaign booked a …".)
    const edAfterNoun = t.pos === 'VERB' && t.lower.endsWith('ed') && tokens[x - 1]?.pos === 'NOUN' && x > k + 1 && tokens[x + 1]?.pos !== 'DET';
    if (edAfterNoun && !relative && participle < 0) participle = x;
    const finite = (t.pos === 'VERB' && !edAfterNoun) || copula || verbAfterYear(tokens, x);
    if (!finite) continue;
    if (relative) { relative = false; continue; }
    return x;
  }
  // (With no other verb in the clause, that form is its verb: "The nurses marched on Monday, saying …".)
  return participle;
}

export function isVerbish(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_START.has(t.lower);
}

export function fromMention(ents: EntityIndex, mi: number, how: Source['how']): Source {
  const m = ents.mentions[mi]!;
  return { span: { start: m.start, end: m.end }, mention: mi, first: m.first, last: m.last, how };
}

/** The noun phrase whose last token is j: a mention covering j, or the run of noun-phrase words ending there. */
export function nounPhraseEndingAt(seg: Segmentation, ents: EntityIndex, j: number): Source | null {
  const tokens = seg.doc.tokens;
  const t = tokens[j];
  if (!t) return null;
  const mi = mentionIndex(ents, j);
  if (mi >= 0) {
    const m = ents.mentions[mi]!;
    // ("in 2019 local fishermen said": a group the entity stage read with the year before it; see below.)
    if (m.kind !== 'name' && m.last - 1 === j && m.last - m.first > 1 && yearClosingAdjunct(tokens, m.first)) {
      return { span: { start: tokens[m.first + 1]!.start, end: t.end }, mention: -1, first: m.first + 1, last: j + 1, how: 'subject' };
    }
    // "Trump's campaign manager said": the possessor is not the speaker; the phrase is.
    if (m.last - 1 === j || m.kind !== 'name') return withHead(seg, ents, fromMention(ents, mi, 'subject'));
  }
  // "Erdogan's office said", "Smith's spokesman said", "Reyes' office said": the voice of the possessor.
  if (VOICE_OF.has(t.lower) && genitiveAt(tokens, j - 1) && mentionIndex(ents, j - 2) >= 0) {
    const owner = ents.mentions[mentionIndex(ents, j - 2)]!;
    if (owner.kind === 'name' && owner.type !== 'place' && owner.type !== 'country') return { ...fromMention(ents, mentionIndex(ents, j - 2), 'subject'), span: { start: owner.start, end: t.end }, last: j + 1 };
  }
  // "Some argue", "several threatened", "many said": a quantifier stands for the people it counts.
  if (COUNTING_QUANTIFIERS.has(t.lower) && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'ADV') && opensClause(tokens, j)) return { span: { start: t.start, end: t.end }, mention: -1, first: j, last: j + 1, how: 'subject' };
  // "nearly 3 in 5 said": a share of the people asked.
  const share = shareEndingAt(tokens, j);
  if (share >= 0) return { span: { start: tokens[share]!.start, end: t.end }, mention: -1, first: share, last: j + 1, how: 'subject' };
  // A capitalised word right before its verb is a name even when the tagger says otherwise ("Cook said").
  const capitalised = /^\p{Lu}\p{Ll}/u.test(t.value) && !CLAUSE_START.has(t.lower);
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'PRON' && t.pos !== 'NUM' && !capitalised && !hyphenatedAge(tokens, j)) return null;
  let first = j;
  while (first > 0) {
    const p = tokens[first - 1]!;
    // A word joined by a hyphen stays in ("the left-leaning weekly").
    const hyphened = tokens[first - 2]?.value === '-' && tokens[first - 2]!.end === p.start;
    // "a televised interview", "the leaked memo": a participle between a determiner and its noun.
    const participle = p.pos === 'VERB' && /ed$/.test(p.lower) && tokens[first - 2]?.pos === 'DET';
    // (A hyphen between spaces is a dash, not a joint: "ORVELLE (Wire) - Hundreds of farmers".)
    const joint = p.value === '-' && p.end === tokens[first]!.start;
    if (p.sentence !== t.sentence || !(NP_POS.has(p.pos) || p.lower === "'s" || p.lower === '\u2019s' || joint || hyphened || participle) || CLAUSE_START.has(p.lower) || seg.quoteOf[first - 1]! >= 0) break;
    if (p.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(p.lower)) break;
    // "at the hearing in 2019 local fishermen said": a year after its preposition
    // closes that adjunct; the subject starts after it.
    if (yearClosingAdjunct(tokens, first - 1)) break;
    first--;
    // "At the rally in Dayton his aides forced": a possessive determiner opens its phrase.
    if (p.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(p.lower)) break;
    if (j - first > 6) break;
  }
  return withHead(seg, ents, { span: { start: tokens[first]!.start, end: t.end }, mention: -1, first, last: j + 1, how: 'subject' });
}

/**
 * After "according to", an adverb before a modifier ("a new poll" with "new" tagged as an adverb,
 * "the most recent data") and a conjunction between modifiers ("local and national
 * pollsters") stay inside the noun phrase. Token x of the phrase opened at k is the one asked about.
 */
function modifierAfterCue(tokens: readonly Token[], how: Source['how'], k: number, x: number): boolean {
  // ("…,” said one unaffiliated party strategist": after an inverted cue too, a participle modifies.)
  if (how === 'inverted') return participleModifier(tokens, k, x);
  if (how !== 'after') return false;
  if (participleModifier(tokens, k, x)) return true;
  const t = tokens[x]!;
  const next = tokens[x + 1];
  if (!next || next.sentence !== t.sentence || !(next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADV' || /^\p{Lu}/u.test(next.value))) return false;
  if (t.pos === 'ADV') return /^\p{Ll}+$/u.test(t.value) && !t.lower.endsWith('ly');
  return (t.lower === 'and' || t.lower === 'or') && x > k && (tokens[x - 1]!.pos === 'ADJ' || tokens[x - 1]!.pos === 'NOUN');
}

/** A past participle ("released", "leaked", "written"). */
function pastParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(t.value);
}

/**
 * "according to the recently released handbook", "according to an archived copy of the site": a
 * past participle, and an -ly adverb before it, between the phrase's determiner (token k or
 * after) and its noun belong to the phrase.
 */
function participleModifier(tokens: readonly Token[], k: number, x: number): boolean {
  const t = tokens[x]!;
  const noun = (n: Token | undefined): boolean => n !== undefined && n.sentence === t.sentence && (n.pos === 'NOUN' || n.pos === 'ADJ' || n.pos === 'PROPN');
  // (A number opens the phrase as a determiner does: "one unaffiliated strategist", "two retired judges".)
  const determiner = (d: number): boolean => d >= k && (tokens[d]!.pos === 'DET' || (d === k && tokens[d]!.pos === 'NUM'));
  if (pastParticiple(t)) return noun(tokens[x + 1]) && (determiner(x - 1) || (tokens[x - 1]?.pos === 'ADV' && determiner(x - 2)));
  return t.pos === 'ADV' && /^\p{Ll}+ly$/u.test(t.value) && determiner(x - 1) && pastParticiple(tokens[x + 1]) && noun(tokens[x + 2]);
}

/** "the 43-year-old": a hyphenated age ending at token j stands for a person. */
export function hyphenatedAge(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.lower === 'old' && tokens[j - 1]?.value === '-' && tokens[j - 2]?.lower === 'year' && tokens[j - 3]?.value === '-';
}

/** Punctuation and conjunctions after which a new clause opens ("…, some argue", "but critics say"): what `opensClause` reads before a subject. */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'as', 'that', 'yet', 'because', 'though', 'although', 'if', 'when', 'since', 'whereas', 'so', 'even']);

/** Does a clause open at token j (a sentence start, a comma, a conjunction)? "…, some argue", not "has both endorsed". */
export function opensClause(tokens: readonly Token[], j: number): boolean {
  const p = tokens[j - 1];
  return !p || p.sentence !== tokens[j]!.sentence || CLAUSE_BOUNDARIES.has(p.lower) || QUOTE_MARK_LATIN.test(p.value);
}

export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** The first token of a share ending at token j ("six in 10", "nine out of 10", "more than 3 in 10", "about half"), or -1. */
export function shareEndingAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  // "42% say": a percentage of the people asked.
  if (t?.value === '%' && tokens[j - 1]?.pos === 'NUM' && tokens[j - 1]!.end === t.start) return j - 1;
  // "3 in 5", "nine out of 10".
  const outOf = tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'out';
  if (!t || !(t.pos === 'NUM' || NUMBER_WORDS.has(t.lower)) || (tokens[j - 1]?.lower !== 'in' && !outOf)) return -1;
  const n = tokens[outOf ? j - 3 : j - 2];
  if (!n || !(n.pos === 'NUM' || NUMBER_WORDS.has(n.lower))) return -1;
  let first = outOf ? j - 3 : j - 2;
  const at = (k: number) => tokens[k]?.lower ?? '';
  if (at(first - 1) === 'than' && ['more', 'fewer', 'less'].includes(at(first - 2))) first -= 2;
  else if (['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'under'].includes(at(first - 1))) first--;
  return first;
}

export const PP_HEAD = new Set(['from', 'of', 'at', 'with', 'for', 'in', 'across', 'on']);
/** Adjectives that take a complement after the head of a subject: "officials familiar with the plan", "those close to him". */
export const COMPLEMENT_ADJECTIVES = new Set(['close', 'familiar', 'loyal', 'opposed', 'allied', 'sympathetic', 'friendly', 'near', 'critical', 'supportive', 'hostile', 'involved']);
/** Demonstratives that head a subject on their own: "those close to him", "those involved in the talks". */
const DEMONSTRATIVE_HEADS = new Set(['those', 'these']);
/** Participles of speaking that may follow the head of a subject: "an official speaking to the Courier". */
export const PARTICIPLE_OF_SPEECH = /^(?:speaking|talking|writing|testifying|appearing|responding|reacting|commenting)$/;

/**
 * "Dana Reyes of Northfield University and a contributor to the Ledger": a phrase opened by
 * "and a/an" + a common noun right after a name (itself perhaps with its affiliation) is a second
 * description of that name, not a second speaker. The name, or null.
 */
function describedName(seg: Segmentation, ents: EntityIndex, np: Source, hops: number): Source | null {
  const tokens = seg.doc.tokens;
  const det = tokens[np.first];
  // "… and a contributor to the Ledger", "… and contributor to the Ledger" (a bare singular noun).
  const bare = det !== undefined && det.pos === 'NOUN' && /^\p{Ll}/u.test(det.value) && !/s$/.test(det.lower) && np.last - np.first === 1;
  if (hops >= 2 || !det || (det.lower !== 'a' && det.lower !== 'an' && !bare) || np.mention >= 0 && ents.mentions[np.mention]!.kind === 'name') return null;
  const and = tokens[np.first - 1];
  if (and?.lower !== 'and' || and.sentence !== det.sentence) return null;
  const before = nounPhraseEndingAt(seg, ents, np.first - 2);
  if (!before || before.mention < 0 || tokens[before.first]!.sentence !== det.sentence) return null;
  const m = ents.mentions[before.mention]!;
  const e = ents.entityOf[before.mention]!;
  const type = e >= 0 ? ents.entities[e]!.type : m.type;
  return m.kind === 'name' && type === 'person' ? before : null;
}

/**
 * A noun phrase is named by its head, not by the phrase after a preposition: "Korea expert
 * Lena Brandt from the Hale Institute" is Brandt, "Critics from across the region's business
 * community" are critics, "Omar Said of the Green Party" is Said.
 */
export function withHead(seg: Segmentation, ents: EntityIndex, np: Source, hops = 0, origin: Source = np): Source {
  const tokens = seg.doc.tokens;
  let k = np.first - 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k--;
  // "Dana Reyes of Northfield University and a contributor to the Ledger wrote": a description
  // joined by "and a" to a name describes that name; the name speaks.
  const described = describedName(seg, ents, np, hops);
  if (described) return described;
  const prep = tokens[k];
  // "an adviser to the governor", "an official speaking to the Courier": "to" after a noun or a
  // participle opens a complement of the head ("said to the Courier" never reaches here).
  const toComplement = prep?.lower === 'to' && (tokens[k - 1]?.pos === 'NOUN' || (tokens[k - 1]?.pos === 'VERB' && /ed$/.test(tokens[k - 1]!.lower) && tokens[k - 2]?.pos === 'NOUN') || PARTICIPLE_OF_SPEECH.test(tokens[k - 1]?.lower ?? '') || COMPLEMENT_ADJECTIVES.has(tokens[k - 1]?.lower ?? ''));
  // "Nurses marching along the river", "pupils walking to school": any preposition after an -ing participle that follows a noun.
  const afterParticiple = prep?.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB' && /ing$/.test(tokens[k - 1]!.lower) && (tokens[k - 2]?.pos === 'NOUN' || tokens[k - 2]?.pos === 'PROPN');
  if (k > 0 && hops < 2 && (PP_HEAD.has(prep!.lower) || toComplement || afterParticiple) && prep!.sentence === tokens[np.first]!.sentence) {
    if (tokens[k]!.lower === 'across' && PP_HEAD.has(tokens[k - 1]?.lower ?? '')) k--;
    // "Another official speaking to the Courier said": a participle after the head, then its complement.
    let h = k - 1;
    // "people involved in the talks", "officials familiar with the plan", "those close to him": a
    // participle or an adjective with its complement after the head.
    // ("Nurses marching through the halls": any participle of motion or action after the head.)
    const postModifier = PARTICIPLE_OF_SPEECH.test(tokens[h]?.lower ?? '') || (tokens[h]?.pos === 'VERB' && /ing$/.test(tokens[h]!.lower)) || COMPLEMENT_ADJECTIVES.has(tokens[h]?.lower ?? '') || (tokens[h]?.pos === 'VERB' && /ed$/.test(tokens[h]!.lower));
    if (postModifier && tokens[h - 1]?.sentence === prep!.sentence && (tokens[h - 1]!.pos === 'NOUN' || tokens[h - 1]!.pos === 'PROPN' || mentionIndex(ents, h - 1) >= 0 || DEMONSTRATIVE_HEADS.has(tokens[h - 1]!.lower))) {
      h--;
      // "Those close to him say": the demonstrative stands for the people the whole phrase describes.
      if (DEMONSTRATIVE_HEADS.has(tokens[h]!.lower)) return { span: { start: tokens[h]!.start, end: np.span.end }, mention: -1, first: h, last: np.last, how: np.how };
    }
    const head = tokens[h];
    // "some in the town say", "many in the party say": a plural quantifier opening its clause
    // before "in", "at" or "from" stands for the people of the place or body after it; it speaks.
    if (head && h === k - 1 && QUANTIFIER_HEADS.has(head.lower) && LOCATING.has(tokens[k]!.lower) && opensClause(tokens, h)) {
      return { span: { start: head.start, end: np.span.end }, named: { start: head.start, end: head.end }, mention: -1, first: h, last: np.last, how: np.how };
    }
    // "footage of the mayor saying", "a video of the senator asking": the recording shows its speaker.
    if (head && tokens[k]!.lower === 'of' && MEDIA_NOUNS.has(head.lower)) return np;
    // "Many of her supporters think", "seven of 10 parents say": a share of the people named
    // after "of"; the phrase opens with the share, the people are the speaker.
    // (Also people the entity stage left alone, a plural noun: "Some of the nurses at the clinic said".)
    const people = np.mention >= 0 || (tokens[np.last - 1]!.pos === 'NOUN' && /[^su]s$/.test(tokens[np.last - 1]!.lower));
    if (head && tokens[k]!.lower === 'of' && h === k - 1 && head.sentence === prep!.sentence && (PARTITIVE_QUANTIFIERS.has(head.lower) || head.pos === 'NUM' || NUMBER_WORDS.has(head.lower)) && people) {
      return { ...np, span: { start: head.start, end: np.span.end }, first: h };
    }
    if (head && seg.quoteOf[h]! < 0 && (mentionIndex(ents, h) >= 0 || head.pos === 'NOUN' || head.pos === 'PROPN')) {
      const outer = nounPhraseEndingAt(seg, ents, h);
      // "A number of senators said", "a group of nurses wrote": a noun of quantity counts the people
      // after "of"; they speak, and the phrase opens with the quantity.
      if (outer && outer.first < np.first && h === k - 1 && tokens[k]!.lower === 'of' && COLLECTIVES.has(head.lower) && (head.pos === 'NOUN' || (head.pos === 'PROPN' && NOT_NAMES.has(head.lower))) && !afterPreposition(tokens, outer.first)) {
        return { span: { start: outer.span.start, end: np.span.end }, mention: np.mention, first: outer.first, last: np.last, how: np.how };
      }
      // "In a March meeting with the board of the Star Smith said": a head that is itself the
      // object of a preposition opens an adjunct, not the subject; the phrase before the verb stays.
      // ("after negotiators for the firms rejected …": a time word before people opens a clause, whose subject they are.)
      if (outer && outer.first < np.first) return afterPreposition(tokens, outer.first) && !timeClauseSubject(seg, ents, outer) ? origin : withHead(seg, ents, outer, hops + 1, origin);
    }
  }
  return np;
}

/**
 * Does a preposition (past a determiner) open the phrase that starts at token `first`? Not "of"
 * (a complement, climbed further) nor "with" ("with 41 percent of farmers saying": the absolute
 * construction's subject).
 */
function afterPreposition(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.pos === 'DET') k--;
  const p = tokens[k];
  return p !== undefined && p.sentence === tokens[first]!.sentence && p.pos === 'ADP' && p.lower !== 'of' && p.lower !== 'with' && !SUBORDINATORS.has(p.lower);
}

/**
 * Does a time word that is also a preposition ("after", "before", "since", "until") open a clause
 * whose subject is the phrase `np` after it? Yes when the phrase names people ("after negotiators for
 * the firms rejected …"), who can be a subject; a thing after it is the object of the preposition
 * ("After a meeting with the board of the bank officials said …"), an adjunct.
 */
function timeClauseSubject(seg: Segmentation, ents: EntityIndex, np: Source): boolean {
  const tokens = seg.doc.tokens;
  let k = np.first - 1;
  if (tokens[k]?.pos === 'DET') k--;
  if (!TIME_SUBORDINATORS.has(tokens[k]?.lower ?? '')) return false;
  if (np.mention >= 0) return speakerLike(ents, np) && ents.mentions[np.mention]!.kind !== 'pronoun';
  const type = commonNounType(seg.doc.text.slice(np.span.start, np.span.end), 'person');
  return type === 'person' || type === 'group';
}
/** Time words that are prepositions and subordinators both. */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'once']);

/** Plural quantifiers that head "<quantifier> in <place or body>" ("some in the town", "many in the party"). */
const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(PLURAL_QUANTIFIERS);
/** A year ("2013", "1998"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Is token k a year right after a preposition or subordinator ("in 2013", "since 2019"), which ends that adjunct? */
function yearClosingAdjunct(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return YEAR.test(tokens[k]?.value ?? '') && before !== undefined && before.sentence === tokens[k]!.sentence && (before.pos === 'ADP' || before.pos === 'SCONJ');
}
/** Nouns of a collective number ("a number of senators"). */
const COLLECTIVES: ReadonlySet<string> = new Set(COLLECTIVE_NOUNS);
/** Prepositions that locate the people a quantifier counts ("in the party", "at the plant", "from the region"). */
const LOCATING: ReadonlySet<string> = new Set(['in', 'at', 'from', 'on', 'across']);

/** Words the tagger may read as prepositions that open a clause, whose subject follows: "whether the clerks in the county offices will say". */
const SUBORDINATORS: ReadonlySet<string> = new Set([...CLAUSE_ONLY_SUBORDINATORS, 'that', 'while']);

/**
 * The person's name mention after a place mention `mi` and one or two lower-case nouns or adjectives ("Dover
 * resident Tom Ellis", "Ohio farm owner Ann Lee"), or -1.
 */
function placeBeforeName(ents: EntityIndex, tokens: readonly Token[], mi: number): number {
  const m = ents.mentions[mi]!;
  const e = ents.entityOf[mi]!;
  if (m.kind !== 'name' || !onMap(e >= 0 ? ents.entities[e]!.type : m.type)) return -1;
  let k = m.last;
  while (k < m.last + 2 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') && /^\p{Ll}/u.test(tokens[k]!.value) && tokens[k]!.sentence === tokens[m.first]!.sentence) k++;
  if (k === m.last) return -1;
  const n = mentionIndex(ents, k);
  if (n < 0 || ents.mentions[n]!.first !== k || ents.mentions[n]!.kind !== 'name') return -1;
  const ne = ents.entityOf[n]!;
  return (ne >= 0 ? ents.entities[ne]!.type : ents.mentions[n]!.type) === 'person' ? n : -1;
}

/** The noun phrase starting at token k: a mention there, or determiner + modifiers + noun. */
export function nounPhraseAt(seg: Segmentation, ents: EntityIndex, k: number, how: Source['how']): Source | null {
  const tokens = seg.doc.tokens;
  const t = tokens[k];
  if (!t) return null;
  const mi = mentionIndex(ents, k);
  // "said her old roommate at Tufts, Ann Lowe": a possessive opens a noun phrase.
  const possessor = (how === 'inverted' || how === 'after') && mi >= 0 && ents.mentions[mi]!.kind === 'pronoun' && POSSESSIVE_DETERMINERS.has(ents.mentions[mi]!.key) && tokens[k + 1]?.pos !== 'PUNCT';
  if (mi >= 0 && !possessor) {
    const m = ents.mentions[mi]!;
    if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(m.key)) return null;
    // "said Dover resident Tom Ellis", "said Ohio native Ann Lee": a place before a common noun
    // and a person's name describes the person, who speaks.
    const described = placeBeforeName(ents, tokens, mi);
    if (described >= 0) {
      const n = ents.mentions[described]!;
      return { span: { start: m.start, end: n.end }, mention: described, first: m.first, last: n.last, how };
    }
    // "said Utah State University lecturer Ken Abe": a title before a name is the name's.
    const next = mentionIndex(ents, m.last);
    if (m.kind === 'role' && next >= 0 && ents.mentions[next]!.kind === 'name' && ents.mentions[next]!.first === m.last) {
      const n = ents.mentions[next]!;
      return { span: { start: m.start, end: n.end }, mention: next, first: m.first, last: n.last, how };
    }
    // "according to Reyes's critics": the phrase goes on to its head noun.
    if (m.possessive && m.kind === 'name') {
      let h = m.last + 1;
      while (h < tokens.length && (tokens[h]!.pos === 'ADJ' || tokens[h]!.pos === 'NOUN') && tokens[h + 1]?.pos === 'NOUN') h++;
      const head = tokens[h];
      if (head && head.pos === 'NOUN' && head.sentence === t.sentence) {
        if (VOICE_OF.has(head.lower)) return { ...fromMention(ents, mi, how), span: { start: m.start, end: head.end }, last: h + 1 };
        return { span: { start: m.start, end: head.end }, mention: mentionIndex(ents, h) >= 0 ? mentionIndex(ents, h) : -1, first: k, last: h + 1, how };
      }
    }
    return fromMention(ents, mi, how);
  }
  // "said Will Doyle": a capitalised first name the tagger took for a verb, before the name it opens.
  const next = mentionIndex(ents, k + 1);
  if (next >= 0 && /^\p{Lu}\p{Ll}/u.test(t.value) && ents.mentions[next]!.first === k + 1 && ents.mentions[next]!.kind === 'name' && t.sentence === tokens[k + 1]!.sentence) {
    const n = ents.mentions[next]!;
    return { span: { start: t.start, end: n.end }, mention: next, first: k, last: n.last, how };
  }
  // "according to show insiders": after "according to" a noun phrase follows, whatever the tagger made of its first word.
  const taggedAway = how === 'after' && /^\p{Ll}+$/u.test(t.value) && tokens[k + 1]?.pos === 'NOUN' && t.sentence === tokens[k + 1]!.sentence;
  // "according to people who saw …", "according to sources": the tagger reads a verb after "to"; it is the head noun.
  const verbAfterTo = how === 'after' && !taggedAway && t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.value) && !/(?:ing|ed)$/.test(t.lower);
  const posAt = (x: number): string => (x === k && (taggedAway || verbAfterTo) ? 'NOUN' : tokens[x]!.pos);
  if (!possessor && !taggedAway && !verbAfterTo && (!NP_POS.has(t.pos) || t.pos === 'PART' || (t.pos === 'PRON'))) return null;
  if (taggedAway && next >= 0 && ents.mentions[next]!.first === k + 1) {
    const n = ents.mentions[next]!;
    return { span: { start: t.start, end: n.end }, mention: next, first: k, last: n.last, how };
  }
  // "said one of three neighbours", "according to one of her former staffers": a share of the people after "of".
  if ((COUNTING_QUANTIFIERS.has(t.lower) || t.pos === 'NUM' || NUMBER_WORDS.has(t.lower)) && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.sentence === t.sentence && (how === 'inverted' || how === 'after')) {
    const people = nounPhraseAt(seg, ents, k + 2, how);
    if (people) return { ...people, span: { start: t.start, end: people.span.end }, first: k };
  }
  // (A first word tagged away, "exit polls" with "exit" as a verb, stays in the phrase.)
  let last = possessor || taggedAway || verbAfterTo ? k + 1 : k;
  while (last < tokens.length && last - k < 8) {
    const x = tokens[last]!;
    // Compounds joined by hyphens stay inside ("a just-released poll", "a well-known analyst").
    const hyphenated = x.value === '-' || tokens[last + 1]?.value === '-' || tokens[last - 1]?.value === '-';
    // A name, whatever the tagger made of its first word ("the Associated Press").
    if (x.sentence === t.sentence && x.pos !== 'PRON' && mentionIndex(ents, last) >= 0) {
      const m = fromMention(ents, mentionIndex(ents, last), how);
      // ("…,” said one unaffiliated party strategist": the words before the mention open the speaker's phrase.)
      return how === 'inverted' && last > k && m.first === last ? { ...m, span: { start: t.start, end: m.span.end }, first: k } : m;
    }
    if (x.sentence !== t.sentence || (!NP_POS.has(x.pos) && !hyphenated && !modifierAfterCue(tokens, how, k, last)) || x.pos === 'PRON') break;
    last++;
  }
  if (last === k) return null;
  // "a person close to the family": a trailing adjective opens a complement; the noun before it heads the phrase.
  if (last - 1 > k && tokens[last]?.pos === 'ADP' && tokens[last - 1]!.pos === 'ADJ' && (posAt(last - 2) === 'NOUN' || posAt(last - 2) === 'PROPN')) last--;
  // "a post late Sunday by the governor": a time after a document noun ends the phrase.
  const time = last - 1 > k ? timeAdjunctEndingAt(tokens, last - 1) : -1;
  if (time > k + 1 && DOCUMENTS.has(tokens[time - 1]!.lower)) last = time;
  const head = tokens[last - 1]!;
  // "the 46-year-old": a hyphenated age stands for a person.
  const age = head.lower === 'old' && tokens[last - 2]?.value === '-' && tokens[last - 3]?.lower === 'year';
  // "said the camp chief known as Rook": the last noun of a compound the tagger read as an adjective.
  const compoundHead = head.pos === 'ADJ' && last - 1 > k && tokens[last - 2]!.pos === 'NOUN' && tokens[k]!.pos === 'DET' && tokens[last]?.pos !== 'NOUN';
  if (posAt(last - 1) !== 'NOUN' && head.pos !== 'PROPN' && !age && !compoundHead) return null;
  // "a note issued by the mayor's office": the document's author is the source.
  // (A time may stand between the document and its author: "a tweet on Thursday by the senator".)
  const afterTime = DOCUMENTS.has(head.lower) ? pastTimeBeforeAuthor(tokens, last) : last;
  const by = tokens[last + 1]?.lower === 'by' || tokens[last + 1]?.lower === 'from' ? last + 2 : tokens[afterTime]?.lower === 'by' || tokens[afterTime]?.lower === 'from' ? afterTime + 1 : -1;
  if (DOCUMENTS.has(head.lower) && by > 0 && (tokens[last]!.pos === 'VERB' || tokens[afterTime]!.lower === 'by' || tokens[afterTime]!.lower === 'from')) {
    const author = nounPhraseAt(seg, ents, by, how);
    if (author) return author;
  }
  const named = appositiveName(seg, ents, last);
  if (named >= 0) {
    const n = ents.mentions[named]!;
    return { span: { start: t.start, end: n.end }, mention: named, first: k, last: n.last, how };
  }
  return { span: { start: t.start, end: head.end }, mention: -1, first: k, last, how };
}


/**
 * A person's name set off by a comma after a description ending before token k, possibly after
 * an affiliation ("her old roommate at Tufts, Ann Lowe", "a campaign aide, Jane Roe"): the
 * mention index of the name, or -1.
 */
export function appositiveName(seg: Segmentation, ents: EntityIndex, k: number): number {
  const tokens = seg.doc.tokens;
  let x = k;
  if (tokens[x] && PP_HEAD.has(tokens[x]!.lower)) {
    x++;
    while (x < tokens.length && x - k < 6 && (tokens[x]!.pos === 'PROPN' || tokens[x]!.pos === 'NOUN' || tokens[x]!.pos === 'DET' || tokens[x]!.pos === 'ADJ')) x++;
  }
  if (tokens[x]?.value !== ',' || seg.quoteOf[x]! >= 0) return -1;
  const mi = mentionIndex(ents, x + 1);
  if (mi < 0) return -1;
  const m = ents.mentions[mi]!;
  if (m.kind !== 'name' || m.first !== x + 1 || m.sentence !== tokens[k - 1]?.sentence) return -1;
  const e = ents.entityOf[mi]!;
  if ((e >= 0 ? ents.entities[e]!.type : m.type) !== 'person') return -1;
  // The name closes the phrase: a comma or the sentence end follows.
  const after = tokens[m.last];
  return !after || after.value === ',' || after.value === '.' || after.sentence !== m.sentence ? mi : -1;
}

/** Token k, or the "by"/"from" after a time expression that starts at k ("on Monday by", "late Sunday from"). */
export function pastTimeBeforeAuthor(tokens: readonly Token[], k: number): number {
  for (let b = k + 1; b < tokens.length && b - k <= 6 && tokens[b]!.sentence === tokens[k]?.sentence; b++) {
    if (tokens[b]!.lower !== 'by' && tokens[b]!.lower !== 'from') continue;
    return timeAdjunctEndingAt(tokens, b - 1) === k ? b : k;
  }
  return k;
}

/** Token j, or the token before a bracketed aside ending at j ("Blumenauer (D-Ore.)"). */
export function beforeBrackets(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.value !== ')') return j;
  for (let k = j - 1; k >= Math.max(0, j - 8); k--) {
    // (A full stop inside the brackets, "(D-N.Y)", may split the sentence there: the name is the opener's.)
    if (tokens[k]!.value === '(') return tokens[k - 1]?.sentence === tokens[j]!.sentence || tokens[k - 1]?.sentence === tokens[k]!.sentence ? k - 1 : j;
    if (tokens[k]!.value === ')') return j;
  }
  return j;
}

/** An apostrophe closing a possessive ("Reyes' campaign manager"), not a quotation mark. */
export function possessiveMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return (t.value === "'" || t.value === '\u2019') && before !== undefined && before.end === t.start && /s$/i.test(before.value) && tokens[k + 1]?.pos !== 'PUNCT';
}

/** Does the phrase name someone who can speak: a person, organisation or group mention, or a role? */
export function speakerLike(ents: EntityIndex, np: Source): boolean {
  if (np.mention < 0) return false;
  const m = ents.mentions[np.mention]!;
  if (m.kind === 'pronoun' || m.kind === 'role' || m.kind === 'group') return true;
  const e = ents.entityOf[np.mention]!;
  const type = e >= 0 ? ents.entities[e]!.type : m.type;
  return type !== 'place' && type !== 'country';
}
/**
 * Is token k a genitive mark: "'s", "’s", or a bare apostrophe right after a word ending in s
 * ("Reyes' office", "the unions' warnings")? Not a closing quotation mark after another word.
 */
export function genitiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === "'s" || t.lower === '\u2019s') return true;
  const before = tokens[k - 1];
  return (t.value === "'" || t.value === '\u2019') && before !== undefined && before.end === t.start && /s$/.test(before.lower);
}
