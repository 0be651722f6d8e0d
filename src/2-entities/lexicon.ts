/**
 * Word lists of the entity stage, as data. General English news vocabulary only.
 */

/** Titles that stand before a name and are not part of it. Lower case; multi-word titles as phrases. */
export const TITLES = new Set([
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'chancellor', 'premier',
  'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'governor', 'gov.', 'gov',
  'mayor', 'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'minister', 'foreign minister',
  'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'health secretary', 'attorney general',
  'speaker', 'house speaker', 'leader', 'majority leader', 'minority leader', 'senate majority leader',
  'senate minority leader', 'house majority leader', 'house minority leader', 'whip', 'chairman', 'chairwoman', 'chair',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sheikh', 'emir', 'sultan', 'pope',
  'ayatollah', 'supreme leader', 'cardinal', 'archbishop', 'bishop', 'rev.', 'reverend', 'rabbi', 'imam',
  'general', 'gen.', 'gen', 'lt.', 'col.', 'colonel', 'major', 'maj.', 'captain', 'capt.', 'admiral', 'adm.', 'sgt.', 'sergeant',
  'commander', 'field marshal', 'marshal', 'lieutenant', 'lieutenant general',
  'judge', 'justice', 'chief justice', 'lord', 'lady', 'sir', 'dame', 'baroness', 'baron', 'earl', 'duke', 'duchess',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'prof', 'professor', 'mx.',
  'ambassador', 'envoy', 'special envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary',
  'director', 'chief executive', 'ceo', 'founder', 'chief', 'commissioner', 'inspector general', 'special counsel',
  'first lady', 'first minister', 'deputy', 'adviser', 'advisor', 'national security adviser', 'chief of staff',
  'candidate', 'nominee', 'lawmaker', 'mp', 'mep', 'state senator', 'assemblyman', 'assemblywoman', 'councilman',
  'councilwoman', 'councillor', 'alderman', 'sheriff', 'attorney', 'lawyer', 'officer', 'agent', 'detective',
  'coach', 'president-elect', 'former president', 'ex-president',
]);

/** The gender a title implies. */
export const TITLE_GENDER: Record<string, 'male' | 'female'> = {
  'mr.': 'male', mr: 'male', king: 'male', prince: 'male', sir: 'male', lord: 'male', congressman: 'male', spokesman: 'male',
  chairman: 'male', emperor: 'male', sheikh: 'male', duke: 'male', earl: 'male', baron: 'male', assemblyman: 'male', councilman: 'male',
  'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', miss: 'female', queen: 'female', princess: 'female', dame: 'female',
  lady: 'female', congresswoman: 'female', spokeswoman: 'female', chairwoman: 'female', empress: 'female', duchess: 'female',
  baroness: 'female', 'first lady': 'female', assemblywoman: 'female', councilwoman: 'female',
};

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

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = new Set([
  'party', 'ministry', 'department', 'agency', 'committee', 'commission', 'council', 'association', 'union', 'university',
  'college', 'institute', 'foundation', 'bank', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'group', 'office', 'court', 'senate', 'house', 'congress', 'parliament', 'assembly', 'government', 'administration',
  'campaign', 'army', 'navy', 'force', 'forces', 'police', 'service', 'services', 'bureau', 'board', 'authority',
  'organization', 'organisation', 'federation', 'alliance', 'coalition', 'movement', 'front', 'network', 'center', 'centre',
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'press', 'daily', 'magazine',
  'television', 'tv', 'radio', 'broadcasting', 'media', 'review', 'observer', 'economist', 'reuters', 'cabinet', 'kremlin',
  'fund', 'trust', 'bloc', 'club', 'league', 'team', 'church', 'network', 'council', 'tribunal', 'secretariat', 'mission',
  'embassy', 'consulate', 'prosecutor\'s', 'institution', 'lab', 'laboratory', 'airlines', 'motors', 'holdings', 'industries',
]);

