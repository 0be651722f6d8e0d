import type { Token } from '../adapters/wink.js';
import { isCommonWord, nameTags } from '../adapters/compromise.js';
import type { Segmentation } from '../1-segment/segment.js';
import type { EntityType } from '../model/entity.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { normalizeName } from './knowledge-index.js';
import { DETERMINERS } from '../vocabulary/determiners.js';
import { NAME_PARTICLES, ORG_PARTICLES } from '../vocabulary/name-particles.js';
import { NOT_ENTITY_HEADS, NOT_NAMES } from '../vocabulary/not-names.js';
import { ORG_HEAD_WORDS, ORG_WORDS } from '../vocabulary/organisations.js';
import { PLACE_PREPOSITIONS } from '../vocabulary/places.js';
import { GROUP_NOUNS, ROLE_NOUNS } from '../vocabulary/roles.js';
import { TITLES, TITLE_GENDER } from '../vocabulary/titles.js';
import { PRONOUNS } from './pronouns.js';

export type MentionKind = 'name' | 'role' | 'group' | 'pronoun';

/** A phrase that refers to someone: a name, a role or description, a group, or a pronoun. */
export interface Mention {
  /** The whole phrase, title and determiner included ("the Russian president", "President Putin"). */
  readonly start: number;
  readonly end: number;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly kind: MentionKind;
  /** For names: the name without its title ("Vladimir Putin"); for roles: the role noun ("president"). */
  readonly text: string;
  /** Lower-case look-up key of `text`. */
  readonly key: string;
  /** Lower-case title before a name, or the role noun of a role mention. */
  readonly title?: string;
  /** Country or body the phrase ties the person to: "Russia" for "the Russian president". */
  readonly of?: string;
  /** A capitalised qualifier that is not a country: "Kremlin" in "a Kremlin spokesperson". */
  readonly qualifier?: string;
  readonly type?: EntityType;
  readonly gender?: 'male' | 'female';
  /** Innermost quote around the mention, or -1. */
  readonly quote: number;
  readonly sentence: number;
  /** "former", "then-" or an indefinite article make a role mention weaker evidence. */
  readonly indefinite?: boolean;
  /** Followed by 's. */
  readonly possessive: boolean;
  /** A verb follows (after adverbs): the mention is probably a grammatical subject. */
  readonly subject: boolean;
  /** A preposition stands right before it: the mention is probably not a subject. */
  readonly afterPreposition: boolean;
}

const BAD_NAME_POS = new Set(['DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART', 'PUNCT', 'SPACE', 'SYM', 'NUM']);
/** First words of role and group nouns ("prime" of "prime minister"). */
const ROLE_FIRST = new Set([...ROLE_NOUNS, ...GROUP_NOUNS].map((r) => r.split(' ')[0]!));
/** A capitalised run longer than this is a headline or a list, read a name at a time. */
const MAX_NAME_TOKENS = 10;
const ROLE_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function isCap(t: Token): boolean {
  return UPPER.test(t.value);
}

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019');
}

