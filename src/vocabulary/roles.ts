/**
 * Role, voice and group nouns: words that name a person or a group by what they do. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from
 * src/2-entities/lexicon.ts (TOP_OFFICES and ROLE_FAMILY from src/2-entities/resolve.ts).
 */

/** Nouns that name a person by role: "the president", "a spokesperson", "the former intelligence officer". */
export const ROLE_NOUNS = new Set([
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'leader', 'head of state', 'head of government',
  'minister', 'secretary', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'governor', 'mayor',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'diplomat', 'ambassador', 'envoy',
  'officer', 'general', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive',
  'speaker', 'king', 'queen', 'monarch', 'prince', 'emir', 'pope', 'candidate', 'nominee', 'challenger', 'incumbent',
  'billionaire', 'businessman', 'businesswoman', 'tycoon', 'mogul', 'strongman', 'dictator', 'autocrat', 'ruler',
  'politician', 'statesman', 'campaigner', 'activist', 'analyst', 'expert', 'economist', 'historian', 'scholar',
  'professor', 'researcher', 'journalist', 'reporter', 'columnist', 'editor', 'commentator', 'host', 'anchor',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'justice', 'investigator', 'agent', 'whistleblower', 'witness',
  'representative', 'delegate', 'negotiator', 'mediator', 'manager', 'strategist', 'pollster', 'operative', 'staffer',
  'founder', 'owner', 'investor', 'banker', 'donor', 'fundraiser', 'veteran', 'soldier', 'man', 'woman',
  'source', 'insider', 'critic', 'supporter', 'ally', 'rival', 'opponent', 'counterpart', 'predecessor', 'successor',
  'commissioner', 'inspector', 'regulator', 'governor-general', 'first minister', 'foreign minister', 'foreign secretary',
  'secretary of state', 'secretary-general', 'secretary general', 'press secretary', 'chief of staff',
  'national security adviser', 'attorney general', 'defense secretary', 'defence secretary', 'supreme leader',
]);

/** Role nouns whose holder speaks for an organisation: "a Kremlin spokesperson" is the Kremlin's voice. */
export const VOICE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'press secretary', 'press office', 'representative', 'representatives', 'statement']);

/** Plural role nouns that name a group: "officials", "sources", "critics". */
export const GROUP_NOUNS = new Set([
  'officials', 'sources', 'critics', 'supporters', 'analysts', 'experts', 'lawmakers', 'legislators', 'aides', 'advisers',
  'advisors', 'diplomats', 'leaders', 'observers', 'economists', 'historians', 'scholars', 'researchers', 'investigators',
  'prosecutors', 'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'voters', 'residents', 'protesters',
  'protestors', 'demonstrators', 'activists', 'campaigners', 'members', 'ministers', 'senators', 'governors', 'mayors',
  'authorities', 'police', 'spokespeople', 'representatives', 'insiders', 'allies', 'opponents', 'rivals', 'reporters',
  'journalists', 'commentators', 'pollsters', 'strategists', 'people', 'americans', 'citizens', 'doctors', 'scientists',
  'workers', 'unions', 'parents', 'students', 'teachers', 'soldiers', 'troops', 'veterans', 'donors', 'republican leaders',
  'organizers', 'organisers', 'officers', 'agents', 'staff', 'staffers', 'employees', 'executives', 'negotiators', 'delegates',
]);

/**
 * Offices whose holders the news names by surname alone ("Putin", "Merkel", "Guterres"): a lone
 * surname reaches the knowledge base only for them (or for anyone active at the article's date).
 */
export const TOP_OFFICES = new Set(['president', 'prime minister', 'chancellor', 'vice president', 'secretary of state', 'foreign minister', 'foreign secretary', 'secretary-general', 'supreme leader', 'king', 'queen', 'pope', 'speaker', 'senate majority leader', 'first minister', 'premier', 'crown prince', 'emir', 'leader', 'chairman', 'general secretary', 'president of the european commission']);

/**
 * Generic names of an office and the titles that hold it: "the monarch" is the queen or king the
 * article names, "the head of government" its prime minister or chancellor.
 */
export const ROLE_FAMILY: Readonly<Record<string, readonly string[]>> = {
  monarch: ['king', 'queen', 'emperor', 'empress', 'sultan', 'emir'],
  sovereign: ['king', 'queen'],
  'head of state': ['president', 'king', 'queen', 'monarch', 'emir', 'sultan'],
  // (Not "chancellor": Britain's is its finance minister.)
  'head of government': ['prime minister', 'premier', 'taoiseach'],
};
