import type { Segmentation } from '../../1-segment/segment.js';
import type { Token } from '../../adapters/wink.js';
import { isCommonWord, isGivenName, nameTags } from '../../adapters/compromise.js';
import { DETERMINERS, POINTING_BACK } from '../../vocabulary/determiners.js';
import { HYPHEN_PARTICLES, NAME_PARTICLES, ORG_PARTICLES } from '../../vocabulary/nameParticles.js';
import { NOT_ENTITY_HEADS, NOT_NAMES } from '../../vocabulary/notNames.js';
import { ANY_BODY_HEADS, ORG_WORDS, OUTLET_HEADS } from '../../vocabulary/organisations.js';
import { APPOSED_PLACE_NOUNS, PLACE_KIND_NOUNS, PLACE_PREPOSITIONS } from '../../vocabulary/places.js';
import { GROUP_NOUNS, PERSON_NOUNS, ROLE_NOUNS } from '../../vocabulary/roles.js';
import { ADDRESS_TITLES, NAME_LIKE_TITLES, PARTY_LABELS, PARTY_MEMBERS, SECOND_RANK_TITLES, PLURAL_TITLES, TITLES, TITLE_GENDER, TITLE_MODIFIERS } from '../../vocabulary/titles.js';
import { normalizeName, type KnowledgeIndex } from '../knowledgeIndex.js';
import { genderOf, isDemonym, orgLike, typeOfName } from './nameType.js';
import { readRole } from './readRole.js';
import type { Make, Mention } from './types.js';
import { GLUE } from './wordPieces.js';
import { contrastAfterWord } from './wordBeforeContrast.js';
import { HAS_LOWER, MAX_NAME_TOKENS, TITLE_FIRST, casingOf, commonAtStart, isCap, isPossessive, isSentenceBreak, nameWord, placeOf, pluralPeopleAtStart, sentenceInitial, titleAt } from './words.js';

/** What a reader returns: the mention (or null: the words are no entity) and the token after them; null: nothing read. */
export type Read = { mention: Mention | null; next: number } | null;

/** The name being read: where it starts, its title and place, and the end of its capitalised run. */
interface NameDraft {
  readonly first: number;
  title?: string;
  of?: string;
  qualifier?: string;
  nameStart: number;
  end: number;
  /** "Critics said …": a plural group noun capitalised for its place, a name mention of a group. */
  group?: boolean;
}

/** Everything the steps of readName read. */
interface NameReading {
  readonly tokens: readonly Token[];
  readonly kb: KnowledgeIndex;
  readonly seg: Segmentation;
  readonly make: Make;
  /** Read as the second half of a split run: no further split. */
  readonly split: boolean;
}

/**
 * A name at token i with the titles before it, in these steps (each may end the reading):
 *   1. titleBeforeName     "Russian President", "US Secretary of State", "former president"
 *   2. capitalisedRun      "Vladimir Putin", "Bank of England", "Ocasio-Cortez", "J. Smith"
 *   3. titleInsideRun      "Treasury Secretary Janet Yellen": a title splits the run
 *   4. bodyBeforePerson    "Harbor News Host Dana Reyes" read as the body, then the person;
 *      descriptorBeforePerson "Republican Dan Foley", "Crooked Hillary Clinton": a label before the name
 *   5. notAnEntity         "the Helsinki Summit": events and works are no entity
 *   6. roleQualifiedByName "the former KGB intelligence officer": a role mention
 *   7. loneWord            a lone capitalised word is a name only if a lexicon says so; "Critics" opening a sentence is a group
 *   8. titleEndsRun        "the NATO Secretary General": an office of a body
 *      roleAfterQualifier  "Kremlin spokesman Dmitry Peskov"
 *   9. nameOrRole          "the President" is a role; anything else a name
 */
export function readName(tokens: readonly Token[], i: number, kb: KnowledgeIndex, seg: Segmentation, make: Make, split = false): Read {
  const r: NameReading = { tokens, kb, seg, make, split };
  const d: NameDraft = { first: i, nameStart: i, end: i };
  titleBeforeName(r, d);
  d.end = capitalisedRun(r, d.nameStart);
  if (d.end === d.nameStart) return null;
  const inner = titleInsideRun(r, d);
  if (inner !== undefined) return inner;
  bodyBeforePerson(r, d);
  descriptorBeforePerson(r, d);
  const words = tokens.slice(d.nameStart, d.end).filter((t) => t.value !== '.' && t.value !== '-');
  const text = seg.doc.text.slice(tokens[d.nameStart]!.start, tokens[d.end - 1]!.end);
  const key = normalizeName(text);
  // (A step's null is an answer, "no name here"; only undefined lets the next step read.)
  const steps = [
    () => notAnEntity(r, d, words, key),
    () => roleQualifiedByName(r, d),
    () => partyMember(r, d, words),
    () => loneWord(r, d, words, key),
    () => titleEndsRun(r, d),
    () => roleAfterQualifier(r, d, text),
  ];
  for (const step of steps) {
    const read = step();
    if (read !== undefined) return read;
  }
  const read = nameOrRole(r, d, words, text, key);
  return d.group && read?.mention ? { next: read.next, mention: { ...read.mention, type: 'group' } } : read;
}

