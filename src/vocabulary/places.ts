/**
 * Place words of the entity stage. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Prepositions after which an unknown capitalised name is a place: "a rally in North Charleston". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards', 'into']);
