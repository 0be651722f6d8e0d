/**
 * Sets of part-of-speech tags (wink-nlp's Universal Dependencies tags) that rules read noun
 * phrases with. Origin: written by hand for plaudit; gathered here from eleven near-copies in
 * stages 3 and 4, unchanged (each set below is exactly the set its readers held).
 */

/** Tags of the words of a noun phrase: "the new state budget", "two Ostland ministers". */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** NOUN_PHRASE_TAGS and pronouns: what can open a noun phrase or stand for one ("they", "the plan"). */
export const NP_START: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS, 'PRON']);

/** NOUN_PHRASE_TAGS and particles, for phrases wink splits at a possessive "'s" tagged PART. */
export const NOUN_PHRASE_OR_PARTICLE_TAGS: ReadonlySet<string> = new Set([...NOUN_PHRASE_TAGS, 'PART']);

/** Tags of a noun's modifiers and the noun: "the former state governor" (no numbers). */
export const NOMINAL_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