/** Step 1: a leading demonym or country ("Russian President …", "United States President …") and a title. */
function titleBeforeName({ tokens, kb }: NameReading, d: NameDraft): void {
  let k = d.nameStart;
  for (let width = 3; width >= 1; width--) {
    if (k + width >= tokens.length) continue;
    // The title first: it is rare, and cheaper to test than the place before it.
    const after = titleAt(tokens, k + width);
    if (!after) continue;
    const words = tokens.slice(k, k + width).map((t) => t.value).join(' ');
    const lead = placeOf(words, kb) ?? (width > 1 ? kb.bodyName.get(normalizeName(words)) : undefined);
    if (lead && !isSentenceBreak(tokens, k + width) && (nameWord(tokens, after.end, kb) || titleOfPlace(tokens, after.end, kb))) {
      d.of = lead;
      k += width;
      break;
    }
  }
  // "Former Prime Minister …", "Acting Director …": a word of time before the title is not part of the name.
  if (!titleAt(tokens, k) && TITLE_MODIFIERS.has(tokens[k]?.lower ?? '') && titleAt(tokens, k + 1)) k++;
  // "Senators Ann Cole and Tom Hale": a plural title gives the first name its title (and is not part of it).
  const plural = PLURAL_TITLES.get(tokens[k]?.lower ?? '');
  const personAfter = () => isGivenName(tokens[k + 1]!.lower) ||
    (nameWord(tokens, k + 2, kb) && !ORG_WORDS.has(tokens[k + 1]!.lower) && !ORG_WORDS.has(tokens[k + 2]!.lower));
  if (plural && nameWord(tokens, k + 1, kb) && !isSentenceBreak(tokens, k + 1) && personAfter()) {
    d.title = plural;
    d.nameStart = k + 1;
    return;
  }
  let ti = titleAt(tokens, k);
  // "Justice Minister Pavel Horak", "Deputy Minister Ana Lind": a title before a title qualifies it; the last one is the person's.
  // ("Gov. Earl Ray Tomblin": a title that is also a name opens the name.)
  // ("Deputy Attorney General Sally Yates" is a deputy: her title keeps both, and "the attorney general" is someone else.)
  for (let next = ti ? titleAt(tokens, ti.end) : null; ti && next && nameWord(tokens, next.end, kb) && !isSentenceBreak(tokens, ti.end) && !NAME_LIKE_TITLES.has(next.title); next = titleAt(tokens, next.end)) {
    ti = { title: SECOND_RANK_TITLES.has(ti.title) ? `${ti.title} ${next.title}` : next.title, end: next.end };
  }
  if (ti && nameWord(tokens, ti.end, kb)) {
    d.title = ti.title;
    k = ti.end;
  } else if (ti) {
    // "President of Latvia Rūta Vaitkutė", "Prime Minister of Hungary Viktor Orban": the title,
    // "of" and a country, then the name. ("US Ambassador to Germany Ann Holm" keeps the first country.)
    const after = titleOfPlace(tokens, ti.end, kb);
    if (after && (d.of === undefined || tokens[ti.end]!.lower === 'to')) {
      d.title = ti.title;
      d.of ??= after.place;
      k = after.end;
    }
  }
  d.nameStart = k;
}

/**
 * "of Latvia", "of the Republic of Finland", "to Germany" (one to five words naming a place or a
 * body: capitalised words, a leading "the", an inner "of") followed by a first name: the place and
 * the name's token. "to" is the envoy's preposition ("Ambassador to Germany Ann Holm").
 */
