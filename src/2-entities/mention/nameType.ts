/** What a name names: its type (person, organisation, place), its gender, whether it is a body's name so far. */
import type { Token } from '../../adapters/wink.js';
import { nameTags } from '../../adapters/compromise.js';
import type { EntityType } from '../../model/entity.js';
import { COMPANY_LAST_WORDS, ORG_HEAD_WORDS, ORG_WORDS } from '../../vocabulary/organisations.js';
import { PLACE_NAME_LAST_WORDS } from '../../vocabulary/places.js';
import { ROLE_NOUNS } from '../../vocabulary/roles.js';
import { TITLES } from '../../vocabulary/titles.js';
import type { KnowledgeIndex } from '../knowledgeIndex.js';
import { HAS_LOWER } from './words.js';

/** Do the words so far name a body ("Bank", "House", "Secretary", "NATO"), so "of …" may continue it? */
export function orgLike(tokens: readonly Token[], from: number, to: number, kb: KnowledgeIndex): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (ORG_WORDS.has(w) || TITLES.has(w) || ROLE_NOUNS.has(w) || ORG_HEAD_WORDS.has(w)) return true;
  }
  const words = tokens.slice(from, to).map((t) => t.lower).join(' ');
  return (kb.byName.get(words) ?? []).some((e) => e.type !== 'person');
}

export function genderOf(words: readonly Token[]): 'male' | 'female' | undefined {
  const firstWord = words[0];
  if (!firstWord || words.length < 2) return undefined;
  const tags = nameTags(firstWord.lower);
  if (tags.includes('male-name') && !tags.includes('female-name')) return 'male';
  if (tags.includes('female-name') && !tags.includes('male-name')) return 'female';
  return undefined;
}

/**
 * The type of a name, the knowledge base first, then compromise's lexicon, then the words
 * themselves; and whether it comes from the name's length alone (`guessed`): two to four words
 * with nothing that says what they name, read as a person's, the commonest case.
 */
export function typeOfName(words: readonly Token[], key: string, title: string | undefined, kb: KnowledgeIndex): { type: EntityType | undefined; guessed: boolean } {
  const type = typeSaid(words, key, title, kb);
  if (type !== undefined || words.length < 2 || words.length > 4) return { type, guessed: false };
  const shape = shapeType(words, kb);
  // (A name compromise knows by some other tag is no guess either.)
  return { type: shape ?? 'person', guessed: shape === undefined && nameTags(key).length === 0 };
}

/** The type something about the name says: the knowledge base, a title, compromise's tags, a body's word. */
function typeSaid(words: readonly Token[], key: string, title: string | undefined, kb: KnowledgeIndex): EntityType | undefined {
  const known = kb.byName.get(key);
  if (known && known.length > 0) return known[0]!.type;
  if (title) return 'person';
  if (hyphenAdjective(words[words.length - 1]!, words.length - 1, words)) return 'thing';
  const tags = nameTags(key);
  if (tags.includes('organization')) return 'organization';
  if (tags.includes('country')) return 'country';
  if (tags.includes('city') || tags.includes('region') || tags.includes('place')) return 'place';
  if (words.some((w) => ORG_WORDS.has(w.lower))) return 'organization';
  // "Revolutionary Guard Corps of Ruritania": a name read across "of" is a body's (readName joins
  // "of" only after a body's word), whatever its last word looks like.
  if (words.some((w, k) => k > 0 && w.lower === 'of')) return 'organization';
  const firstTags = nameTags(words[0]!.lower);
  // "Margaret, could you tell us …": a first name alone is someone's too (over 957 news texts: 733
  // firings, wrong on about 36, mostly a city with a given name's spelling).
  // "Meridian Logistics", "Grace Harbor Capital": a business named for its trade, unless a given
  // name opens a name of two words ("Michael Shipping" is someone's).
  const trade = words.length >= 2 && COMPANY_LAST_WORDS.has(words[words.length - 1]!.lower);
  if (trade && words.length >= 3) return 'organization';
  if (firstTags.includes('male-name') || firstTags.includes('female-name') || (words.length >= 2 && firstTags.includes('first-name'))) return 'person';
  if (trade) return 'organization';
  // "Gorky Park", "Tahrir Square": a place's last word with no given name before it.
  if (words.length >= 2 && PLACE_NAME_LAST_WORDS.has(words[words.length - 1]!.lower)) return 'place';
  if (nameTags(words[words.length - 1]!.lower).includes('last-name')) return 'person';
  if (words.length === 1 && !HAS_LOWER.test(words[0]!.value) && words[0]!.value.length > 1) return 'organization';
  return undefined;
}

/**
 * "Ruritania-based", "Thorn-backed", "Saudi-led": a capitalised word, a hyphen and a participle,
 * an adjective ("Young-shik", "Tae-won" are given names: no participle). Only at the end of a
 * name makes it one: "Ruritania-based Harwick Foundation" is the foundation.
 */
function hyphenAdjective(w: Token, k: number, words: readonly Token[]): boolean {
  if (/^\p{Lu}[\p{L}.]*-(?:\p{Ll}+(?:ed|ing)|style|era|type|like|wide)$/u.test(w.value)) return true;
  // The tokeniser may cut the word at its hyphen, and the name's words leave the hyphen out:
  // "Ruritania", "based", a character apart.
  const prev = words[k - 1];
  return prev !== undefined && w.start === prev.end + 1 && /^(?:\p{Ll}+(?:ed|ing)|style|era|type|like|wide)$/u.test(w.value) && /^\p{Lu}/u.test(prev.value);
}

/** Compass words that start the name of a region ("Eastern Mediterranean", "Middle West"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'middle', 'central', 'upper', 'lower']);

/**
 * The type the shape of an unknown name of two to four words gives it when no first name, surname
 * or body's word does, or undefined (the caller then reads it as a person, the commonest case):
 *   "Ruritanian Kanzler", "Latin American" a demonym first: an adjective phrase (a thing) if it
 *                                        ends in one too, else a body ("Afghan Taliban")
 *   "Eastern Carpathia", "Middle West"    a compass word first: a place
 *   "Republic of Carpathia"              a body's head word, or an "of" inside: a body
 * A person's name has none of these shapes.
 */
function shapeType(words: readonly Token[], kb: KnowledgeIndex): EntityType | undefined {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "Ruritanian Americans": people named by where they come from, a group.
  if (isDemonym(first.lower, kb)) return isDemonym(last.lower, kb) ? (/s$/.test(last.lower) && isDemonym(last.lower.replace(/s$/, ''), kb) ? 'group' : 'thing') : 'organization';
  if (COMPASS.has(first.lower)) return 'place';
  if (words.some((w) => w.lower === 'of' || (ORG_HEAD_WORDS.has(w.lower) && !ROLE_NOUNS.has(w.lower) && !TITLES.has(w.lower)))) return 'organization';
  return undefined;
}

/** Is the lower-case word a demonym ("ruritanian"): compromise's tag, or an adjective the knowledge base maps to a place? */
export function isDemonym(word: string, kb: KnowledgeIndex): boolean {
  // (The index maps each place's own name to it too: "ruritania" is no demonym.)
  const place = kb.placeOfAdjective.get(word);
  return (place !== undefined && place.toLowerCase() !== word) || nameTags(word).includes('demonym');
}