function sentenceInitial(tokens: readonly Token[], i: number): boolean {
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

/** Is the token a word that may stand in a name? Capitalised, not a function word. */
function nameWord(tokens: readonly Token[], i: number, kb: KnowledgeIndex): boolean {
  const t = tokens[i];
  if (!t || !isCap(t) || BAD_NAME_POS.has(t.pos)) return false;
  if (t.value.length === 1 && t.value !== 'I' && tokens[i + 1]?.value === '.') return true; // an initial
  if (t.value.length === 1) return false; // "[T]his", a list letter
  if (t.lower === 'i') return false;
  if (!HAS_LOWER.test(t.value) && t.value.length > 1) return true; // NATO, CPAC
  if (NOT_NAMES.has(t.lower.replace(/\.$/, '')) && !kb.byName.has(t.lower)) return false;
  return true;
}

/** First words of titles: most tokens start none, and are rejected with one look-up. */
const TITLE_FIRST = new Set([...TITLES].map((t) => t.split(/[\s.-]/)[0]!));

/** Longest title (one to four words) starting at token i, matched case-insensitively. */
function titleAt(tokens: readonly Token[], i: number): { title: string; end: number } | null {
  const head = tokens[i];
  if (!head || !TITLE_FIRST.has(head.lower.replace(/\.$/, ''))) return null;
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

function placeOf(word: string, kb: KnowledgeIndex): string | undefined {
  const lower = word.toLowerCase();
  const fromKb = kb.placeOfAdjective.get(lower) ?? kb.placeOfAdjective.get(lower.replace(/'s$|’s$/, ''));
  if (fromKb) return fromKb;
  const tags = nameTags(lower);
  if (tags.includes('demonym') || tags.includes('country')) return word;
  return undefined;
}

/**
 * Finds every mention of someone in one pass over the tokens: capitalised names with their
 * titles ("Russian President Vladimir Putin"), roles and descriptions ("the former intelligence
 * officer", "a Kremlin spokesperson"), groups ("White House officials") and pronouns.
 */
export function findMentions(seg: Segmentation, kb: KnowledgeIndex): Mention[] {
  const tokens = seg.doc.tokens;
  const out: Mention[] = [];
  const make = (first: number, last: number, fields: Omit<Mention, 'start' | 'end' | 'first' | 'last' | 'quote' | 'sentence' | 'possessive' | 'subject' | 'afterPreposition'>): Mention => ({
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    first,
    last,
    quote: seg.quoteOf[first] ?? -1,
    sentence: tokens[first]!.sentence,
    possessive: isPossessive(tokens[last]),
    // The object of a preposition or a possessor is not the subject, whatever verb follows ("thoughts on Putin have").
    subject: isSubject(tokens, last) && !(first > 0 && tokens[first - 1]!.pos === 'ADP') && !isPossessive(tokens[last]),
    afterPreposition: first > 0 && tokens[first - 1]!.pos === 'ADP',
    ...fields,
  });

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Pronouns.
    const pron = PRONOUNS[t.lower];
    if (pron && (t.pos === 'PRON' || t.pos === 'DET') && !(t.lower === 'us' && t.value === 'US')) {
      out.push(make(i, i + 1, { kind: 'pronoun', text: t.value, key: t.lower, ...(pron.gender ? { gender: pron.gender } : {}) }));
      i++;
      continue;
    }
    // Names, with a title before them.
    const title = nameWord(tokens, i, kb) ? null : titleAt(tokens, i);
    if (title !== null ? nameWord(tokens, title.end, kb) : nameWord(tokens, i, kb)) {
      const m = readName(tokens, i, kb, seg, make);
      if (m) {
        if (m.mention) out.push(m.mention);
        i = m.next;
        continue;
      }
    }
    // Roles, descriptions and groups, found at their head noun.
    const role = readRole(tokens, i, kb, make);
    if (role) {
      out.push(role.mention);
      i = role.next;
      continue;
    }
    i++;
  }
  return out;
}

type Make = (first: number, last: number, fields: Omit<Mention, 'start' | 'end' | 'first' | 'last' | 'quote' | 'sentence' | 'possessive' | 'subject' | 'afterPreposition'>) => Mention;

/** A verb right after the phrase (adverbs and auxiliaries allowed), or a comma opening an apposition. */
function isSubject(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < Math.min(tokens.length, last + 3); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function readName(tokens: readonly Token[], i: number, kb: KnowledgeIndex, seg: Segmentation, make: Make, split = false): { mention: Mention | null; next: number } | null {
  let first = i;
  let title: string | undefined;
  let of: string | undefined;
  let qualifier: string | undefined;
  // Lower-case titles and demonyms just before: "former president", "Russian", "US".
  let k = i;
  // Leading demonym or country: "Russian President …", "US Secretary of State …", "United States President …".
  for (let width = 3; width >= 1; width--) {
    if (k + width >= tokens.length) continue;
    const words = tokens.slice(k, k + width).map((t) => t.value).join(' ');
    const lead = placeOf(words, kb) ?? (width > 1 ? kb.bodyName.get(normalizeName(words)) : undefined);
    const after = titleAt(tokens, k + width);
    if (lead && after && nameWord(tokens, after.end, kb)) {
      of = lead;
      k += width;
      break;
    }
  }
  const ti = titleAt(tokens, k);
  if (ti && nameWord(tokens, ti.end, kb)) {
    title = ti.title;
    k = ti.end;
  }
  const nameStart = k;
  let end = k;
  while (end < tokens.length && end - nameStart < MAX_NAME_TOKENS) {
    const t = tokens[end]!;
    // "Theresa May", "Ron August": after a first name, a month or modal is a surname.
    const surnameAfterFirst = end > nameStart && end === nameStart + 1 && isCap(t) && t.pos !== 'PUNCT' && NOT_NAMES.has(t.lower) &&
      nameTags(tokens[nameStart]!.lower).some((tag) => tag === 'male-name' || tag === 'female-name' || tag === 'first-name') && !isSentenceBreak(tokens, end);
    if (surnameAfterFirst || (nameWord(tokens, end, kb) && !(end > nameStart && isSentenceBreak(tokens, end)))) {
      end++;
      // "J." initial: swallow the period.
      if (tokens[end]?.value === '.' && t.value.length === 1) end++;
      continue;
    }
    // Particles inside names: "Bank of England", "bin Salman".
    if (end > nameStart && NAME_PARTICLES.has(t.lower) && !isCap(t) && nameWord(tokens, end + 1, kb) && t.end === tokens[end + 1]!.start - 1 &&
      (!ORG_PARTICLES.has(t.lower) || orgLike(tokens, nameStart, end, kb))) {
      end++;
      continue;
    }
    // Hyphenated names: "Al-Assad", "Ocasio-Cortez", "Bong Young-shik".
    const joined = tokens[end + 1] !== undefined && t.start === tokens[end - 1]!.end && tokens[end + 1]!.start === t.end && /^\p{L}+$/u.test(tokens[end + 1]!.value);
    if (end > nameStart && (t.value === '-' || t.value === '\u2010') && joined) {
      end += nameWord(tokens, end + 1, kb) ? 1 : 2;
      continue;
    }
    break;
  }
  if (end === nameStart) return null;
  // "Treasury Secretary Janet Yellen", "Kremlin Spokesman Dmitry Peskov": a title inside the capitalised run splits it
  // (once: a run of titled names, "Senator Maria Lopez Senator Maria Lopez …", is no name).
  for (let k = nameStart + 1; k < Math.min(end - 1, nameStart + 4) && !split; k++) {
    const inner = titleAt(tokens, k);
    if (inner && inner.end < end && nameWord(tokens, inner.end, kb) && !TITLES.has(tokens.slice(nameStart, k).map((x) => x.lower).join(' '))) {
      qualifier = seg.doc.text.slice(tokens[nameStart]!.start, tokens[k - 1]!.end);
      title = inner.title;
      const q = placeOf(qualifier, kb);
      if (q) of = q;
      const rest = readName(tokens, inner.end, kb, seg, make, true);
      if (rest?.mention) return { mention: { ...rest.mention, start: tokens[first]!.start, first, title, ...(of ? { of } : {}), qualifier }, next: rest.next };
      break;
    }
  }
  // "the House Intelligence Committee Adam Schiff", "Fox News Host Sean Hannity": a body's name
  // run into a person's first name and surname is two names; the person is read next.
  if (!split && end - nameStart >= 3) {
    const f = end - 2;
    const firstName = nameTags(tokens[f]!.lower).some((tag) => tag === 'male-name' || tag === 'female-name' || tag === 'first-name');
    const whole = normalizeName(seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end));
    // (The body's head word stands right before the person, or one word before: "Committee
    // Chairman Adam Schiff"; "Bank of America Merrill Lynch" is one body.)
    const head = tokens.slice(Math.max(nameStart, f - 2), f).some((t) => ORG_WORDS.has(t.lower));
    if (firstName && head && !ORG_WORDS.has(tokens[f]!.lower) && !ORG_WORDS.has(tokens[end - 1]!.lower) && isCap(tokens[end - 1]!) && !kb.byName.has(whole)) end = f;
  }
  const words = tokens.slice(nameStart, end).filter((t) => t.value !== '.' && t.value !== '-');
  const text = seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end);
  const key = normalizeName(text);
  const lastWord = words[words.length - 1]!.lower;
  // "the Helsinki Summit", "the Clay Travis Show": events and works are not entities.
  if (NOT_ENTITY_HEADS.has(lastWord) && !kb.byName.has(key) && !ROLE_NOUNS.has(key)) return { mention: null, next: end };
  // "the former KGB intelligence officer", "a Kremlin spokesperson": a role qualified by the name.
  let d = first - 1;
  while (d > 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.lower === 'former') && !isCap(tokens[d]!)) d--;
  const det = tokens[d];
  for (let h = end; h < Math.min(tokens.length, end + 3); h++) {
    const ht = tokens[h]!;
    if (isCap(ht) || (ht.pos !== 'NOUN' && ht.pos !== 'ADJ')) break;
    if (ROLE_NOUNS.has(ht.lower) || GROUP_NOUNS.has(ht.lower) || ROLE_NOUNS.has(`${ht.lower} ${tokens[h + 1]?.lower ?? ''}`)) {
      if (det && (DETERMINERS.has(det.lower) || h === end)) return readRole(tokens, h, kb, make, first);
      break;
    }
  }
  if (words.length === 1 && title === undefined) {
    const w = words[0]!;
    const known = kb.byName.has(key) || nameTags(w.lower).some((tag) => tag !== 'role' && tag !== 'month' && tag !== 'weekday' && tag !== 'demonym');
    // A demonym alone ("Russian television") is not an entity.
    if (!kb.byName.has(key) && placeOf(w.value, kb) && !nameTags(w.lower).includes('country')) return { mention: null, next: end };
    // A lone capitalised word is a name only if the tagger or a lexicon says so.
    if (sentenceInitial(tokens, nameStart) && (w.pos !== 'PROPN' || isCommonWord(w.lower)) && !known) return null;
    if (w.pos !== 'PROPN' && !known && HAS_LOWER.test(w.value) && w.pos !== 'NOUN' && w.pos !== 'X') return null;
    if (!known && seg.titleCase[seg.paragraphOf[w.i] ?? 0]) return null;
  }
  // A qualifier and a lower-case role after it: "Kremlin spokesman Dmitry Peskov" or "a Kremlin spokesperson".
  const after = titleAt(tokens, end);
  if (!split && after && !isCap(tokens[end]!) && nameWord(tokens, after.end, kb) && !isSentenceBreak(tokens, after.end)) {
    qualifier = text;
    const inner = readName(tokens, after.end, kb, seg, make, true);
    if (inner) {
      const m = inner.mention;
      if (!m) return inner;
      return {
        mention: { ...m, start: tokens[first]!.start, first, title: m.title ?? after.title, qualifier, ...(placeOf(text, kb) ? { of: placeOf(text, kb)! } : {}) },
        next: inner.next,
      };
    }
  }
  // "the President", "Mr. President": a title with no name is a role mention.
  const onlyTitle = TITLES.has(key) || ROLE_NOUNS.has(key) ? key : undefined;
  if (onlyTitle && title !== undefined && (title === 'mr.' || title === 'mr' || title === 'madam' || title === 'mrs.' || title === 'ms.' || title === 'madame')) {
    return { mention: make(first, end, { kind: 'role', text, key, title: onlyTitle, type: 'person' }), next: end };
  }
  const prev = tokens[first - 1];
  const type = guessType(words, key, title, kb) ?? undefined;
  const placeLike = prev !== undefined && PLACE_PREPOSITIONS.has(prev.lower) && !title && !kb.byName.has(key) && !genderOf(words);
  const gender = (title ? TITLE_GENDER[title] : undefined) ?? genderOf(words);
  if (onlyTitle && title === undefined) {
    // "the Prime Minister", "the Head of State": the determiner belongs to the role mention.
    const from = first > 0 && DETERMINERS.has(tokens[first - 1]!.lower) ? first - 1 : first;
    return { mention: make(from, end, { kind: 'role', text, key, title: onlyTitle, ...(of ? { of } : {}), type: 'person' }), next: end };
  }
  return {
    mention: make(first, end, {
      kind: 'name',
      text,
      key,
      ...(title ? { title } : {}),
      ...(of ? { of } : {}),
      ...(placeLike ? { type: 'place' as const } : type ? { type } : {}),
      ...(gender ? { gender } : {}),
    }),
    next: end,
  };
}

/** Do the words so far name a body ("Bank", "House", "Secretary", "NATO"), so "of …" may continue it? */
function orgLike(tokens: readonly Token[], from: number, to: number, kb: KnowledgeIndex): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (ORG_WORDS.has(w) || TITLES.has(w) || ROLE_NOUNS.has(w) || ORG_HEAD_WORDS.has(w)) return true;
  }
  const words = tokens.slice(from, to).map((t) => t.lower).join(' ');
  return (kb.byName.get(words) ?? []).some((e) => e.type !== 'person');
}

