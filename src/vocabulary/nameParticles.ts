/**
 * Lower-case particles inside names. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Name particles that may stand inside a name: "Bank of England", "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES = new Set(['of', 'von', 'van', 'der', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', '&', 'for', 'the']);

/**
 * View of NAME_PARTICLES: the particles that join the words of an organisation's name ("Bank of
 * England"), never a person's ("Amy Klobuchar of Minnesota").
 */
export const ORG_PARTICLES = new Set(['of', 'for', 'the', '&']);

/**
 * Particles joined by a hyphen to the surname they stand before: "Karim al-Nour", "Ahmed
 * el-Sayed", "Salim az-Zahiri". The surname is read with them, and named alone ("Nour") it
 * still names the person.
 */
export const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'ben']);
