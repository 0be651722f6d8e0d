import { PLACE_PREPOSITIONS } from './places.js';
/**
 * Nouns, adjectives and connectives the stance rules (src/4-stance/assignHits.ts) read around an
 * evaluation. Origin: written by hand for plaudit's stance stage from general English grammar;
 * moved here unchanged from src/4-stance/assignHits.ts.
 */

/** Connectives that end the clause an evaluation belongs to ("good, but he failed"). */
export const CONTRAST = new Set(['but', 'although', 'though', 'while', 'whereas', 'because', 'yet']);

/** Nouns of a contribution credited to someone ("the role of Y", "Y's efforts"). */
export const CREDIT_NOUNS = new Set(['role', 'roles', 'part', 'effort', 'efforts', 'contribution', 'contributions', 'leadership', 'help', 'work', 'mediation', 'involvement']);

/** Words of an appeal to someone ("my message to Y", "I urge Y to …"), by lemma. */
export const APPEALS = new Set(['plea', 'appeal', 'message', 'call', 'demand', 'request', 'warning', 'word', 'say', 'tell', 'urge', 'ask', 'beg', 'plead', 'warn']);

/** Words that may open an imperative addressed to someone ("don't", "please", "stop"). */
export const IMPERATIVE_OPENERS = new Set(['do', 'does', "n't", 'n’t', 'not', 'never', 'please', 'just', 'stop', 'quit']);

/** Adjectives of a relation to someone ("loyal to Y", "grateful to Y"): the evaluation is about Y. */
export const RELATIONAL = new Set(['committed', 'loyal', 'devoted', 'dedicated', 'faithful', 'grateful', 'thankful', 'indebted']);

/**
 * Last words of a name that make it a place as a place, not an actor: "the Golan Heights", "the
 * Andes range", "Earth". Completes NOT_ENTITY_HEADS (not-names.ts) for the stance stage's targets.
 */
export const GEOGRAPHIC_HEADS = new Set([
  'heights', 'range', 'hills', 'desert', 'strait', 'straits', 'gulf', 'bay', 'peninsula', 'canal', 'coast', 'plain', 'plains',
  'earth', 'world', 'moon', 'planet', 'park', 'forest', 'border', 'region', 'district', 'mosque', 'church', 'cathedral', 'temple',
  'palace', 'museum',
]);

/**
 * Prepositions that make the place named after them a location: "talks in Lisbon", "a rally at
 * Philadelphia", "the fighting across Ruritania". A place so named is where something happens, not
 * who does it, so an evaluation near it is not about it. ("to" and "from" are left out: "aid to
 * Ruritania", "a threat from Ruritania" name a recipient and an actor.)
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'within'].filter((p) => !['from', 'to', 'toward', 'towards', 'into'].includes(p)));

/**
 * Heads of a facility or a works named after a body or a place ("the Northgate pipeline", "the
 * Paldiski port", "the Hoover dam"): a name right before them modifies a thing, which is
 * what an evaluation there is about. ("project" is no such head: "the Kremlin project" is the
 * Kremlin's work and judges it.)
 */
export const FACILITY_HEADS = new Set([
  'plant', 'reactor', 'dam', 'port', 'pipeline', 'mine', 'refinery', 'factory', 'facility', 'airport', 'bridge',
]);

/**
 * Last words of a group's name that make it a public, not an actor: "the American people",
 * "voters", "farm families", "taxpayers" (src/4-stance/scoring/publics.ts).
 */
export const PUBLIC_HEADS = new Set([
  'people', 'voters', 'public', 'citizens', 'americans', 'families', 'taxpayers', 'residents', 'constituents', 'consumers',
]);

/**
 * Nouns of an attitude held by their possessor toward someone: "our gratitude", "his admiration
 * for Y", "their respect". The possessor holds the attitude; it is about the one it is owed,
 * given or addressed to (src/4-stance/scoring/attitudeTarget.ts), never about the possessor.
 * By lemma; written by hand from general English (the evaluations of the political lexicon that
 * name a feeling toward someone).
 */
export const ATTITUDE_NOUNS = new Set(['gratitude', 'thanks', 'admiration', 'respect', 'praise', 'congratulations', 'contempt', 'scorn', 'condemnation']);

/**
 * Verbs whose subject merits an attitude ("Y deserves our thanks", "Y has earned their respect")
 * and verbs that give it to the person named before it ("we owe Y our gratitude").
 */
export const MERIT_VERBS = new Set(['deserve', 'earn', 'merit', 'win']);
export const GIVING_VERBS = new Set(['owe', 'give', 'offer', 'extend', 'send', 'express', 'convey']);

/**
 * What an interview thanks its guest or host for out of courtesy: the verbs of "thank you for
 * joining us", "for having me", "for taking my question" (by lemma, as a gerund right after
 * "for"; the tagger leaves "being" as it is) and the nouns of "for your time", "for the
 * question". A formula of politeness, not praise ("thank you for your leadership" stays praise).
 * Written by hand from the openings and closings of broadcast interviews and press conferences.
 */
export const COURTESY_ACTS = new Set(['join', 'be', 'being', 'have', 'come', 'take', 'talk', 'speak', 'sit', 'make']);
export const COURTESY_NOUNS = new Set(['time', 'question', 'questions']);
/** What the gerund of a courtesy is done to or where: "joining us", "having me", "being here", "sitting down with us". */
export const COURTESY_COMPLEMENTS = new Set(['us', 'me', 'here', 'there', 'with', 'today', 'tonight', 'in', 'down', 'on', 'by', 'over', 'along', 'to']);

/**
 * Demands that someone leave office ("called on Y to resign", "demanded Y's resignation"), read
 * by src/4-stance/scoring/demandedExit.ts: the verbs of the demand (with DIRECTIVE_VERBS of
 * stanceVerbs.ts), the verbs of leaving (lemmas; "step down" and "step aside" by their particle)
 * and the nouns of removal. Written by hand from general English news usage.
 */
export const DEMANDING_VERBS = new Set(['demand', 'seek']);
export const LEAVING_VERBS = new Set(['resign', 'quit', 'step']);
export const LEAVING_PARTICLES = new Set(['down', 'aside']);
export const REMOVAL_NOUNS = new Set(['resignation', 'ouster', 'removal', 'impeachment', 'firing', 'dismissal', 'sacking', 'recall']);

/**
 * Prepositions before a gerund whose doer is the clause's subject or object, not the speaker:
 * "X hurt the region by supporting Y", "thanked X for backing Y", "X was wrong in praising Y".
 * Read by src/4-stance/scoring/prepositionGerund.ts. Written by hand from general English grammar.
 */
export const GERUND_PREPOSITIONS = new Set(['by', 'for', 'in', 'through', 'after', 'while', 'without', 'before', 'of']);