/** Words that make an organisation a news outlet (the writer's colleagues, not the source's organisation). */
export const OUTLET_WORDS = new Set([
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'press', 'daily', 'magazine',
  'television', 'tv', 'radio', 'broadcasting', 'media', 'reuters', 'associated', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'msnbc',
  'npr', 'afp', 'ap', 'tass', 'xinhua', 'politico', 'axios', 'bloomberg', 'breitbart', 'observer', 'economist', 'atlantic',
  'newsweek', 'time', 'wire', 'agency', 'channel', 'show', 'program', 'programme', 'podcast', 'twitter', 'x', 'facebook',
]);

/** Capitalised words that never name an entity on their own. */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'you', 'his', 'her', 'its', 'our',
  'their', 'my', 'your', 'mr', 'mrs', 'ms', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'in', 'on', 'at',
  'for', 'to', 'of', 'by', 'with', 'from', 'yes', 'no', 'oh', 'well', 'still', 'however', 'meanwhile', 'also', 'then', 'now',
  'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'god',
  'read', 'watch', 'click', 'related', 'update', 'updated', 'photo', 'video', 'advertisement', 'share', 'tweet',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'whether', 'after', 'before', 'since', 'although', 'though',
  'because', 'unless', 'until', 'once', 'even', 'just', 'only', 'not', 'all', 'some', 'many', 'most', 'more', 'one', 'two',
  'mutual', 'navigating', 'whether', 'unsurprisingly', 'asked', 'said', 'says', 'according', 'pm', 'am', 'et', 'edt', 'est',
]);

/** Personal pronouns and what they can refer to. */
export const PRONOUNS: Record<string, { gender?: 'male' | 'female'; types: readonly ('person' | 'organization' | 'group' | 'place')[]; plural?: boolean; first?: boolean; possessive?: boolean }> = {
  he: { gender: 'male', types: ['person'] },
  him: { gender: 'male', types: ['person'] },
  his: { gender: 'male', types: ['person'], possessive: true },
  himself: { gender: 'male', types: ['person'] },
  she: { gender: 'female', types: ['person'] },
  her: { gender: 'female', types: ['person'] },
  hers: { gender: 'female', types: ['person'], possessive: true },
  herself: { gender: 'female', types: ['person'] },
  it: { types: ['organization', 'place'] },
  its: { types: ['organization', 'place'], possessive: true },
  they: { types: ['group', 'organization'], plural: true },
  them: { types: ['group', 'organization'], plural: true },
  their: { types: ['group', 'organization'], plural: true, possessive: true },
  i: { types: ['person'], first: true },
  me: { types: ['person'], first: true },
  my: { types: ['person'], first: true, possessive: true },
  we: { types: ['person', 'organization', 'group'], first: true, plural: true },
  us: { types: ['person', 'organization', 'group'], first: true, plural: true },
  you: { types: ['person', 'group'] },
  your: { types: ['person', 'group'], possessive: true },
  our: { types: ['person', 'organization', 'group'], first: true, plural: true, possessive: true },
};

/** Name particles that may stand inside a name: "Bank of England", "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES = new Set(['of', 'von', 'van', 'der', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', '&', 'for', 'the']);

/** Last words that make a capitalised phrase an event, a law or a work, not someone who can speak or be praised. */
export const NOT_ENTITY_HEADS = new Set([
  'summit', 'show', 'pageant', 'conference', 'convention', 'games', 'cup', 'awards', 'festival', 'act', 'bill', 'treaty',
  'agreement', 'accord', 'accords', 'plan', 'program', 'programme', 'war', 'crisis', 'day', 'week', 'initiative', 'strategy',
  'doctrine', 'report', 'speech', 'address', 'debate', 'election', 'elections', 'primary', 'caucus', 'caucuses', 'olympics',
  'championship', 'series', 'tour', 'protocol', 'deal', 'amendment', 'resolution', 'package', 'scandal', 'affair', 'gate',
  'hearing', 'trial', 'case', 'book', 'film', 'movie', 'album', 'song', 'podcast', 'newsletter', 'memo', 'dossier', 'pipeline',
  'airport', 'street', 'avenue', 'square', 'building', 'tower', 'bridge', 'hall', 'stadium', 'arena', 'hotel', 'station',
  'river', 'lake', 'mountain', 'mountains', 'sea', 'ocean', 'island', 'islands', 'valley', 'county', 'province', 'state', 'city',
]);

/** Prepositions after which an unknown capitalised name is a place: "a rally in North Charleston". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards', 'into']);
