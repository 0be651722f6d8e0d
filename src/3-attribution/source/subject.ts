// The subject to the left of the cue, past adverbs, auxiliaries and a time ("Smith on Saturday criticized"), or before a participle.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Source, SourceCtx } from '../source.js';
import { QUOTE_MARK_LATIN } from '../../vocabulary/punctuation.js';
import { CLAUSE_START, beforeBrackets, isVerbish, nounPhraseEndingAt, possessiveMark, speakerLike } from './nounPhrase.js';
import { relativeAntecedent } from './relative.js';
import { longSubjectHead } from './longSubject.js';
import { DOCUMENTS, MEDIA_NOUNS } from '../../vocabulary/documents.js';
import { PERIODS, WEEKDAYS } from '../../vocabulary/time.js';
import { COLLECTIVE_NOUNS, COUNTING_QUANTIFIERS, PARTITIVE_QUANTIFIERS } from '../../vocabulary/quantifiers.js';

export const SKIP_LEFT = new Set(['also', 'later', 'then', 'previously', 'reportedly', 'once', 'repeatedly', 'again', 'recently', 'earlier', 'further', 'separately', 'similarly', 'still', 'often', 'never', 'always', 'not', "n't", 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'should', 'must', 'be', 'been', 'being', 'since', 'even', 'just', 'publicly', 'privately', 'flatly', 'quickly', 'directly', 'simply', 'explicitly', 'clearly', 'openly', 'first', 'last', 'yesterday', 'today', 'too', 'now', 'currently', 'already', 'both', 'all', 'each', 'jointly', 'overall', 'himself', 'herself', 'themselves', 'itself']);


/** "he’s hoping", "they’re saying", "we’ve argued": a contracted auxiliary stands between subject and verb. */
export function contractedAuxiliary(t: Token): boolean {
  return t.pos === 'AUX' && /^['\u2019](?:s|re|ve|d|ll|m)$/.test(t.lower);
}

/**
 * Verbs whose object performs the participle after it: "had Democrats wondering", "left voters
 * saying"; and verbs that present what their object says: "the ad features farmers telling",
 * "the list includes Reyes vowing", "quoted aides saying". (Not "the video shows Reyes
 * talking": a recording that shows someone is itself the source, as PolNeAR reads it.)
 */
export const OBJECT_DOES = new Set(['have', 'leave', 'keep', 'get', 'find', 'see', 'hear', 'watch', 'catch', 'spot', 'overhear', 'imagine', 'picture', 'include', 'feature', 'quote', 'cite']);

/** Nouns of a collective number ("a group of nurses"). */
const COLLECTIVES: ReadonlySet<string> = new Set(COLLECTIVE_NOUNS);

/** Shares that may open "<share> of <people>" before a participle ("one of his flyers asking"). */
const NUMBER_WORDS_SHARE: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'many', 'several', 'few', 'most', 'none']);

/** Prepositions whose object is a place, medium or occasion, not the speaker of a participle after it ("on CNN talking"). */
export const NOT_BEFORE_PARTICIPLE = new Set(['on', 'in', 'at', 'to', 'into', 'from', 'for', 'about', 'against', 'over', 'during', 'after', 'before', 'through', 'across']);

/**
 * Does the noun phrase right before a participle speak it? "with a quarter of members saying",
 * "a gunman claiming", "officials saying" — yes; "was on CNN talking", "the run-up to the
 * caucuses portraying" — no: after such a preposition the clause's subject speaks.
 */
export function participleSubject(seg: Segmentation, ents: EntityIndex, np: Source): boolean {
  const tokens = seg.doc.tokens;
  // ("those calling themselves …", "even those not blaming him": whatever stands before "those".)
  if (np.last - np.first === 1 && tokens[np.first]!.lower === 'those') return true;
  let p = np.first - 1;
  if (tokens[p]?.pos === 'DET') p--;
  const before = tokens[p];
  if (before?.lower === 'with') return true;
  if (before && before.pos === 'ADP' && NOT_BEFORE_PARTICIPLE.has(before.lower)) return false;
  // "issued a statement saying", "emailed supporters saying": the object of a verb; its subject speaks.
  // But "had Democrats wondering", "left voters saying", "heard him telling": the object does it.
  if (before && (before.pos === 'VERB' || before.pos === 'AUX')) return OBJECT_DOES.has(before.lemma);
  if (speakerLike(ents, np)) return true;
  if (np.mention >= 0) return false;
  const head = tokens[np.last - 1]!;
  // ("with one of his flyers asking", "two of the protesters shouting": a share of them does it.)
  const share = before?.lower === 'of' && (tokens[p - 1]?.pos === 'NUM' || NUMBER_WORDS_SHARE.has(tokens[p - 1]?.lower ?? ''));
  return (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'NUM') && !PERIODS.has(head.lower) && !WEEKDAYS.has(head.lower) && (before?.pos !== 'ADP' || share) && !DOCUMENTS.has(head.lower) && !MEDIA_NOUNS.has(head.lower);
}