function isSentenceBreak(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence;
}

function genderOf(words: readonly Token[]): 'male' | 'female' | undefined {
  const firstWord = words[0];
  if (!firstWord || words.length < 2) return undefined;
  const tags = nameTags(firstWord.lower);
  if (tags.includes('male-name') && !tags.includes('female-name')) return 'male';
  if (tags.includes('female-name') && !tags.includes('male-name')) return 'female';
  return undefined;
}

/** The type of a name: the knowledge base first, then compromise's lexicon, then the words themselves. */
function guessType(words: readonly Token[], key: string, title: string | undefined, kb: KnowledgeIndex): EntityType | undefined {
  const known = kb.byName.get(key);
  if (known && known.length > 0) return known[0]!.type;
  if (title) return 'person';
  const tags = nameTags(key);
  if (tags.includes('organization')) return 'organization';
  if (tags.includes('country') || tags.includes('city') || tags.includes('region') || tags.includes('place')) return 'place';
  if (words.some((w) => ORG_WORDS.has(w.lower))) return 'organization';
  const firstTags = nameTags(words[0]!.lower);
  if (words.length >= 2 && (firstTags.includes('male-name') || firstTags.includes('female-name') || firstTags.includes('first-name'))) return 'person';
  const lastTags = nameTags(words[words.length - 1]!.lower);
  if (lastTags.includes('last-name')) return 'person';
  if (words.length === 1 && !HAS_LOWER.test(words[0]!.value) && words[0]!.value.length > 1) return 'organization';
  if (words.length >= 2 && words.length <= 4) return 'person';
  return undefined;
}

