/** What one token (or a short run) is, for the mention readers: capitalised, a name word, a title, a place, a subject. */
import type { Token } from '../../adapters/wink.js';
import { isCommonWord, isGivenName, nameTags } from '../../adapters/compromise.js';
import { NOT_NAMES } from '../../vocabulary/notNames.js';
import { BEFORE_A_MONTH, MONTHS_AS_GIVEN_NAMES } from '../../vocabulary/time.js';
import { TITLES } from '../../vocabulary/titles.js';
import type { KnowledgeIndex } from '../knowledgeIndex.js';
import { wordClass } from '../../util/wordClasses.js';

export const BAD_NAME_POS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART', 'PUNCT', 'SPACE', 'SYM', 'NUM']);
/** A capitalised run longer than this is a headline or a list, read a name at a time. */
export const MAX_NAME_TOKENS = 10;
export const UPPER = /^\p{Lu}/u;
export const HAS_LOWER = /\p{Ll}/u;

/** Does the word start with an upper-case letter (`UPPER`)? ASCII without the regex: most tokens are. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(word);
}

export function isCap(t: Token): boolean {
  return startsUpper(t.value);
}

export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019');
}

export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') return true;
    if (t.pos === 'PUNCT') {
      if (/^[.!?:;\u201c"'\u2018(\[\u2014\u2013-]$/.test(t.value)) return true;
      continue;
    }
    return t.sentence !== tokens[i]!.sentence;
  }
  return true;
}

/** A word of NOT_NAMES, also with one full stop after it: the lower-case form less a final "." is in the list. */
const isNotName = wordClass('lower', () => [...[...NOT_NAMES].filter((w) => !w.endsWith('.')), ...[...NOT_NAMES].map((w) => `${w}.`)]);

/** A pronoun run into its verb ("I’m", "We’ve", "That's"): one token for wink, never a name. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|here|what|who|let)['\u2019](?:m|re|ve|ll|d|s)$/;

/**
 * "Interior Minister Jan Novak", "April Ryan said": a month that is also a given name opens a
 * name when a surname follows it at once (a capitalised word that is no ordinary English word),
 * that the knowledge base does not know, and no determiner, number or word of time comes before
 * it ("in June Congress", "the August Plenum", "last April", "from August Merkel insisted").
 */
function givenNameMonth(tokens: readonly Token[], i: number, kb: KnowledgeIndex): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!MONTHS_AS_GIVEN_NAMES.has(t.lower) || !next || next.start !== t.end + 1 || !startsUpper(next.value) || !HAS_LOWER.test(next.value)) return false;
  if (isNotName(next) || isCommonWord(next.lower) || next.sentence !== t.sentence) return false;
  // ("From August Merkel insisted …", "June Congress passed …": a name or body the knowledge base knows is someone else.)
  if (kb.byName.has(next.lower)) return false;
  const before = tokens[i - 1];
  return !before || (before.pos !== 'DET' && before.pos !== 'NUM' && !BEFORE_A_MONTH.has(before.lower));
}

/** Is the token a word that may stand in a name? Capitalised, not a function word. */
export function nameWord(tokens: readonly Token[], i: number, kb: KnowledgeIndex): boolean {
  const t = tokens[i];
  if (!t || !isCap(t) || BAD_NAME_POS.has(t.pos)) return false;
  if (t.value.length === 1 && t.value !== 'I' && tokens[i + 1]?.value === '.') return true; // an initial
  if (t.value.length === 1) return false; // "[T]his", a list letter
  if (t.lower === 'i' || CONTRACTION.test(t.lower)) return false;
  if (!HAS_LOWER.test(t.value) && t.value.length > 1) return true; // NATO, CPAC
  if (isNotName(t) && !kb.byName.has(t.lower) && !givenNameMonth(tokens, i, kb)) return false;
  if (gerundAtStart(tokens, i) && !kb.byName.has(t.lower)) return false;
  return true;
}

/**
 * A gerund opening a sentence ("Winning Ohio's vote is …"): tagged a verb, an ordinary English
 * word in -ing, and no name in compromise's lexicon (a first name such as "Sterling" stays). It is capitalised
 * for its place, not part of the name after it.
 */
function gerundAtStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.pos === 'VERB' && t.lower.endsWith('ing') && isCommonWord(t.lower) && nameTags(t.lower).length === 0 && sentenceInitial(tokens, i);
}

/** First words of titles: most tokens start none, and are rejected with one look-up. */
export const TITLE_FIRST = new Set([...TITLES].map((t) => t.split(/[\s.-]/)[0]!));

/** A first word of a title, with or without a full stop ("sen", "sen."). */
const startsTitle = wordClass('lower', () => [...TITLE_FIRST].flatMap((w) => [w, `${w}.`]));

/** Longest title (one to four words) starting at token i, matched case-insensitively. */
export function titleAt(tokens: readonly Token[], i: number): { title: string; end: number } | null {
  const head = tokens[i];
  if (!head || !startsTitle(head)) return null;
  let best: { title: string; end: number } | null = null;
  let phrase = '';
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.value !== '.' && t.value !== '-') break;
    phrase = phrase ? (t.value === '.' || t.value === '-' || tokens[k - 1]!.value === '-' ? phrase + t.lower : `${phrase} ${t.lower}`) : t.lower;
    if (TITLES.has(phrase)) best = { title: phrase, end: k + 1 };
  }
  return best;
}