/** "Cruz, when asked what was wrong, responded": a subordinate clause between subject and verb. */
export const ADJUNCT_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'if', 'although', 'though', 'once', 'asked']);
export const ADJUNCT_ADVERBS = new Set(['later', 'earlier', 'however', 'meanwhile', 'instead', 'too', 'also', 'though', 'again']);

/**
 * The subject before an adjunct set off by commas and ending at the comma j before the cue:
 * "Clinton, during a town hall in Columbus, Ohio, said", "Okafor, citing federal data, said",
 * "Reyes, later alleging …, said". The adjunct opens with a preposition (not "of"), a participle
 * or a linking adverb; the subject is a person, organisation, group, role or pronoun.
 */
export function subjectBeforeAdjunct(seg: Segmentation, ents: EntityIndex, j: number, inQuote: (k: number) => boolean, participle: boolean): Source | null {
  const tokens = seg.doc.tokens;
  const sentence = tokens[j]!.sentence;
  for (let c = j - 2; c > 0 && j - c < 30; c--) {
    const t = tokens[c]!;
    if (t.sentence !== sentence || inQuote(c) || t.value === ';' || QUOTE_MARK_LATIN.test(t.value) && !possessiveMark(tokens, c)) return null;
    // A finite verb makes the aside a clause ("as Reyes echoed the criticism,"), not an adjunct.
    // Before a participle cue ("…, saying"), a finite verb makes the aside a clause ("as Reyes
    // echoed the criticism,"), whose subject the participle continues.
    if (participle && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[c - 1]?.value !== ',') return null;
    if (t.value !== ',') continue;
    const next = tokens[c + 1]!;
    const opener = (next.pos === 'ADP' && next.lower !== 'of') || (next.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower)) || ADJUNCT_ADVERBS.has(next.lower) || (ADJUNCT_SUBORDINATORS.has(next.lower) && !participle);
    if (!opener) continue;
    const np = nounPhraseEndingAt(seg, ents, beforeBrackets(tokens, c - 1));
    if (!np || tokens[np.first - 1]?.pos === 'ADP') continue;
    if (participle && np.mention < 0) continue;
    // A mention that can speak, or a noun phrase the entity stage left alone ("Nurses at the hospital").
    if (np.mention >= 0 ? speakerLike(ents, np) && !ents.mentions[np.mention]!.afterPreposition : tokens[np.last - 1]!.pos === 'NOUN' || tokens[np.last - 1]!.pos === 'PROPN') return np;
  }
  return null;
}

/**
 * "A memo from the union seen by the Tribune warns": the phrase before the cue is
 * the agent of a participle after the subject; the subject is the phrase before the participle.
 */
export function agentOfParticiple(seg: Segmentation, ents: EntityIndex, np: Source): Source | null {
  const tokens = seg.doc.tokens;
  let by = np.first - 1;
  if (tokens[by]?.pos === 'DET') by--;
  const participle = tokens[by - 1];
  if (tokens[by]?.lower !== 'by' || !participle || participle.pos !== 'VERB' || !/(?:ed|en)$/.test(participle.lower) || participle.sentence !== tokens[np.first]!.sentence) return null;
  const head = tokens[by - 2];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && mentionIndex(ents, by - 2) < 0)) return null;
  // (A document "released by the committee" speaks for its author, the agent.)
  if (DOCUMENTS.has(head.lower)) return null;
  return nounPhraseEndingAt(seg, ents, by - 2);
}

/**
 * "Will wrote", "…,” Will said": a capitalised modal right before a past-tense cue is a name —
 * a modal takes the base form ("Will voters say …?").
 */
function modalAsName(left: Token, cue: Token): boolean {
  return MODAL_NAMES.has(left.value) && cue.lower !== cue.lemma && !cue.lower.endsWith('ing') && !cue.lower.endsWith('s');
}
/** Capitalised modals that are also names. */
const MODAL_NAMES: ReadonlySet<string> = new Set(['Will', 'May', 'Shall']);

