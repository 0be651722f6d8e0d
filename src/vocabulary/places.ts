/**
 * Place words of the entity stage. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Prepositions after which an unknown capitalised name is a place: "a rally in North Charleston". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards', 'into']);

/** Nouns of settlements and areas, and offices of one, before "of" and a name, which is then a place: "the city of Brasov", "the mayor of Rasnov". */
export const PLACE_KIND_NOUNS = new Set(['city', 'town', 'village', 'hamlet', 'municipality', 'province', 'region', 'county', 'district', 'borough', 'island', 'islands', 'port', 'suburb', 'neighbourhood', 'neighborhood',
  // offices that govern a place: "the mayor of Brasov", "the governor of Ruritania Province"
  'mayor', 'governor', 'prefect', 'burgomaster']);