export function placeOf(word: string, kb: KnowledgeIndex): string | undefined {
  const lower = word.toLowerCase();
  const fromKb = kb.placeOfAdjective.get(lower) ?? (lower.endsWith('s') ? kb.placeOfAdjective.get(lower.replace(/'s$|’s$/, '')) : undefined);
  if (fromKb) return fromKb;
  const tags = nameTags(lower);
  if (tags.includes('demonym') || tags.includes('country')) return word;
  return undefined;
}

/** A verb within three tokens after the phrase, with only adverbs and particles between. */
export function isSubject(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < Math.min(tokens.length, last + 3); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

export function isSentenceBreak(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence;
}

/** How the words of one text are written: lower case somewhere, capitalised inside a sentence somewhere. */
export interface Casing {
  readonly lower: ReadonlySet<string>;
  readonly capitalisedInside: ReadonlySet<string>;
  /** Words written as a surname somewhere: capitalised, with lower-case letters, right after a known given name ("Nadia Brook"). */
  readonly surnames: ReadonlySet<string>;
}
const casings = new WeakMap<readonly Token[], Casing>();

/** The casing of every word of the text, computed once per token array. */
export function casingOf(tokens: readonly Token[]): Casing {
  let c = casings.get(tokens);
  if (c) return c;
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  const surnames = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE' || t.value.length < 2) continue;
    if (!startsUpper(t.value)) lower.add(t.lower);
    else if (HAS_LOWER.test(t.value) && !sentenceInitial(tokens, k)) {
      capitalisedInside.add(t.lower);
      const before = tokens[k - 1]!;
      if (before.end + 1 === t.start && startsUpper(before.value) && isGivenName(before.lower)) surnames.add(t.lower);
    }
  }
  c = { lower, capitalisedInside, surnames };
  casings.set(tokens, c);
  return c;
}

/** Endings of adjectives: "Federal", "Scientific". */
const COMMON_ENDING = /(?:al|ic|ive|ous|ful)$/;
/** Endings of abstract nouns, which open sentences capitalised and name no one: "Democracy", "Fairness", "Inflation". */
const ABSTRACT_NOUN_ENDING = /.{3}(?:acy|ency|ancy|ity|ism|ness|ment|tion|sion)$/;

/** Does the lower-case word end as an abstract noun does ("democracy", "solidarity", "inflation")? */
export function hasAbstractNounEnding(lower: string): boolean {
  return ABSTRACT_NOUN_ENDING.test(lower);
}
/** A sentence adverb: four letters or more and -ly ("Ironically", "Predictably"), which a comma follows. */
const SENTENCE_ADVERB = /^\p{L}{4,}ly$/u;

/**
 * A capitalised word at the start of a sentence that is a common word of this text: written in
 * lower case elsewhere in it and never capitalised inside a sentence ("Critics said …" beside
 * "the critics"), or with the ending of an adjective or an agent plural before a word that is
 * not a verb ("Federal courts", "Agricultural production"), or a sentence adverb before its
 * comma ("Ironically, …").
 */
export function commonAtStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!sentenceInitial(tokens, i)) return false;
  const casing = casingOf(tokens);
  if (casing.capitalisedInside.has(t.lower)) return false;
  if (casing.lower.has(t.lower)) return true;
  const next = tokens[i + 1];
  if (next?.value === ',' && SENTENCE_ADVERB.test(t.lower)) return true;
  // "Democracy is not a luxury", "“Transparency is not censorship,”": an abstract noun's ending.
  if (hasAbstractNounEnding(t.lower)) return true;
  return COMMON_ENDING.test(t.lower) && next !== undefined && !startsUpper(next.value) && next.pos !== 'VERB' && next.pos !== 'AUX';
}

/**
 * "Critics said …", "Economists warned …": a capitalised plural noun of people at the start of
 * a sentence, a group and no name. A plural of a group noun (GROUP_NOUNS), or a plural whose
 * singular compromise's lexicon knows as a noun of people ("farmers": farmer); never a word the
 * knowledge base or compromise knows as a name, nor one the text capitalises inside a sentence
 * ("the Greens", "Rogers"). `groupNouns` is GROUP_NOUNS, passed in by the reader that owns it.
 */
export function pluralPeopleAtStart(tokens: readonly Token[], i: number, kb: KnowledgeIndex, groupNouns: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  const w = t.lower;
  if (w.length < 4 || !w.endsWith('s') || !HAS_LOWER.test(t.value) || !sentenceInitial(tokens, i)) return false;
  if (kb.byName.has(w) || casingOf(tokens).capitalisedInside.has(w)) return false;
  const tags = nameTags(w);
  if (tags.some((tag) => tag !== 'role')) return false;
  if (groupNouns.has(w)) return true;
  if (!tags.includes('role')) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return nameTags(singular).includes('role');
}