/** The noun phrase right before the cue (or the antecedent of a relative clause it ends): "Aides who talked to the Ledger said". */
export function leftSubject(c: SourceCtx): Source | null {
  const { seg, ents, cue, inQuote, j, left } = c;
  const capitalisedSubject = left !== undefined && /^\p{Lu}\p{Ll}/u.test(left.value) && !CLAUSE_START.has(left.lower) && left.pos !== 'ADP' && (left.pos !== 'AUX' || modalAsName(left, cue)) && !/(?:ing|ed)$/.test(left.lower);
  if (left && !inQuote(j) && left.value !== ',' && !QUOTE_MARK_LATIN.test(left.value) && left.pos !== 'PUNCT' && (!isVerbish(left) || capitalisedSubject)) {
    // "Clinton spent the run-up to the caucuses portraying …", "caught on a microphone telling …":
    // before a participle, a phrase that names no one who can speak is no source; the clause's
    // subject is (below).
    const participle = cue.lower.endsWith('ing');
    // "among those describing their views as liberal": "those" stands for the people the participle describes.
    const np = nounPhraseEndingAt(seg, ents, j) ?? (cue.lower.endsWith('ing') && left.lower === 'those' ? { span: { start: left.start, end: left.end }, mention: -1, first: j, last: j + 1, how: 'subject' as const } : null);
    // "Aides who talked to the Ledger said": the phrase ends a relative clause; its antecedent speaks.
    // (Unless the phrase cannot end one before a verb of the antecedent's, see `endsRelativeClause`.)
    const antecedent = np ? (endsRelativeClause(seg, np, participle) ? relativeAntecedent(seg, ents, np.first, inQuote) : null) ?? agentOfParticiple(seg, ents, np) : null;
    if (antecedent) return antecedent;
    // "Several judges handling the suits have cited": the phrase that opens a long subject speaks.
    const long = np && !participle ? longSubjectHead(seg, ents, np) : null;
    if (long) return long;
    if (np && participle) {
      const people = peopleAfterOf(seg, ents, np, j);
      if (people) return people;
    }
    if (np && (!participle || participleSubject(seg, ents, np))) return np;
  }
  if (left && !inQuote(j) && !cue.lower.endsWith('ing')) return nounTaggedVerb(seg, j);
  return null;
}

/**
 * Can the phrase before the cue end a relative clause whose antecedent is the cue's subject
 * ("Aides who talked to the Ledger said")? Not a subject pronoun: "she" is never an object,
 * so in "the programs she has proposed" she is the subject of the cue herself, and the "that"
 * further back ("her admission that …") is no relative pronoun of hers. Nor before a participle
 * cue: a participle is no finite verb of the main clause; right after the relative clause's object
 * it tells what that object does ("a video that shows him begging", `participleSubject`).
 */
function endsRelativeClause(seg: Segmentation, np: Source, participle: boolean): boolean {
  if (participle) return false;
  const t = seg.doc.tokens[np.first]!;
  return !(np.last - np.first === 1 && SUBJECT_CASE.has(t.lower));
}
/** Subject pronouns that have an object form of their own (not "it", not "you"). */
const SUBJECT_CASE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Determiners that open a noun phrase and never a clause: after one, a word the tagger read as a verb is a noun. */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'another', 'some', 'many', 'several', 'its', 'their', 'his', 'her', 'our', 'each', 'every', 'both', 'such']);

/**
 * "Another ranking says", "the same polling suggests", "Some analyses suggest": the head of the
 * subject is a noun the tagger read as a verb or an adjective (an -ing noun, a plural in -ses). A determiner before
 * it, past adjectives and numbers, shows it is a noun; the phrase from the determiner is the
 * source. Not "the figures that emerged suggest": "that" opens a clause.
 */
