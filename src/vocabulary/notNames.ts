/**
 * Capitalised words that are no entity, and last words that make a name an event or a work. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/** Capitalised words that never name an entity on their own. */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'you', 'his', 'her', 'its', 'our',
  'their', 'my', 'your', 'mr', 'mrs', 'ms', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'in', 'on', 'at',
  'for', 'to', 'of', 'by', 'with', 'from', 'yes', 'no', 'oh', 'well', 'still', 'however', 'meanwhile', 'also', 'then', 'now',
  'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'god',
  'read', 'watch', 'click', 'related', 'update', 'updated', 'photo', 'video', 'advertisement', 'share', 'tweet', 'transcript',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'whether', 'after', 'before', 'since', 'although', 'though',
  'because', 'unless', 'until', 'once', 'even', 'just', 'only', 'not', 'all', 'some', 'many', 'most', 'more', 'one', 'two',
  'asked', 'said', 'says', 'according', 'pm', 'am', 'et', 'edt', 'est',
  // Quantities that open a sentence: "Thousands of workers marched".
  'dozens', 'hundreds', 'thousands', 'millions', 'billions',
]);

/** Last words that make a capitalised phrase an event, a law or a work, not someone who can speak or be praised. */
export const NOT_ENTITY_HEADS = new Set([
  'summit', 'show', 'pageant', 'conference', 'convention', 'games', 'cup', 'awards', 'festival', 'act', 'bill', 'treaty',
  'agreement', 'accord', 'accords', 'plan', 'program', 'programme', 'war', 'crisis', 'day', 'week', 'initiative', 'strategy',
  'doctrine', 'report', 'speech', 'address', 'debate', 'election', 'elections', 'primary', 'caucus', 'caucuses', 'olympics',
  'championship', 'series', 'tour', 'protocol', 'deal', 'amendment', 'resolution', 'package', 'scandal', 'affair', 'gate',
  'hearing', 'trial', 'case', 'book', 'film', 'movie', 'album', 'song', 'podcast', 'newsletter', 'memo', 'dossier', 'pipeline',
  'airport', 'street', 'avenue', 'square', 'building', 'tower', 'bridge', 'hall', 'stadium', 'arena', 'hotel', 'station',
  'river', 'lake', 'mountain', 'mountains', 'sea', 'ocean', 'island', 'islands', 'valley', 'county', 'province', 'state', 'city',
  'directive', 'regulation', 'statute', 'ordinance',
]);
