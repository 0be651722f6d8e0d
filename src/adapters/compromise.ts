/**
 * The only file that imports compromise. plaudit uses compromise's hand-built lexicon of
 * people, places and organisations (first names with their gender, surnames, honorifics,
 * countries, cities, demonyms, organisations, role nouns) as data: a Map lookup per word costs
 * nothing, where running the compromise tagger over a whole article would cost twenty times
 * what the rest of plaudit does. The lexicon is copied once; compromise's own stays untouched.
 */
import nlp from 'compromise';
import { stringIndex, stringTable, type StringIndex, type StringTable } from '../util/stringIndex.js';

export type NameTag =
  | 'male-name'
  | 'female-name'
  | 'first-name'
  | 'last-name'
  | 'honorific'
  | 'country'
  | 'city'
  | 'region'
  | 'place'
  | 'demonym'
  | 'organization'
  | 'role'
  | 'month'
  | 'weekday';

const TAG_OF: Record<string, NameTag> = {
  MaleName: 'male-name',
  FemaleName: 'female-name',
  FirstName: 'first-name',
  LastName: 'last-name',
  Honorific: 'honorific',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  Demonym: 'demonym',
  Organization: 'organization',
  SportsTeam: 'organization',
  Actor: 'role',
  Month: 'month',
  WeekDay: 'weekday',
};

/**
 * The name-tagged words and the common words of compromise's lexicon (some 25,000 words): tables
 * of the kind util/stringIndex.ts makes for large word lists read per token, where a look-up in
 * a Map that large cost more.
 */
let table: StringTable<NameTag[]> | undefined;
let common: StringIndex | undefined;

function build(): StringTable<NameTag[]> {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const out = new Map<string, NameTag[]>();
  const commonWords: string[] = [];
  for (const word of Object.keys(lexicon)) {
    const raw = lexicon[word];
    const all = Array.isArray(raw) ? raw : [raw];
    const tags = all.map((t) => TAG_OF[t as string]).filter((t): t is NameTag => t !== undefined);
    if (tags.length > 0) out.set(word, tags);
    else if (all.some((t) => COMMON_TAGS.has(t as string))) commonWords.push(word);
  }
  common = stringIndex(commonWords);
  return stringTable(out);
}

const COMMON_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Verb', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adjective', 'Adverb', 'Comparative', 'Superlative', 'Preposition', 'Conjunction', 'Determiner']);

/** Is the lower-case word an ordinary English word in compromise's lexicon (cook, hill, may), not only a name? */
export function isCommonWord(lower: string): boolean {
  table ??= build();
  return common!.get(lower) !== undefined;
}

/** compromise's name-related tags for a lower-case word or phrase ("vladimir" → ['male-name']). */
export function nameTags(lower: string): readonly NameTag[] {
  table ??= build();
  return table.get(lower) ?? NONE;
}

const NONE: readonly NameTag[] = [];

/** Is the lower-case word a given name compromise knows ("maria", "tom"): a male, female or first name? */
export function isGivenName(lower: string): boolean {
  return nameTags(lower).some((tag) => tag === 'male-name' || tag === 'female-name' || tag === 'first-name');
}
