/**
 * Forms of "be" that stage 3 reads before a participle. Origin: written by hand from general
 * English grammar; was two near-copies (`PASSIVE_BE` of `3-attribution/source/passiveAgent.ts`
 * and `BE_FORMS` of `3-attribution/sieves/09-raising.ts`), now one list with two named views.
 * ("am" is in neither: news narrative about a cue or a raising verb is in the third person.)
 */

/** The uncontracted finite and non-finite forms of "be", less "being" and "am". */
const BE_WORDS = ['is', 'are', 'was', 'were', 'be', 'been'] as const;

/**
 * Forms of "be" that make a past participle passive ("was reported", "have been praised", "is
 * being cited"): `BE_WORDS` plus "being". Read by `3-attribution/source/passiveAgent.ts`.
 */
export const PASSIVE_BE: ReadonlySet<string> = new Set([...BE_WORDS, 'being']);

/**
 * Forms of "be" before a raising passive ("is expected to", "it's thought to", "they're said to"):
 * `BE_WORDS` plus the contracted "'s" and "'re" (straight and curly). Read by
 * `3-attribution/sieves/09-raising.ts`.
 *
 * Why the views differ: each kept the members it had when the two copies were merged, so that
 * output stayed identical (snapshot 0 of 117 changed). Widening either view to the union
 * ("being" before a raising passive, a contraction before a passive cue) is a behaviour change,
 * to be measured with the scorers before it is made.
 */
export const RAISING_BE: ReadonlySet<string> = new Set([...BE_WORDS, "'s", '’s', "'re", '’re']);
