/**
 * Determiners that open a role or group mention ("the president", "a spokesperson", "their
 * aides"). Origin: written by hand for plaudit's entity stage; moved here from
 * src/2-entities/mentions.ts (DETERMINERS) and src/2-entities/resolution (the determiners an
 * alias drops), which were the same list with and without the possessives. The possessives
 * themselves are pronouns.ts's POSSESSIVES (this file once had its own copy of them).
 */
import { POSSESSIVES } from './pronouns.js';

/** Articles, demonstratives and quantifiers: what an entity's alias drops ("the Kremlin" → "Kremlin"). */
export const ARTICLES_AND_QUANTIFIERS = ['the', 'a', 'an', 'this', 'that', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other'] as const;

/** Every determiner that may open a role mention: ARTICLES_AND_QUANTIFIERS and the possessives ("his aides", "their people", POSSESSIVES of pronouns.ts). */
export const DETERMINERS: ReadonlySet<string> = new Set<string>([...ARTICLES_AND_QUANTIFIERS, ...POSSESSIVES]);

/** A leading article or quantifier and the space after it (view of ARTICLES_AND_QUANTIFIERS). */
export const LEADING_ARTICLE = new RegExp(`^(${ARTICLES_AND_QUANTIFIERS.join('|')})\\s+`, 'i');

/** The definite article and the demonstratives that point back to something named before: "the court", "this airline", "that ruling". */
export const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** The determiners of a thing named as a verb's object, which a later "it" of the sentence may stand for: "defended the plan, calling it …", "signed a bill, calling it …". */
export const THING_DETERMINERS: ReadonlySet<string> = new Set([...POINTING_BACK, 'a', 'an']);

/** The articles alone: what may stand before a name in a list of names ("the Water Board and the Pipe Company"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