/**
 * A role, description or group at its head noun i ("president", "spokesperson", "officials"),
 * with its determiner and modifiers to the left: "the former KGB intelligence officer".
 * `from` is where a capitalised qualifier already started ("a Kremlin spokesperson").
 */
function readRole(tokens: readonly Token[], i: number, kb: KnowledgeIndex, make: Make, from?: number): { mention: Mention; next: number } | null {
  const t = tokens[i]!;
  // Most tokens start no role noun: one look-up rejects them before any phrase is built.
  if (!ROLE_FIRST.has(t.lower)) return null;
  let head = t.lower;
  let end = i + 1;
  // Two-word role nouns: "prime minister", "press secretary", "head of state".
  const two = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
  const three = `${two} ${tokens[i + 2]?.lower ?? ''}`;
  if (ROLE_NOUNS.has(three)) { head = three; end = i + 3; }
  else if (ROLE_NOUNS.has(two)) { head = two; end = i + 2; }
  const group = GROUP_NOUNS.has(head);
  if (!ROLE_NOUNS.has(head) && !group) return null;
  // The head of "prime minister" is "minister": its tag decides, not the adjective's.
  const headToken = tokens[end - 1]!;
  if (headToken.pos !== 'NOUN' && headToken.pos !== 'PROPN' && !(group && headToken.pos === 'ADJ')) return null;
  // Walk left over modifiers to a determiner.
  let first = from ?? i;
  let indefinite = false;
  let of: string | undefined;
  let qualifier: string | undefined;
  let determiner = from !== undefined;
  for (let k = (from ?? i) - 1; k >= Math.max(0, (from ?? i) - 6); k--) {
    const m = tokens[k]!;
    if (DETERMINERS.has(m.lower)) {
      first = k;
      determiner = true;
      if (m.lower === 'a' || m.lower === 'an' || m.lower === 'another' || m.lower === 'one') indefinite = true;
      break;
    }
    if (isPossessive(m)) break;
    if (m.pos === 'PUNCT' && m.value !== '-') break;
    if (!ROLE_MODIFIER_POS.has(m.pos) && m.value !== '-' && m.lower !== 'former' && m.lower !== 'then') break;
    first = k;
  }
  // Bare plural groups need no determiner ("officials said"); singular roles do.
  if (!determiner && !group) {
    // Capitalised role without a name: "President", "Prime Minister" at the start of a clause.
    if (!isCap(t)) return null;
  }
  for (let k = first; k < i; k++) {
    const m = tokens[k]!;
    const p = placeOf(m.value, kb);
    if (p) of = p;
    else if (isCap(m) && !DETERMINERS.has(m.lower) && !NOT_NAMES.has(m.lower)) {
      qualifier = qualifier ? `${qualifier} ${m.value}` : m.value;
    }
  }
  // "… of Russia", "… of the Kremlin"
  if (tokens[end]?.lower === 'of' && tokens[end + 1]) {
    let k = end + 1;
    if (tokens[k]!.lower === 'the') k++;
    const start = k;
    while (k < tokens.length && isCap(tokens[k]!) && k - start < 5) k++;
    if (k > start) {
      const body = tokens.slice(start, k).map((x) => x.value).join(' ');
      of = placeOf(body, kb) ?? kb.bodyName.get(normalizeName(body)) ?? (of ?? undefined);
      if (!of) qualifier = body;
      end = k;
    }
  }
  if (qualifier && !of) {
    const body = kb.bodyName.get(normalizeName(qualifier));
    if (body && kb.placeOfAdjective.has(body.toLowerCase())) of = body;
  }
  const text = tokens.slice(first, end).map((x, n) => (n === 0 ? '' : ' '.repeat(Math.min(1, x.start - tokens[first + n - 1]!.end))) + x.value).join('');
  return {
    mention: make(first, end, {
      kind: group ? 'group' : 'role',
      text,
      key: head,
      title: head,
      ...(of ? { of } : {}),
      ...(qualifier ? { qualifier } : {}),
      type: group ? 'group' : 'person',
      ...(TITLE_GENDER[head] ? { gender: TITLE_GENDER[head] } : {}),
      ...(indefinite ? { indefinite } : {}),
    }),
    next: end,
  };
}
