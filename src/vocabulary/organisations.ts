/**
 * Words that make a capitalised phrase a body or a news outlet. Origin: written by hand for plaudit's entity stage
 * (src/2-entities) from general English news usage; moved here unchanged from src/2-entities/lexicon.ts.
 */

/**
 * Last words of a business's name ("Meridian Logistics", "Harwick Therapeutics"): a name of two or
 * more words that ends in one is a company's, unless it is a given name and one more word
 * ("Michael Shipping" would be a person's). ORG_WORDS holds the words that make any name a body
 * wherever they stand ("Holdings", "Airlines"); these only at the end. Only as the last word, where a business names its trade; words
 * that are also surnames ("Power", "Steel", "Gas" in some languages) are left out. Origin: written
 * by hand from the common closing words of listed companies' names (trade and form words).
 */
export const COMPANY_LAST_WORDS: ReadonlySet<string> = new Set([
  'logistics', 'partners', 'capital', 'systems', 'technologies', 'technology', 'solutions', 'energy', 'pharmaceuticals',
  'pharma', 'labs', 'laboratories', 'networks', 'ventures', 'bancorp', 'bancshares', 'financial', 'insurance', 'foods',
  'brands', 'associates', 'consulting', 'consultants', 'enterprises', 'resources', 'mining', 'telecom', 'telecommunications',
  'shipping', 'aerospace', 'therapeutics', 'biotech', 'biosciences', 'robotics', 'software', 'analytics', 'investments',
  'securities', 'petroleum', 'chemicals', 'electronics', 'entertainment', 'studios', 'publishing', 'communications',
  'properties', 'realty', 'manufacturing', 'construction', 'engineering', 'automotive', 'semiconductor', 'semiconductors',
  'railways', 'railroad', 'utilities', 'healthcare', 'pharmacy', 'apparel', 'retail', 'stores', 'markets',
]);

/** Words that make a capitalised phrase an organisation ('air', 'airlines' alone decided it 9 times in 957 news texts, all bodies). */
export const ORG_WORDS = new Set([
  'party', 'ministry', 'department', 'agency', 'committee', 'commission', 'council', 'association', 'union', 'university',
  'college', 'institute', 'foundation', 'bank', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'group', 'office', 'court', 'senate', 'house', 'congress', 'parliament', 'assembly', 'government', 'administration',
  'campaign', 'army', 'navy', 'force', 'forces', 'police', 'service', 'services', 'bureau', 'board', 'authority',
  'organization', 'organisation', 'federation', 'alliance', 'coalition', 'movement', 'front', 'network', 'center', 'centre',
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'press', 'daily', 'magazine',
  'television', 'tv', 'radio', 'broadcasting', 'media', 'review', 'observer', 'economist', 'reuters', 'cabinet', 'kremlin',
  'fund', 'trust', 'bloc', 'club', 'league', 'team', 'church', 'tribunal', 'secretariat', 'mission',
  'embassy', 'consulate', 'prosecutor\'s', 'institution', 'lab', 'laboratory', 'air', 'airlines', 'airways', 'motors', 'holdings', 'industries',
  'limited', 'plc', 'gmbh', 'forum', 'society', 'academy', 'chamber',
  // Bodies' words in other languages, which open the names of companies and groups ("Banco …", "Groupe …").
  'banco', 'banca', 'banque', 'groupe', 'grupo', 'gruppo', 'compagnie', 'société', 'societe', 'compañía',
]);

/**
 * Last words that a body's own name may drop and still name it ("Calder Air" → "Calder", "Harwick
 * Holdings" → "Harwick", "Thai Unity Party" → "Thai Unity"): the kind or legal form of an airline,
 * a business or a party. Words that carry the name itself are left out ("Times", "Post", "News",
 * "House", "Court", "University": "Washington" is not "The Washington Post"). Origin: written by
 * hand, a subset of ORG_WORDS and the legal forms of companies.
 */
export const DROPPABLE_KIND_WORDS: ReadonlySet<string> = new Set([
  'air', 'airlines', 'airways', 'bank', 'group', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'plc', 'gmbh', 'ag', 'sa', 'limited', 'holdings', 'industries', 'motors', 'party',
]);

/** Words that make an organisation a news outlet (the writer's colleagues, not the source's organisation). */
export const OUTLET_WORDS = new Set([
  'times', 'post', 'news', 'journal', 'tribune', 'herald', 'telegraph', 'guardian', 'gazette', 'press', 'daily', 'magazine',
  'television', 'tv', 'radio', 'broadcasting', 'media', 'reuters', 'associated', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'fox', 'msnbc',
  'npr', 'afp', 'ap', 'tass', 'xinhua', 'politico', 'axios', 'bloomberg', 'breitbart', 'observer', 'economist', 'atlantic',
  'newsweek', 'time', 'wire', 'agency', 'channel', 'show', 'program', 'programme', 'podcast', 'twitter', 'x', 'facebook',
]);