function titleOfPlace(tokens: readonly Token[], k: number, kb: KnowledgeIndex): { place: string; end: number } | undefined {
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'to') return undefined;
  for (let width = 5; width >= 1; width--) {
    const end = k + 1 + width;
    if (end >= tokens.length || isSentenceBreak(tokens, end)) continue;
    const words = tokens.slice(k + 1, end);
    const placeWord = (t: Token, j: number) => isCap(t) || (j === 0 && t.lower === 'the') || (j > 0 && j < width - 1 && t.lower === 'of' && isCap(words[j - 1]!));
    if (!words.every(placeWord) || !isCap(words[width - 1]!)) continue;
    const text = words.map((t) => t.value).join(' ').replace(/^the /i, '');
    const key = normalizeName(text);
    if (!nameWord(tokens, end, kb)) continue;
    // A person's name follows: a known first name, or two name words.
    const firstName = isGivenName(tokens[end]!.lower);
    // A place the knowledge base does not know ("of Freedonia") counts before a known first name.
    // "the Republic of Estonia": a state's form before a known place names that place.
    const formOf = / of /.test(text) ? placeOf(text.slice(text.lastIndexOf(' of ') + 4), kb) : undefined;
    const place = placeOf(text, kb) ?? kb.bodyName.get(key) ?? kb.byName.get(key)?.find((e) => e.type === 'country' || e.type === 'place' || e.type === 'organization')?.name ?? formOf ??
      (firstName && width <= 2 && words.every((t, j) => nameWord(tokens, t.i, kb) || (j === 0 && t.lower === 'the')) ? text : undefined);
    if (!place) continue;
    let second = end + 1;
    while (tokens[second]?.pos === GLUE) second++;
    if (firstName || (nameWord(tokens, second, kb) && !isSentenceBreak(tokens, second))) return { place, end };
  }
  return undefined;
}

/** Step 2: the end of the run of name words from nameStart, with initials, particles and hyphens. */
function capitalisedRun({ tokens, kb, seg }: NameReading, nameStart: number): number {
  let end = nameStart;
  while (end < tokens.length && end - nameStart < MAX_NAME_TOKENS) {
    const t = tokens[end]!;
    // "Theresa May", "Ron August": after a first name, a month or modal is a surname.
    const surnameAfterFirst = end > nameStart && end === nameStart + 1 && isCap(t) && t.pos !== 'PUNCT' && NOT_NAMES.has(t.lower) &&
      isGivenName(tokens[nameStart]!.lower) && !isSentenceBreak(tokens, end);
    if (surnameAfterFirst || (nameWord(tokens, end, kb) && !(end > nameStart && isSentenceBreak(tokens, end)))) {
      end++;
      while (tokens[end]?.pos === GLUE) end++;
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
    // "the Judges' Union", "Veterans’ Affairs": a plural's apostrophe inside a body's name, before
    // a capitalised body's word (not "the Smiths' house", nor "Trump' said").
    // (A person's name is no such plural: "Bernie Sanders’ College for All Act" is his bill.)
    if (end > nameStart && (t.value === "'" || t.value === '\u2019') && t.start === tokens[end - 1]!.end && /s$/.test(tokens[end - 1]!.lower) &&
      nameWord(tokens, end + 1, kb) && ORG_WORDS.has(tokens[end + 1]!.lower) && !isSentenceBreak(tokens, end + 1) &&
      !isGivenName(tokens[nameStart]!.lower) && !nameTags(tokens[end - 1]!.lower).includes('last-name') &&
      // (Nor a place's: "the Philippines' Senate", "Texas' Department of Health" are the place's bodies.)
      placeOf(seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end), kb) === undefined) {
      end++;
      continue;
    }
    // "Greta van der Berg", "Ana de la Cruz": two person's particles, spaced, then the surname.
    const u = tokens[end + 1];
    if (end > nameStart && u !== undefined && NAME_PARTICLES.has(t.lower) && !ORG_PARTICLES.has(t.lower) && !isCap(t) && NAME_PARTICLES.has(u.lower) &&
      !ORG_PARTICLES.has(u.lower) && !isCap(u) && t.end === u.start - 1 && nameWord(tokens, end + 2, kb) && u.end === tokens[end + 2]!.start - 1) {
      end += 2;
      continue;
    }
    // "Karim al-Nour": a lower-case particle, a hyphen and the surname, no space between
    // (not after a demonym alone: "the Syrian al-Nusra Front" is a body the adjective describes).
    if (end > nameStart && HYPHEN_PARTICLES.has(t.lower) && !(end === nameStart + 1 && placeOf(tokens[nameStart]!.value, kb) !== undefined) && !isCap(t) && (tokens[end + 1]?.value === '-' || tokens[end + 1]?.value === '\u2010') &&
      tokens[end + 1]!.start === t.end && tokens[end + 2] !== undefined && tokens[end + 2]!.start === tokens[end + 1]!.end && nameWord(tokens, end + 2, kb)) {
      end += 3;
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
  return end;
}

/**
 * Step 3: "Treasury Secretary Janet Yellen", "Kremlin Spokesman Dmitry Peskov": a title inside
 * the capitalised run splits it (once: a run of titled names, "Senator Maria Lopez Senator Maria
 * Lopez …", is no name). Undefined: no split, read on (with the title and qualifier found).
 */
function titleInsideRun(r: NameReading, d: NameDraft): Read | undefined {
  const { tokens, kb, seg } = r;
  const { nameStart, end, first } = d;
  for (let k = nameStart + 1; k < Math.min(end - 1, nameStart + 4) && !r.split; k++) {
    const inner = titleAt(tokens, k);
    if (inner && inner.end < end && nameWord(tokens, inner.end, kb) && !TITLES.has(tokens.slice(nameStart, k).map((x) => x.lower).join(' '))) {
      const qualifier = seg.doc.text.slice(tokens[nameStart]!.start, tokens[k - 1]!.end);
      d.qualifier = qualifier;
      d.title = inner.title;
      const q = placeOf(qualifier, kb);
      if (q) d.of = q;
      const rest = readName(tokens, inner.end, kb, seg, r.make, true);
      const { title, of } = d;
      if (rest?.mention) return { mention: { ...rest.mention, start: tokens[first]!.start, first, title, ...(of ? { of } : {}), qualifier }, next: rest.next };
      break;
    }
  }
  return undefined;
}

/**
 * Step 4: "the Harbor Port Authority Ann Lee", "Harbor News Host Dana Reyes": a body's
 * name run into a person's first name and surname is two names; the person is read next. (The
 * body's head word stands right before the person, or one word before: "Committee Chairman Adam
 * Schiff"; "Bank of America Merrill Lynch" is one body.)
 */
function bodyBeforePerson({ tokens, kb, seg, split }: NameReading, d: NameDraft): void {
  const { nameStart, end } = d;
  if (split || end - nameStart < 3) return;
  const f = end - 2;
  const firstName = isGivenName(tokens[f]!.lower);
  const whole = normalizeName(seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end));
  const prefix = normalizeName(seg.doc.text.slice(tokens[nameStart]!.start, tokens[f - 1]!.end));
  // "the United Nations Nikki Haley": a known place or body before a first name is a name of its own.
  const knownBody = f - nameStart >= 2 && !tokens.slice(nameStart, f).some((t) => !isCap(t)) && (kb.byName.get(prefix) ?? []).some((e) => e.type !== 'person');
  const head = knownBody || tokens.slice(Math.max(nameStart, f - 2), f).some((t) => ORG_WORDS.has(t.lower));
  if (firstName && head && !ORG_WORDS.has(tokens[f]!.lower) && !ORG_WORDS.has(tokens[end - 1]!.lower) && isCap(tokens[end - 1]!) && !kb.byName.has(whole)) d.end = f;
  // "NATO Jens Stoltenberg", "Bank of England Andrew Bailey": a known body or place run into a person the
  // knowledge base knows by those two words is two names, whatever the tagger knows of the first name.
  else if (!kb.byName.has(whole) && (kb.byName.get(prefix) ?? []).some((e) => e.type !== 'person') && !tokens.slice(nameStart, f).some((t) => !isCap(t) && t.lower !== 'of')) {
    const person = normalizeName(seg.doc.text.slice(tokens[f]!.start, tokens[end - 1]!.end));
    if ((kb.byName.get(person) ?? []).some((e) => e.type === 'person')) d.end = f;
  }
  // "in remarks to the Associated Press Putin argued …": a known body run into the surname
  // of a person the knowledge base knows is two names.
  if (d.end === end && !kb.byName.has(whole) && kb.bySurname.has(tokens[end - 1]!.lower)) {
    const body = normalizeName(seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 2]!.end));
    if ((kb.byName.get(body) ?? []).some((e) => e.type !== 'person')) d.end = end - 1;
  }
}

