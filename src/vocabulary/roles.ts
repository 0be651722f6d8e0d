/**
 * Role, voice and group nouns: words that name a person or a group by what they do. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from
 * src/2-entities/lexicon.ts (TOP_OFFICES and ROLE_FAMILY from src/2-entities/resolve.ts).
 */

/** Role nouns whose plural names a group of them ("officials", "critics", "allies"): see GROUP_NOUNS. */
const GROUP_ROLES = [
  'official', 'source', 'critic', 'supporter', 'analyst', 'expert', 'lawmaker', 'legislator', 'aide', 'adviser',
  'advisor', 'diplomat', 'leader', 'economist', 'historian', 'scholar', 'researcher', 'investigator', 'prosecutor',
  'activist', 'campaigner', 'minister', 'senator', 'governor', 'mayor', 'representative', 'insider', 'ally', 'opponent',
  'rival', 'reporter', 'journalist', 'commentator', 'pollster', 'strategist', 'soldier', 'veteran', 'donor', 'officer',
  'agent', 'staffer', 'executive', 'negotiator', 'delegate',
] as const;

/** Person nouns whose plural names a group of them ("residents", "students"): see GROUP_NOUNS. */
const GROUP_PERSONS = ['resident', 'citizen', 'doctor', 'scientist', 'parent', 'student', 'teacher'] as const;

/** Nouns that name a person by role: "the president", "a spokesperson", "the former intelligence officer". */
export const ROLE_NOUNS = new Set<string>([
  ...GROUP_ROLES,
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'head of state', 'head of government',
  'secretary', 'congressman', 'congresswoman', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'general', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'speaker', 'king', 'queen',
  'monarch', 'prince', 'emir', 'pope', 'candidate', 'nominee', 'challenger', 'incumbent', 'billionaire', 'businessman',
  'businesswoman', 'tycoon', 'mogul', 'strongman', 'dictator', 'autocrat', 'ruler', 'politician', 'statesman',
  'professor', 'columnist', 'editor', 'host', 'anchor', 'lawyer', 'attorney', 'judge', 'justice', 'whistleblower',
  'witness', 'mediator', 'manager', 'operative', 'founder', 'owner', 'investor', 'banker', 'fundraiser', 'man', 'woman',
  'counterpart', 'predecessor', 'successor', 'commissioner', 'inspector', 'regulator', 'governor-general',
  'first minister', 'foreign minister', 'foreign secretary', 'secretary of state', 'secretary-general',
  'secretary general', 'press secretary', 'chief of staff', 'national security adviser', 'attorney general',
  'defense secretary', 'defence secretary', 'supreme leader',
]);

/**
 * Nouns that name a person by role only before "of" and a body: "the head of the Harbor Council",
 * "the head of the teachers' union" (alone "head" is a part of the body or a verb). Read by
 * 2-entities/mention/headOfBody.ts.
 */
export const ROLE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(['head']);

/**
 * Public offices held by election or appointment: "the environment secretary", "the mayor" names
 * the person the article gives that title (or a title of its family), never someone named without
 * it (resolution/03-rolesAndGroups.ts, definiteDescription). Not roles anyone may be described by
 * ("the nominee", "the officer", "the leader"). Written by hand.
 */
export const HELD_OFFICES: ReadonlySet<string> = new Set([
  'secretary', 'minister', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'chancellor', 'premier',
  'prime minister', 'ambassador', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'foreign minister',
  'foreign secretary', 'secretary of state', 'attorney general', 'defense secretary', 'defence secretary',
]);

/** Role nouns whose holder speaks for an organisation: "a Kremlin spokesperson" is the Kremlin's voice. */
export const VOICE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'press secretary', 'press office', 'representative', 'representatives', 'statement']);

/** Nouns of a source left unnamed, introduced with "a" and taken up with "the": "a senior aide … the aide". */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'aide', 'official', 'insider']);

