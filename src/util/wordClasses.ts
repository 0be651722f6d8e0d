/**
 * Word classes: the word lists that the passes test on nearly every token ("does a title start
 * here?", "may a cue start here?"), answered from bits computed once per token.
 *
 * A rule defines its class where its list lives, from that list: `wordClass('lower', () => TITLES)`
 * gives a test `(t) => boolean` that says whether the token's lower-case form is in the list
 * (or, for `'lemma'`, its lemma). All classes share one table from word to class bits: the first
 * test of any class on a token looks its lower-case form and lemma up in it once and stores the
 * bits on the token (`Token.classes`), and every later test of every class on that token reads a
 * bit, where each of some fifteen passes over the tokens did a Set look-up of a string (some 50 ns
 * apiece, the cost of a pass). The lists are still read where they are defined; a class only
 * answers "is this word in it" faster.
 *
 * Classes are for short lists tested on nearly every token: the table is looked up once per
 * token, and a small table is read fast: the sentiment lexicon's tens of thousands of words made
 * as a class cost more than the look-ups they saved (more instructions over 20 articles).
 *
 * A class is defined when its module loads (at most 31 of them). The lists are read on the first
 * test of any class (so defining one costs nothing at import, and a list may come from reading
 * tokens itself); a class defined after that (a module
 * imported later) rebuilds the table, and tokens classed before it are classed again on their next test.
 */
import type { Token } from '../adapters/wink.js';
import { stringTable, type StringTable } from './stringIndex.js';

/** Which form of the token a class tests. */
export type WordForm = 'lower' | 'lemma';

/** A test of one word class on a token. */
export type WordClass = (t: Token) => boolean;

interface Definition {
  readonly bit: number;
  readonly form: WordForm;
  readonly words: () => Iterable<string>;
}

/** At most this many classes: the bits of one small integer. */
const MOST_CLASSES = 31;
const definitions: Definition[] = [];
/**
 * Word → the bits of the classes whose list holds it (of either form). A StringTable: most words
 * read are in no class, and it answers such a miss with one read of a compact array, where a
 * Map of its 1,500 words walked a bucket's chain (see util/stringIndex.ts).
 */
let table: StringTable<number> | undefined;
let building = false;
/** Bits of the classes that test the lower-case form, and of those that test the lemma. */
let lowerMask = 0;
let lemmaMask = 0;
/** Bumped whenever a class is defined: a token classed under an older epoch is classed again. */
let epoch = 0;

/**
 * Defines a class of the words `words()` lists (read once, on first use), tested on the token's
 * lower-case form or its lemma; returns its test.
 *
 * @example
 * const isTitleStart = wordClass('lower', () => ['senator', 'president']);
 * isTitleStart(readTokens('Senator Lee spoke.').tokens[0]!); // true
 */
export function wordClass(form: WordForm, words: () => Iterable<string>): WordClass {
  if (definitions.length === MOST_CLASSES) throw new Error(`plaudit: more than ${MOST_CLASSES} word classes`);
  if (building) throw new Error('plaudit: a word class was defined while the word classes were read');
  const bit = 1 << definitions.length;
  definitions.push({ bit, form, words });
  if (form === 'lower') lowerMask |= bit;
  else lemmaMask |= bit;
  table = undefined;
  epoch++;
  return (t) => ((t.classEpoch === epoch ? t.classes : reclassed(t)) & bit) !== 0;
}

function built(): StringTable<number> {
  if (table) return table;
  if (building) throw new Error('plaudit: a word list of a word class tested a word class while the word classes were read');
  building = true;
  try {
    const out = new Map<string, number>();
    for (const d of definitions) for (const w of d.words()) out.set(w, (out.get(w) ?? 0) | d.bit);
    table = stringTable(out);
  } finally {
    building = false;
  }
  return table;
}

/** The bits of the classes a token with this lower-case form and lemma belongs to. */
function classesOf(lower: string, lemma: string): number {
  const words = built();
  const byLower = words.get(lower) ?? 0;
  if (lemma === lower) return byLower;
  return (byLower & lowerMask) | ((words.get(lemma) ?? 0) & lemmaMask);
}

/** The token's bits, computed on the first test of a class on it, and again after a class was defined (see the header). */
function reclassed(t: Token): number {
  const classes = classesOf(t.lower, t.lemma);
  const mutable = t as { classes: number; classEpoch: number };
  mutable.classes = classes;
  mutable.classEpoch = epoch;
  return classes;
}