/** The last words of the names and aliases of the knowledge base's people, once per knowledge base. */
const LAST_WORDS = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
function personLastWords(kb: KnowledgeIndex): ReadonlySet<string> {
  let set = LAST_WORDS.get(kb);
  if (!set) {
    const words = new Set<string>();
    for (const e of kb.entries) if (e.type === 'person') for (const n of [e.name, ...e.aliases]) words.add(n.split(/\s+/).pop()!.toLowerCase());
    LAST_WORDS.set(kb, (set = words));
  }
  return set;
}

/**
 * Step 4b: capitalised words before a person's name that are no part of it describe the person
 * like a title: a party label before a given name ("Republican Dan Foley", "Democrat Priya Nair"),
 * or any word before the full name of a person the knowledge base knows, when the whole run is no
 * entry ("Crooked Hillary Clinton", "Rival Donald Trump"). The name starts after them; the
 * mention still covers them, as it covers a title.
 */
function descriptorBeforePerson({ tokens, kb, seg }: NameReading, d: NameDraft): void {
  const { nameStart, end } = d;
  if (end - nameStart < 3) return;
  // (Before a given name only: "Green Mountain Power", "Liberal Democrats" stay whole.)
  if (PARTY_LABELS.has(tokens[nameStart]!.lower) && isGivenName(tokens[nameStart + 1]!.lower) && !ORG_WORDS.has(tokens[end - 1]!.lower)) {
    d.nameStart = nameStart + 1;
    return;
  }
  // (Only a run ending in the last word of a known person's name or alias: one look-up for most runs.)
  if (!personLastWords(kb).has(tokens[end - 1]!.lower)) return;
  const whole = normalizeName(seg.doc.text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end));
  if (kb.byName.has(whole)) return;
  // The longest known person's name ending the run, of two words or more.
  for (let f = nameStart + 1; f <= end - 2; f++) {
    const tail = normalizeName(seg.doc.text.slice(tokens[f]!.start, tokens[end - 1]!.end));
    if ((kb.byName.get(tail) ?? []).some((e) => e.type === 'person')) {
      d.nameStart = f;
      return;
    }
  }
}

