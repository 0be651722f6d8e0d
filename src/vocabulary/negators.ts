/**
 * Negation words of the stance lexicon (src/4-stance/lexicon.ts). Origin: written by hand for
 * plaudit's stance stage from general English grammar; moved here unchanged from
 * src/4-stance/lexicon.ts. (Hedges and intensifiers, which scale an evaluation rather than
 * negate it, are HEDGES and INTENSIFIERS in political-lexicon.ts.)
 */

/** Words that negate the evaluation after them ("not smart", "never helped"), by surface form or lemma. */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'without', 'hardly', 'cannot']);

/** Verbs of lacking: the quality after them is missing ("lacks credibility", "lost all credibility"), by lemma. */
export const LACK = new Set(['lack', 'lose', 'forfeit']);
