/**
 * Words that open a subordinate clause and are never prepositions, though the tagger may tag
 * them ADP ("whether the jurors of those trials would agree"): a subject after one is the
 * subordinate clause's, not the sentence's. Origin: written by hand for plaudit's partial-quote
 * reader (3-attribution/sieves/partialSubject.ts). The time and reason words that are
 * prepositions too ("after", "since", "as") are `SUBORDINATORS` in
 * 3-attribution/reported/clauseReader.ts.
 */
export const CLAUSE_ONLY_SUBORDINATORS: ReadonlySet<string> = new Set(['whether', 'if', 'because', 'although', 'though', 'unless', 'whereas']);

/** Words tagged as prepositions that open a clause whose subject the finding is ("as polls show", "while a survey found"). */
export const SUBORDINATING: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before', 'although', 'though', 'because', 'since', 'with']);

/**
 * Words after which a subject pronoun opens a clause that a later cue may continue ("… when he
 * brought up the budget and later said"), as opposed to a reported clause ("that", "if",
 * "whether"). Read by 3-attribution/source/nearerPronoun.ts.
 */
export const CONTINUED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'once', 'until', 'which', 'where', 'whom', 'and', 'but']);

/** Particles that may follow a verb before its object ("put out a statement", "held up a sign"). Read by 3-attribution/source/reducedRelative.ts. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'back', 'down', 'forth']);

/** Adverbs that may stand before an opening subordinator ("even as", "just as", "even though"). Read by 3-attribution/reported/clauseReader.ts. */
export const SUBORDINATOR_ADVERBS: ReadonlySet<string> = new Set(['even', 'just']);
