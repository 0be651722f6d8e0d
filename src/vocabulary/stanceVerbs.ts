/**
 * Verbs the stance rules (src/4-stance) read around an evaluation: who holds it, whom it is
 * about. Origin: written by hand for plaudit's stance stage from general English grammar;
 * moved here unchanged from src/4-stance/assignHits.ts and src/4-stance/scoreStances.ts.
 * (The cue verbs of reported speech that the attribution stage reads are its own list, in
 * src/3-attribution/cues; REPORTING_VERBS of politicalLexicon.ts is the stance lexicon's.)
 */

/** Verbs that take another verb ("keep attacking", "tried to weaken"): the evaluation is the subject's. */
export const CATENATIVE = new Set(['keep', 'stop', 'try', 'want', 'seek', 'plan', 'continue', 'begin', 'start', 'attempt', 'aim', 'hope', 'need', 'go', 'intend', 'threaten', 'vow', 'promise', 'decide', 'refuse', 'like', 'love']);

/** Verbs that name their object as something ("called Y a liar", "described Y as …"), by lemma. */
export const NAMING_VERBS = new Set(['call', 'describe', 'label', 'brand', 'dub', 'name', 'term', 'deem', 'consider', 'find', 'view', 'regard', 'see', 'portray', 'paint', 'cast', 'depict']);

/**
 * View of NAMING_VERBS: the naming verbs that frame a quote about their object ('called X "…"').
 * Narrower than NAMING_VERBS: "found X", "saw X" before a quote rarely predicate the quote of X.
 */
export const FRAME_NAMING = new Set(['call', 'describe', 'label', 'brand', 'dub', 'term', 'deem', 'consider']);

/** Verbs of saying and thinking whose subject holds what the clause says ("X said Y is a liar"), by lemma. */
export const CLAUSE_REPORTING_VERBS = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'write', 'tweet', 'declare', 'suggest', 'assert', 'allege', 'believe', 'think', 'state', 'add', 'warn', 'note', 'complain', 'charge', 'contend', 'feel']);

/** Copulas: an evaluation after one is about the copula's subject ("he's smart"), by lemma. */
export const COPULA = new Set(['be', 'seem', 'become', 'remain', 'look', 'sound', 'appear', 'get']);

/**
 * View of COPULA: the copulas that frame a quote about their subject ('X is "…"', 'X remains
 * "…"'); "appear" and "get" before a quote rarely do.
 */
export const FRAME_COPULA = new Set(['be', 'seem', 'remain', 'become', 'look', 'sound']);

/**
 * Harms a speaker may own up to without judging the victim ("we abandoned them"); verbs that are
 * also verbal attacks ("we will keep attacking Trump") stay the speaker's criticism.
 */
export const SELF_INFLICTED = new Set(['abandon', 'desert', 'betray', 'occupy', 'invade', 'violate', 'exploit']);

/**
 * Acts that judge their doer in a speaker's words without any evaluative word: harm done to
 * others ("X keeps blocking the aid", "X has chosen to silence its critics") counts against the
 * doer, care for others ("X listened to the families", "X protected the workers") for the doer.
 * By lemma, with a weight in AFINN units. Read by src/4-stance/scoring/implicitActs.ts only, not
 * by the learned models' features (adding them to political-lexicon.ts means retraining).
 * Origin: written by hand from general English news usage.
 */
export const DOER_ACTS: Readonly<Record<string, number>> = {
  block: -2, silence: -2, suppress: -2, censor: -2, persecute: -3, jail: -2, imprison: -2, torture: -3,
  starve: -3, bomb: -2, shell: -2, loot: -3, plunder: -3, stall: -1, derail: -2, bully: -2, muzzle: -2,
  crush: -2, punish: -1, neglect: -2, squander: -2, waste: -1, rig: -3, steal: -3, kill: -2, massacre: -3,
  listen: 2, protect: 2, rescue: 2, help: 1, deliver: 1, heal: 2, unite: 2, serve: 1, care: 1, comfort: 2, save: 2, shield: 2,
};

/** Verbs and particles that may stand between a doer and its act: "has chosen to silence", "keeps blocking". */
export const ACT_BRIDGES = new Set(['keep', 'continue', 'choose', 'try', 'seek', 'want', 'decide', 'refuse', 'attempt', 'plan', 'begin', 'start', 'dare', 'manage', 'to', 'always', 'still', 'again', 'repeatedly', 'also', 'just', 'even', 'now', 'never']);