function nounTaggedVerb(seg: Segmentation, j: number): Source | null {
  const tokens = seg.doc.tokens;
  const head = tokens[j]!;
  // (Not a participle after its noun: "the country involved was found".)
  if ((head.pos !== 'VERB' && head.pos !== 'ADJ') || !/^\p{Ll}+$/u.test(head.value) || /(?:ed|en)$/.test(head.lower) || seg.quoteOf[j]! >= 0) return null;
  // (An adjective heads a phrase only right after its determiner and adjectives: not "the public
  // overall says", where the noun before it heads, nor "Obama the hopeful has", an epithet.)
  const adjective = head.pos === 'ADJ';
  let d = j - 1;
  while (d >= 0 && j - d <= 3 && tokens[d]!.sentence === head.sentence && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'NUM' || (tokens[d]!.pos === 'NOUN' && !adjective)) && !NOUN_DETERMINERS.has(tokens[d]!.lower)) d--;
  const det = tokens[d];
  if (!det || det.sentence !== head.sentence || !NOUN_DETERMINERS.has(det.lower)) return null;
  // (Nor the object of a preposition: "Lowe in a radio address appeared to blame".)
  const opener = tokens[d - 1];
  if (opener && opener.sentence === head.sentence && (opener.pos === 'ADP' || (adjective && (opener.pos === 'NOUN' || opener.pos === 'PROPN')))) return null;
  return { span: { start: det.start, end: head.end }, mention: -1, first: d, last: j + 1, how: 'subject' };
}

/**
 * "The share of young drivers saying …", "the rhetoric of the candidates blasting …": a participle
 * right after "<noun> of <people>" is done by the people, the nearest noun, not by the head the
 * subject reader climbed to. Only for plural people (a plural common noun or a group mention)
 * after a head that names no one; "the head of the union saying" keeps its leader, and "Dana
 * Reyes of the Green Party" its name.
 */
function peopleAfterOf(seg: Segmentation, ents: EntityIndex, np: Source, j: number): Source | null {
  const tokens = seg.doc.tokens;
  if (speakerLike(ents, np)) return null;
  // ("a note to the school board urging": after such a preposition or a verb's object, the clause's subject speaks.)
  let p = np.first - 1;
  if (tokens[p]?.pos === 'DET') p--;
  const before = tokens[p];
  if (before && ((before.pos === 'ADP' && NOT_BEFORE_PARTICIPLE.has(before.lower)) || ((before.pos === 'VERB' || before.pos === 'AUX') && !OBJECT_DOES.has(before.lemma)))) return null;
  let of = j - 1;
  while (of > np.first && j - of < 6 && tokens[of]!.lower !== 'of') of--;
  if (of <= np.first || tokens[of]!.lower !== 'of') return null;
  // ("41 percent of farmers saying", "many of the workers saying": a share keeps its whole phrase;
  // so does a collective number, "a group of nurses demanding", "an army of volunteers urging".)
  const share = tokens[of - 1]!;
  if (share.pos === 'NUM' || share.lower === 'percent' || share.value === '%' || COUNTING_QUANTIFIERS.has(share.lower) || PARTITIVE_QUANTIFIERS.has(share.lower) || COLLECTIVES.has(share.lower)) return null;
  let first = of + 1;
  if (tokens[first]?.pos === 'DET') first++;
  if (first > j) return null;
  const mi = mentionIndex(ents, j);
  const m = mi >= 0 ? ents.mentions[mi]! : undefined;
  if (m && m.first >= first && m.last === j + 1) return m.kind === 'group' ? { span: { start: tokens[of + 1]!.start, end: m.end }, mention: mi, first: of + 1, last: j + 1, how: 'subject' } : null;
  for (let k = first; k <= j; k++) if (!['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[k]!.pos) || mentionIndex(ents, k) >= 0) return null;
  const head = tokens[j]!;
  if (head.pos !== 'NOUN' || !/[^su]s$/.test(head.lower) || PERIODS.has(head.lower) || PERIODS.has(head.lower.slice(0, -1)) || DOCUMENTS.has(head.lower.slice(0, -1)) || MEDIA_NOUNS.has(head.lower.slice(0, -1))) return null;
  return { span: { start: tokens[of + 1]!.start, end: head.end }, mention: -1, first: of + 1, last: j + 1, how: 'subject' };
}

/** An adjunct between commas: "Clinton, during a town hall in Columbus, Ohio, said". */
export function subjectPastAdjunct(c: SourceCtx): Source | null {
  const { seg, ents, cue, inQuote, j, left } = c;
  // An adjunct between commas: "Clinton, during a town hall in Columbus, Ohio, said".
  if (left && left.value === ',' && !inQuote(j)) {
    const subject = subjectBeforeAdjunct(seg, ents, j, inQuote, cue.lower.endsWith('ing'));
    if (subject) return subject;
  }
  return null;
}