/** Step 5: "the Helsinki Summit", "the Clay Travis Show": events and works are not entities. */
function notAnEntity({ tokens, kb, seg }: NameReading, d: NameDraft, words: readonly Token[], key: string): Read | undefined {
  // "World War II": a numeral after the head ends the name, the head is the word before it.
  const numbered = words.length > 1 && /^[IVX]+$/.test(words[words.length - 1]!.value);
  const lastWord = words[words.length - (numbered ? 2 : 1)]!.lower;
  // "Ruritania Expels Foreign Reporters": a headline in title case, with its verb, is no name.
  // In a title-case line, words with no first name, no body's word and no entry are just capitalised ("After Critical Coverage").
  if (seg.titleCase[seg.paragraphOf[d.nameStart] ?? 0] && !kb.byName.has(key) && (
    !words.some((t) => ORG_WORDS.has(t.lower) || placeOf(t.value, kb) !== undefined || nameTags(t.lower).some((tag) => tag === 'male-name' || tag === 'female-name' || tag === 'first-name' || tag === 'last-name')))) return { mention: null, next: d.end };
  if (NOT_ENTITY_HEADS.has(lastWord) && !kb.byName.has(key) && !ROLE_NOUNS.has(key)) return { mention: null, next: d.end };
  // "FELLOW DOCTORS —", "BREAKING NEWS": a run in capitals of ordinary English words is a shouted
  // heading, not a name (the knowledge base's "WHITE HOUSE" still is one).
  // (Not a body's name: "The GREEN PARTY", "TEA PARTY EXPRESS" end in a body's word or follow "the".)
  if (words.length >= 2 && !kb.byName.has(key) && words.every((t) => !HAS_LOWER.test(t.value) && t.value.length > 1 && ordinaryWord(t.lower)) &&
    !words.some((t) => ORG_WORDS.has(t.lower)) && tokens[d.first - 1]?.lower !== 'the') return { mention: null, next: d.end };
  return undefined;
}

/** An ordinary English word, or a noun of people ("doctors"), that is no given name, surname, place or body. */
function ordinaryWord(lower: string): boolean {
  const tags = nameTags(lower);
  return tags.length === 0 ? isCommonWord(lower) : tags.every((tag) => tag === 'role');
}

/** Step 6: "the former KGB intelligence officer", "a Kremlin spokesperson": a role qualified by the name. */
function roleQualifiedByName({ tokens, kb, make }: NameReading, d: NameDraft): Read | undefined {
  const { first, end } = d;
  let k = first - 1;
  while (k > 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.lower === 'former') && !isCap(tokens[k]!)) k--;
  const det = tokens[k];
  for (let h = end; h < Math.min(tokens.length, end + 3); h++) {
    const ht = tokens[h]!;
    if (isCap(ht) || (ht.pos !== 'NOUN' && ht.pos !== 'ADJ')) break;
    if (ROLE_NOUNS.has(ht.lower) || GROUP_NOUNS.has(ht.lower) || ROLE_NOUNS.has(`${ht.lower} ${tokens[h + 1]?.lower ?? ''}`)) {
      if (det && (DETERMINERS.has(det.lower) || h === end)) return readRole(tokens, h, kb, make, first);
      break;
    }
  }
  return undefined;
}

/**
 * Step 6a: "the 58-year-old Democrat hailed …", "The Republican, who had opposed it, …": a party's
 * member after "the" (and words that describe them) is a person described, not the party: a role
 * mention, which the resolution stage gives to a person of the recent text. ("the Republican Party",
 * "the Democrat nominee": a noun after it reads on as before.)
 */