/** The regular English plural of a noun: "officials", "allies", "spokesmen", "witnesses". */
export function pluralOf(noun: string): string {
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * Plural nouns that name a group: "officials", "sources", "critics". The plurals of GROUP_ROLES
 * and GROUP_PERSONS (written once, in the singular), and groups that are no such plural
 * ("voters", "police").
 * Not every role's plural: "presidents", "kings", "men" are left out, as they always were.
 */
export const GROUP_NOUNS = new Set<string>([
  ...GROUP_ROLES.map(pluralOf),
  ...GROUP_PERSONS.map(pluralOf),
  'observers', 'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'voters', 'protesters', 'protestors',
  'demonstrators', 'members', 'authorities', 'police', 'spokespeople', 'people', 'americans', 'workers', 'unions', 'troops',
  'republican leaders', 'organizers', 'organisers', 'staff', 'employees',
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

/** "the Latvian leader": a country's leader is its head of state or of government (only with the country named: "the leader" alone may lead a party). */
export const COUNTRY_LEADER_TITLES: readonly string[] = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'supreme leader', 'emir', 'sultan'];

/**
 * Common nouns that name a person without a role in public life, besides ROLE_NOUNS and the
 * agent nouns in -er, -or, -ist, -ian, -ant, -ent: "a protester", "the archbishop", "someone".
 */
export const PERSON_NOUNS = new Set<string>([
  ...GROUP_PERSONS,
  'person', 'individual', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'no one', 'nobody', 'one',
  'who', 'whom', 'whoever', 'questioner', 'writer', 'narrator', 'archbishop', 'bishop', 'priest', 'pastor',
  'rabbi', 'imam', 'cardinal', 'princess', 'duchess', 'duke', 'emperor', 'empress', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'colleague',
  'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'stepmother', 'stepfather',
  'stepson', 'stepdaughter', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'widow', 'widower', 'girlfriend', 'boyfriend', 'spouse', 'relative', 'sibling',
  'partner', 'neighbor', 'neighbour', 'victim', 'survivor', 'patient', 'nurse', 'participant', 'applicant', 'immigrant', 'migrant', 'servant', 'consultant', 'assistant', 'attendant', 'correspondent',
  'respondent', 'dissident', 'defendant', 'plaintiff', 'claimant', 'tenant', 'client', 'child', 'girl', 'boy', 'guy', 'lady', 'gentleman', 'chef', 'monk', 'nun', 'coach', 'guard', 'pilot', 'cop',
]);

/** The ending of a plural agent noun ("voters", "donors", "economists", "historians"): people, unless NOT_AGENT_NOUNS says the singular is a thing. */
export const PLURAL_AGENT_ENDING = /(?:[^aeiou]ers|ors|ists|ians)$/;

/** Agent nouns in -er, -or, -ist, -ian, -ant, -ent that are things, not people ("a number", "the letter"). */
export const NOT_AGENT_NOUNS = new Set([
  'number', 'letter', 'paper', 'order', 'matter', 'power', 'water', 'center', 'centre', 'border', 'chapter', 'quarter',
  'poster', 'banner', 'flyer', 'mailer', 'trailer', 'computer', 'monitor', 'sector', 'factor', 'error', 'mirror', 'tractor',
  'corridor', 'motor', 'vector', 'harbor', 'harbour', 'honor', 'honour', 'labor', 'labour', 'favor', 'favour', 'humor',
  'list', 'twist', 'event', 'moment', 'comment', 'statement', 'agreement', 'argument', 'document', 'government', 'department',
  'movement', 'parliament', 'element', 'content', 'extent', 'intent', 'percent', 'incident', 'accident', 'talent', 'grant',
  'plant', 'variant', 'warrant', 'restaurant', 'register', 'filter', 'thriller', 'headquarter', 'cover', 'answer', 'shelter',
  'disaster', 'corner', 'manner', 'dinner', 'summer', 'winter', 'weather', 'encounter', 'cancer', 'river', 'tower', 'theater',
  'theatre', 'chamber', 'gender', 'character', 'barrier', 'meter', 'liter', 'litter', 'super', 'offer', 'transfer', 'layer', 'tier',
  'filibuster', 'cluster', 'roster', 'charter', 'hour', 'floor', 'door',
  // machines and vehicles, named like their work ('tractor' above)
  'bulldozer', 'excavator', 'helicopter', 'scooter', 'elevator', 'generator', 'reactor', 'printer', 'heater', 'container', 'freighter', 'tanker', 'trawler',
]);

/**
 * Nouns of written or recorded things that may speak for their author ("the report says", "the
 * clip says", "a new poll shows"): the source is a document, not a person.
 */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'report', 'letter', 'release', 'memo', 'missive', 'filing', 'tweet', 'post', 'document', 'communique', 'communiqué',
  'readout', 'transcript', 'message', 'note', 'announcement', 'poll', 'survey', 'study', 'analysis', 'review', 'investigation',
  'audit', 'estimate', 'data', 'figures', 'research', 'findings', 'records', 'tally', 'count', 'forecast', 'ranking', 'piece',
  'clip', 'video', 'footage', 'ad', 'advert', 'advertisement', 'commercial', 'slide', 'chart', 'website', 'site', 'page', 'blog',
  'article', 'story', 'column', 'editorial', 'op-ed', 'book', 'memoir', 'journal', 'paper', 'ruling', 'decision', 'verdict',
  'judgment', 'judgement', 'order', 'opinion', 'complaint', 'lawsuit', 'suit', 'indictment', 'motion', 'petition', 'request',
  'resolution', 'bill', 'law', 'proposal', 'plan', 'draft', 'budget', 'treaty', 'agreement', 'deal', 'text', 'email', 'e-mail',
  'sign', 'caption', 'headline', 'banner', 'poster', 'placard', 'flyer', 'leaflet', 'mailer', 'card', 'film', 'documentary',
  'podcast', 'broadcast', 'episode', 'segment', 'manifesto', 'platform', 'guidance', 'guidelines', 'warning', 'notice',
]);

/**
 * The one entity of an article for reporters whose names the transcript does not give ("Q"):
 * a group, since the unnamed questions of a briefing come from many people. Named by the
 * attribution stage (sieves/01-transcriptTurns.ts); the stance stage reads its turns as questions.
 */
export const UNNAMED_REPORTERS = 'unnamed reporters';
