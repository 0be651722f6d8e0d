/**
 * Time words: weekdays, months and their abbreviations, parts of the day, periods, time adverbs.
 *
 * Origin: the English calendar (weekday and month names; the abbreviations are the Associated
 * Press style forms news text uses: "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", and
 * the common "Sep."). Tokens are compared lower-cased and with their period, as the tokenizer
 * keeps it ("jan."). The entity stage's NOT_NAMES (vocabulary/notNames.ts) compares
 * words with the period stripped; see README.md.
 */

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names in full. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** AP-style month abbreviations, with their period (March to July are never abbreviated). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.'];
/** Month names and their abbreviations, as tokens ("jan."). */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * Months that are also given names ("Jan Novak", "April Ryan", "June Okoro", "August Lind"): a
 * name may open with one before a surname. Origin: written by hand from common given names in
 * English and European news; "May" is left out (also a modal and a surname).
 */
export const MONTHS_AS_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan', 'april', 'june', 'august']);

export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Nouns that name a stretch of time after "last", "this", "next": "last week", "this spring". */
export const PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'day', ...DAY_PARTS, 'spring', 'summer', 'fall', 'autumn', 'winter']);
/** Determiners before a period: "last week", "next month", "that night". */
export const PERIOD_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'past', 'that']);
/** Words that open a time adjunct: "on Monday", "earlier Thursday", "late Friday", "during the night". */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['on', 'earlier', 'later', 'late', 'early', 'in', 'during']);

/** Deictic days: yesterday, today, tonight. */
export const DEICTIC_DAYS: readonly string[] = ['yesterday', 'today', 'tonight'];
/** Time adverbs that may stand between a cue and its clause: "earlier", "later", "recently". */
export const TIME_ADVERBS: readonly string[] = ['earlier', 'later', 'recently'];

/**
 * The time words a short adjunct after a cue is made of ("said Tuesday", "told the Times last
 * week", "said this morning"), with "again" and "also" that stand there too.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...DEICTIC_DAYS, ...DAY_PARTS, 'last', 'this', 'week', 'month', 'year', ...TIME_ADVERBS, 'again', 'also']);

/** Words that put a month after them ("in June", "since April", "last August", "the first of June", "between April and June"). */
export const BEFORE_A_MONTH: ReadonlySet<string> = new Set([...TIME_OPENERS, ...PERIOD_DETERMINERS, 'since', 'until', 'till', 'through', 'throughout', 'by', 'before', 'after', 'of', 'mid', 'to', 'between', 'and', 'or', 'around', 'for', 'within']);