function partyMember({ tokens, seg, make }: NameReading, d: NameDraft, words: readonly Token[]): Read | undefined {
  if (words.length !== 1 || d.title !== undefined || d.first !== d.nameStart || !PARTY_MEMBERS.has(words[0]!.lower)) return undefined;
  const next = tokens[d.end];
  if (next && next.sentence === words[0]!.sentence && (isCap(next) || next.pos === 'NOUN' || next.pos === 'PROPN' || (next.value === '-' && next.start === words[0]!.end))) return undefined;
  // ("The Conservative and Labour parties", "the Republican, Democratic and Green parties": one of a list of parties.)
  if (next && (next.pos === 'CCONJ' || (next.value === ',' && PARTY_LABELS.has(tokens[d.end + 1]?.lower ?? '')))) return undefined;
  let k = d.nameStart - 1;
  // (Adjectives, numbers and hyphenated compounds: "58-year-old", "first-term"; a noun alone, "the
  // veteran", is a role the reader of roles has taken already.)
  const joined = (j: number) => tokens[j]!.value === '-' && tokens[j]!.end === tokens[j + 1]!.start && tokens[j - 1]?.end === tokens[j]!.start;
  while (k >= 0 && d.nameStart - k <= 6 && !isCap(tokens[k]!) &&
    (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || joined(k) || (tokens[k]!.pos === 'NOUN' && (joined(k - 1) || joined(k + 1))))) k--;
  const det = tokens[k];
  if (!det || !POINTING_BACK.has(det.lower)) return undefined;
  const text = seg.doc.text.slice(det.start, tokens[d.end - 1]!.end);
  return { mention: make(k, d.end, { kind: 'role', text, key: words[0]!.lower, type: 'person' }), next: d.end };
}

/** Step 7: a lone capitalised word is a name only if the tagger or a lexicon says so; a demonym alone ("Russian television") is none. */
function loneWord({ tokens, kb, seg }: NameReading, d: NameDraft, words: readonly Token[], key: string): Read | undefined {
  if (words.length !== 1 || d.title !== undefined) return undefined;
  const w = words[0]!;
  const known = kb.byName.has(key) || nameTags(w.lower).some((tag) => tag !== 'role' && tag !== 'month' && tag !== 'weekday' && tag !== 'demonym');
  if (!kb.byName.has(key) && placeOf(w.value, kb) && !nameTags(w.lower).includes('country')) return { mention: null, next: d.end };
  // (A word the text writes as someone's surname, and never in lower case, is that surname at the
  // start of a sentence too: "Nadia Brook … Brook said" is no brook.)
  const casing = casingOf(tokens);
  // (Only before a verb, a comma or an owner's "'s": "Hope is fading" after "Ann Hope" is still hope.)
  const after = tokens[d.end];
  const surname = casing.surnames.has(w.lower) && !casing.lower.has(w.lower) && after !== undefined && (after.pos === 'VERB' || after.value === ',' || isPossessive(after));
  if (sentenceInitial(tokens, d.nameStart) && (w.pos !== 'PROPN' || isCommonWord(w.lower) || commonAtStart(tokens, d.nameStart)) && !known && !surname) return null;
  // "Dialogue, not threats, is what we need": a word before a contrast, not capitalised elsewhere.
  if (!known && HAS_LOWER.test(w.value) && sentenceInitial(tokens, d.nameStart) && !casingOf(tokens).capitalisedInside.has(w.lower) && contrastAfterWord(tokens, d.end)) return null;
  // "Critics said …": a plural noun of people capitalised for its place is read as in lower case
  // (the common words above already are, and "Members of the …" keeps its body):
  // a group noun names a group (the name as written; what follows, "of Mayor Lee", is read on its
  // own), any other ("Tourists") no entity, as "tourists" is none.
  if (d.end === d.nameStart + 1 && pluralPeopleAtStart(tokens, d.nameStart, kb, GROUP_NOUNS)) {
    if (!GROUP_NOUNS.has(w.lower)) return null;
    d.group = true;
    return undefined;
  }
  if (w.pos !== 'PROPN' && !known && HAS_LOWER.test(w.value) && w.pos !== 'NOUN' && w.pos !== 'X') return null;
  if (!known && seg.titleCase[seg.paragraphOf[w.i] ?? 0]) return null;
  return undefined;
}

/** Step 8: a qualifier and a lower-case role after it: "Kremlin spokesman Dmitry Peskov" or "a Kremlin spokesperson". */
function roleAfterQualifier(r: NameReading, d: NameDraft, text: string): Read | undefined {
  const { tokens, kb, seg } = r;
  const { end, first } = d;
  const after = titleAt(tokens, end);
  if (r.split || !after || isCap(tokens[end]!) || !nameWord(tokens, after.end, kb) || isSentenceBreak(tokens, after.end)) return undefined;
  d.qualifier = text;
  const inner = readName(tokens, after.end, kb, seg, r.make, true);
  if (!inner) return undefined;
  const m = inner.mention;
  if (!m) return inner;
  return {
    mention: { ...m, start: tokens[first]!.start, first, title: m.title ?? after.title, qualifier: text, ...(placeOf(text, kb) ? { of: placeOf(text, kb)! } : {}) },
    next: inner.next,
  };
}

/** The last word of each title ("general" of "secretary-general", "minister" of "prime minister"). */
const TITLE_LAST_WORDS: ReadonlySet<string> = new Set([...TITLES].map((t) => t.split(/[\s-]/).pop()!));

