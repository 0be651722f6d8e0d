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
