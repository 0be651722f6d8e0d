/**
 * Place words of the entity stage. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Prepositions after which an unknown capitalised name is a place: "a rally in North Charleston". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards', 'into']);

/** Nouns of settlements and areas, before "of" or a comma and a name, which is then a place: "the city of Brasov", "the town, Skellby,". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'hamlet', 'municipality', 'province', 'region', 'county', 'district', 'borough', 'island', 'islands', 'port', 'suburb', 'neighbourhood', 'neighborhood']);

/** SETTLEMENT_NOUNS and "capital", before a name in apposition ("the capital, Tarvik,"); "the capital of Ostland" is a country's, so not before "of". */
export const APPOSED_PLACE_NOUNS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS, 'capital']);

/** SETTLEMENT_NOUNS and the offices that govern a place, before "of" and a name, which is then a place: "the mayor of Rasnov", "the governor of Ruritania Province". */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS, 'mayor', 'governor', 'prefect', 'burgomaster']);

/**
 * Last words that make a capitalised name of two or more words a place when no given name opens
 * it: "Hudson Bay", "Golan Heights", "Tahrir Square". Not "park" (Park is a common Korean surname,
 * "Min-jun Park", and compromise knows few Korean given names). Written by hand from general
 * English usage; 4-stance/scoring/judgeable.ts reads the wider GEOGRAPHIC_HEADS (vocabulary/stanceWords.ts)
 * for what cannot be judged.
 */
export const PLACE_NAME_LAST_WORDS: ReadonlySet<string> = new Set([
  'bay', 'gulf', 'strait', 'straits', 'peninsula', 'canal', 'coast', 'heights', 'hills', 'desert', 'forest',
  'valley', 'mountains', 'lake', 'sea', 'ocean', 'square', 'island', 'islands', 'district', 'province', 'county', 'region',
]);