/**
 * Step 8a: "the NATO Secretary General, …", "the UN Secretary-General": a body the knowledge base
 * knows (or an acronym), then a title ending the run, is an office of that body: a role mention,
 * not a body's name. (With a name after it, step 3 or 8 reads "NATO Secretary General Ann Lee".)
 * So is a party's or a people's word after "the" or "a": "the Ruritanian President, …", "the
 * Conservative MP for Hexley, …" (a title, then "for" or "from" and a place), and the title
 * alone before its place: "the MP for Hexley, …", "the Minister for Health, …".
 */
function titleEndsRun({ tokens, kb, seg, make }: NameReading, d: NameDraft): Read | undefined {
  const { nameStart, end, first } = d;
  const from = first > 0 && DETERMINERS.has(tokens[first - 1]!.lower) ? first - 1 : first;
  // ("The Ambassador for Peace Foundation" is a body: its last word says so.)
  const forPlace = from < first && !ORG_WORDS.has(tokens[end - 1]!.lower) ? officeForPlace(tokens, nameStart, end) : -1;
  // (Most runs end in no title's last word: one set look-up, not a title reading per word.)
  if (forPlace < 0 && !TITLE_LAST_WORDS.has(tokens[end - 1]!.lower)) return undefined;
  for (let k = forPlace >= 0 ? nameStart : nameStart + 1; k < end; k++) {
    const t = titleAt(tokens, k);
    if (!t || (t.end !== end && t.end !== forPlace)) continue;
    if (k === nameStart) {
      if (t.end !== forPlace) continue;
      const of = seg.doc.text.slice(tokens[forPlace + 1]!.start, tokens[end - 1]!.end);
      return { mention: make(from, end, { kind: 'role', text: seg.doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end), key: t.title, title: t.title, of, type: 'person' }), next: end };
    }
    const qualifier = seg.doc.text.slice(tokens[nameStart]!.start, tokens[k - 1]!.end);
    const acronym = k === nameStart + 1 && /^\p{Lu}{2,}$/u.test(tokens[nameStart]!.value);
    const known = acronym || (kb.byName.get(normalizeName(qualifier)) ?? []).some((e) => e.type !== 'person');
    if (!known && !(from < first && k === nameStart + 1 && partyOrPeople(tokens[nameStart]!.lower, kb))) return undefined;
    const of = t.end === forPlace ? seg.doc.text.slice(tokens[forPlace + 1]!.start, tokens[end - 1]!.end) : placeOf(qualifier, kb);
    return { mention: make(from, end, { kind: 'role', text: seg.doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end), key: t.title, title: t.title, qualifier, ...(of ? { of } : {}), type: 'person' }), next: end };
  }
  return undefined;
}

/** A party's label ("conservative", "labour") or a demonym ("ruritanian"): a word that qualifies an office. */
function partyOrPeople(word: string, kb: KnowledgeIndex): boolean {
  return PARTY_LABELS.has(word) || isDemonym(word, kb);
}

/** In a run "Conservative MP for Hexley", the token of "for" or "from" after which only the place's words stand, or -1. */
function officeForPlace(tokens: readonly Token[], nameStart: number, end: number): number {
  for (let k = nameStart + 1; k < end - 1; k++) {
    const w = tokens[k]!.lower;
    if (w === 'for' || w === 'from') return TITLE_LAST_WORDS.has(tokens[k - 1]!.lower) ? k : -1;
  }
  return -1;
}

