/**
 * Determiners that open a role or group mention ("the president", "a spokesperson", "their
 * aides"). Origin: written by hand for plaudit's entity stage; moved here from
 * src/2-entities/mentions.ts (DETERMINERS) and src/2-entities/resolution (the determiners an
 * alias drops), which were the same list with and without the possessives.
 */

/** Articles, demonstratives and quantifiers: what an entity's alias drops ("the Kremlin" → "Kremlin"). */
export const ARTICLES_AND_QUANTIFIERS = ['the', 'a', 'an', 'this', 'that', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other'] as const;

/** Possessive determiners ("his aides", "their people"). */
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'its', 'their', 'our', 'my', 'your'] as const;

/** Every determiner that may open a role mention: ARTICLES_AND_QUANTIFIERS and POSSESSIVE_DETERMINERS. */
export const DETERMINERS: ReadonlySet<string> = new Set<string>([...ARTICLES_AND_QUANTIFIERS, ...POSSESSIVE_DETERMINERS]);

/** A leading article or quantifier and the space after it (view of ARTICLES_AND_QUANTIFIERS). */
export const LEADING_ARTICLE = new RegExp(`^(${ARTICLES_AND_QUANTIFIERS.join('|')})\\s+`, 'i');
