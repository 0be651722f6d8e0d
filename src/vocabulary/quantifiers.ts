/**
 * Quantifiers that stand alone for the people they count ("many say", "some argue", "several
 * of them said"). Origin: written by hand for plaudit's attribution stage; moved here from
 * 3-attribution/cues/verbPosition.ts (QUANTIFIERS, 8 words) and 3-attribution/source/nounPhrase.ts
 * (QUANTIFIERS, 11 words), which shared the 7 plural words below and differed in the rest.
 * The views keep each reader's members: membership is unchanged (snapshot 0 of 117 changed).
 */

/** Quantifiers that head a plural group on their own: "some argue", "many said", "both claim". */
export const PLURAL_QUANTIFIERS = ['some', 'several', 'many', 'most', 'others', 'few', 'both'] as const;

/**
 * The plural quantifiers and "all": a subject before a base-form reporting verb that wink tags as
 * a noun ("many say", "all agree"). Read by 3-attribution/cues/verbPosition.ts, which only reads a
 * base form after a quantifier, so the singular ones ("each", "one") would add nothing there.
 */
export const PLURAL_SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set<string>([...PLURAL_QUANTIFIERS, 'all']);

/**
 * The plural quantifiers and the singular ones that stand for one person or none ("each said",
 * "another argued", "none agreed", "one told"): a source opening a clause. Read by
 * 3-attribution/source/nounPhrase.ts and 3-attribution/speaker.ts (a share of people as a
 * speaker). "all" is not in it: the subject finder has never read a bare "all" as a source;
 * adding it is a behaviour change, to be measured with the scorers, not part of a restructuring.
 */
export const COUNTING_QUANTIFIERS: ReadonlySet<string> = new Set<string>([...PLURAL_QUANTIFIERS, 'each', 'another', 'none', 'one']);

/**
 * The counting quantifiers, "all" and "half": the head of a partitive ("half of the members
 * said", "most of whom"). Read by 3-attribution/source/nounPhrase.ts and source/relative.ts.
 */
export const PARTITIVE_QUANTIFIERS: ReadonlySet<string> = new Set<string>([...COUNTING_QUANTIFIERS, 'all', 'half']);

/**
 * Nouns of a collective number before "of": the people after "of" speak, and the source phrase
 * opens with the noun ("a number of senators", "a group of parents", "dozens of nurses"). Read by
 * 3-attribution/source/nounPhrase.ts. (Shares, "41 percent of farmers", "the share of voters", are
 * read there by their own rules.) The last ten (from "trio") are the other nouns that open
 * PolNeAR's gold source phrases "a <noun> of <people>" over train and dev ("a chorus of
 * senators", "a slew of party leaders", "large majorities of voters"); nouns of things found there
 * ("a batch of emails", "a series of inquiries") are left out.
 */
export const COLLECTIVE_NOUNS = ['number', 'group', 'lot', 'lots', 'majority', 'minority', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'couple', 'pair', 'team', 'coalition', 'panel', 'crowd', 'host', 'bunch',
  'trio', 'array', 'army', 'chorus', 'slew', 'majorities', 'handfuls', 'tens', 'roster', 'mix'] as const;

/**
 * Words of quantity before "of": the people after "of" are the head of the phrase, its type ("a
 * number of senators", "most of the members", "half of the voters"). Read by
 * 2-entities/resolution/commonNounType.ts.
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set<string>([...COLLECTIVE_NOUNS, 'most', 'many', 'some', 'all', 'few', 'half', 'third', 'share', 'percent']);