/**
 * Words that, among the capitalised words read so far, let "of …" continue a body's name ("Bank
 * of England", "Secretary of State"), besides ORG_WORDS, titles and role nouns. (Moved from a
 * regular expression in src/2-entities/mentions.ts.)
 */
export const ORG_HEAD_WORDS = new Set(['department', 'ministry', 'secretary', 'minister', 'head', 'chief', 'director', 'university', 'institute', 'bank', 'house', 'court', 'council', 'league', 'church', 'state', 'states', 'republic', 'kingdom', 'union', 'federation', 'museum', 'college', 'school', 'office', 'board', 'commission', 'committee', 'academy', 'society', 'order', 'people', 'chamber']);

/** What a common noun that heads the description of a body is read for (BODY_HEADS). */
type BodyHeadUse = 'described' | 'anyBody' | 'outlet' | 'source';

/**
 * Common nouns that head the description of a body, one row each, with what each is read for:
 *   described  a definite description that nearly always means a body the article has named ("the
 *              court", "the ministry"): read as a mention of that body (never words as often
 *              something else: "the post", "the news", "the house", "the service"); without
 *              anyBody, only a body whose name holds the word ("the club" → "Oakmont Country Club",
 *              HEAD_NAME_WORDS for "the airline") is meant, else no one
 *   anyBody    a head that any organisation other than a news outlet fits when none is named with
 *              the word ("the company said": a business or a body of people)
 *   outlet     a head that only a news outlet fits ("the newspaper reported")
 *   source     a body when a source is only described ("the palace said", "a panel found"),
 *              besides the words of ORG_WORDS
 * The sets below are views of this table.
 */
const BODY_HEADS: Readonly<Record<string, readonly BodyHeadUse[]>> = {
  company: ['described', 'anyBody'], firm: ['described', 'anyBody', 'source'], corporation: ['described', 'anyBody'],
  organisation: ['described', 'anyBody'], organization: ['described', 'anyBody'], group: ['anyBody'],
  airline: ['described', 'anyBody', 'source'], carrier: ['anyBody', 'source'],
  palace: ['described', 'source'], panel: ['described', 'source'],
  newspaper: ['described', 'outlet'], network: ['described', 'outlet'], broadcaster: ['described', 'outlet'], paper: ['outlet'], channel: ['outlet'],
  ministry: ['described'], department: ['described'], agency: ['described'], committee: ['described'], commission: ['described'],
  council: ['described'], court: ['described'], tribunal: ['described'], parliament: ['described'], senate: ['described'],
  congress: ['described'], assembly: ['described'], government: ['described'], administration: ['described'], party: ['described'],
  union: ['described'], bank: ['described'], university: ['described'], alliance: ['described'], coalition: ['described'],
  bureau: ['described'], embassy: ['described'], league: ['described'], cabinet: ['described'], board: ['described'],
  authority: ['described'], foundation: ['described'], institute: ['described'],
  federation: ['described'], association: ['described'], movement: ['described'], club: ['described'], army: ['described'], navy: ['described'],
  fund: ['described'], bloc: ['described'], forum: ['described'], academy: ['described'], society: ['described'],
};

function bodyHeads(use: BodyHeadUse): ReadonlySet<string> {
  return new Set(Object.keys(BODY_HEADS).filter((head) => BODY_HEADS[head]!.includes(use)));
}

/**
 * Words of a body's name that a description's head stands for besides itself: "the airline" is
 * "Norvik Air", "Trevane Airways". Origin: written by hand.
 */
export const HEAD_NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  airline: ['air', 'airlines', 'airways'],
};

/**
 * Every head of the table: a noun that may describe a body in apposition before its name ("the
 * freight carrier Norland Cargo", "the advocacy group Fair Rents"), read by
 * src/2-entities/mention/apposedHeads.ts.
 */
export const BODY_HEAD_NOUNS: ReadonlySet<string> = new Set(Object.keys(BODY_HEADS));

/** Heads of a definite description read as a mention of the body named before ("the court", "this company"). */
export const DESCRIBED_BODY_HEADS = bodyHeads('described');
/** Heads of a description ("the company said") that any organisation other than a news outlet fits. */
export const ANY_BODY_HEADS = bodyHeads('anyBody');
/** Heads of a description ("the newspaper reported") that only a news outlet fits. */
export const OUTLET_HEADS = bodyHeads('outlet');
/** Common-noun heads that name a body when a source is only described ("the palace said", "a panel found", "the airline denied"). */
export const ORG_COMMON_HEADS = bodyHeads('source');

/**
 * Heads after a demonym that name a country as an actor: "the Ruritanian regime", "the
 * Ruritanian government's decision" judge Ruritania ("a Ruritanian official", "Ruritanian
 * television" do not). Over 957 news texts: 31 firings, right on about 28.
 */
export const STATE_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'regime', 'government', 'leadership', 'authorities', 'administration', 'military', 'army', 'navy', 'forces', 'junta', 'state',
]);