/** Step 9: "the President", "Mr. President" (a title with no name) are role mentions; anything else is a name. */
function nameOrRole({ tokens, kb, make }: NameReading, d: NameDraft, words: readonly Token[], text: string, key: string): Read {
  const { first, end, title, of } = d;
  const onlyTitle = TITLES.has(key) || ROLE_NOUNS.has(key) ? key : undefined;
  if (onlyTitle && title !== undefined && ADDRESS_TITLES.has(title)) {
    return { mention: make(first, end, { kind: 'role', text, key, title: onlyTitle, type: 'person' }), next: end };
  }
  const prev = tokens[first - 1];
  const { type, guessed } = typeOfName(words, key, title, kb);
  // "in Tarsville", "from Oakmont": an unknown name after a preposition of place is a place, but
  // not after a role ("a contributor to Slate", "an adviser to Brightline"): that is a body; nor
  // after "according to", which names a source ("according to Harbor News"), never a location.
  const role = tokens[first - 2];
  const ofRole = role !== undefined && role.pos === 'NOUN' && (ROLE_NOUNS.has(role.lower) || /(?:[^aeiou]er|or|ist)$/.test(role.lower));
  const accordingTo = prev?.lower === 'to' && role?.lower === 'according';
  // ("at Acme Corp.", "to Meridian Logistics": a name whose words say it is a body stays one.)
  const body = type === 'organization' && !guessed && words.length >= 2;
  // ("the city of Brasov", "the mayor of Rasnov": a settlement's kind or office before "of" names a place.)
  // ("the capital, Tarvik,", "the port town, Hallam.": so does a settlement's kind in an apposition the
  // name closes; "in the city, Marsh told reporters" is someone speaking.)
  const kindOf = (prev?.lower === 'of' && PLACE_KIND_NOUNS.has(tokens[first - 2]?.lower ?? '')) ||
    (prev?.value === ',' && tokens[first - 2]?.pos === 'NOUN' && APPOSED_PLACE_NOUNS.has(tokens[first - 2]!.lower) && closesApposition(tokens, end));
  const placeLike = prev !== undefined && ((PLACE_PREPOSITIONS.has(prev.lower) && !ofRole) || kindOf) && !title && !kb.byName.has(key) && !genderOf(words) && !accordingTo && !body;
  const gender = (title ? TITLE_GENDER[title] : undefined) ?? genderOf(words);
  // "the shipping firm Marlow Lines", "the broadcaster Harbor One": a name right after the head of a
  // body's description is that body, unless something about the name says otherwise.
  const bodyNamed = prev !== undefined && prev.pos === 'NOUN' && !isCap(prev) && (ANY_BODY_HEADS.has(prev.lower) || OUTLET_HEADS.has(prev.lower)) && (type === undefined || guessed) && !gender;
  const placed = onlyTitle || title !== undefined ? undefined : titleOfCountry(tokens, first, end, kb);
  if (placed) {
    // "the Japanese Prime Minister", "the Prime Minister of Freedonia": an office of a country, no name.
    const from = first > 0 && DETERMINERS.has(tokens[first - 1]!.lower) ? first - 1 : first;
    return { mention: make(from, end, { kind: 'role', text, key: placed.title, title: placed.title, of: placed.of, type: 'person' }), next: end };
  }
  // "By a Staff Writer", "an Associated Press Correspondent": after "a", a run ending in a person's
  // role noun, with no given name first, describes someone unnamed.
  const lastWord = words[words.length - 1]!.lower;
  if (title === undefined && (prev?.lower === 'a' || prev?.lower === 'an') && words.length >= 2 && (ROLE_NOUNS.has(lastWord) || PERSON_NOUNS.has(lastWord)) && !isGivenName(words[0]!.lower)) {
    return { mention: make(first - 1, end, { kind: 'role', text: `${prev.value} ${text}`, key: lastWord, type: 'person', indefinite: true }), next: end };
  }
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
      // (A country compromise knows stays one after "in": where it is does not change what it is.)
      ...(placeLike ? { type: type === 'country' ? ('country' as const) : ('place' as const) } : (ofRole && !type) || bodyNamed ? { type: 'organization' as const } : type ? { type } : {}),
      ...(gender ? { gender } : {}),
      ...(!placeLike && !ofRole && !bodyNamed && guessed ? { guessed: true } : {}),
    }),
    next: end,
  };
}

/** Marks that close an apposition after a name. */
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')']);

/** Does the name ending before token `end` close its apposition (a mark, the sentence's end, the text's end)? */
function closesApposition(tokens: readonly Token[], end: number): boolean {
  return tokens[end] === undefined || isSentenceBreak(tokens, end) || APPOSITION_CLOSERS.has(tokens[end]!.value);
}

/** The run [first, end) is a country and a title ("Japanese Prime Minister") or a title of a country ("Prime Minister of Freedonia"). */
function titleOfCountry(tokens: readonly Token[], first: number, end: number, kb: KnowledgeIndex): { title: string; of: string } | undefined {
  if (end - first < 2 || !tokens.slice(first, end).some((t) => TITLE_FIRST.has(t.lower))) return undefined;
  for (let width = 1; width <= 3 && first + width < end; width++) {
    const lead = placeOf(tokens.slice(first, first + width).map((t) => t.value).join(' '), kb);
    const ti = lead ? titleAt(tokens, first + width) : null;
    if (lead && ti && ti.end === end) return { title: ti.title, of: lead };
  }
  const ti = titleAt(tokens, first);
  if (!ti || tokens[ti.end]?.lower !== 'of' || end - ti.end - 1 < 1 || end - ti.end - 1 > 3) return undefined;
  const words = tokens.slice(ti.end + 1, end);
  if (!words.every((t) => isCap(t))) return undefined;
  const text = words.map((t) => t.value).join(' ');
  const key = normalizeName(text);
  const of = placeOf(text, kb) ?? kb.bodyName.get(key) ?? kb.byName.get(key)?.find((e) => e.type === 'country' || e.type === 'place')?.name ?? (words.length === 1 && !kb.byName.has(key) ? text : undefined);
  return of ? { title: ti.title, of } : undefined;
}
