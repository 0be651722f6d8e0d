// "The levy, as Ortiz noted, will fall on renters" / "… fall on renters, as the Ledger reported last week."
import type { Token } from '../../adapters/wink.js';
import { SENTENCE_END, hasVerb, lowerBound, startsClause } from '../scan.js';
import { type OpenClause, spanUntilStop, contentBefore, quoteOpensAt } from './clauseReader.js';
import { CLAUSE_ONLY_SUBORDINATORS } from '../../vocabulary/subordinators.js';
import { skipAdjunct } from './clauseOpening.js';
import type { ReportedSpan } from './reportedClause.js';

/**
 * A speech cue in a comparative "as" clause set off by a comma: "as X noted" has no report of its
 * own after the cue (only adjuncts: "as X wrote in a column on Friday"); it reports the writer's
 * words it comments on, before it, and, when it stands inside them, after it too ("The levy, as
 * Ortiz noted, will fall on renters"). Undefined when the cue is not such an aside: a
 * sentence-opening "As X noted, …" is read as any clause after an opening subordinate, and a
 * temporal "as" whose verb has an object ("as she accepted the award") is no speech aside.
 */
export function asAside(c: OpenClause): ReportedSpan | null | undefined {
  const { tokens, a, source, sentence, after } = c;
  if ((a.kind !== 'speech' && a.kind !== 'writing') || !a.complement.includes('that') || source.first >= a.first) return undefined;
  const as = asBefore(tokens, source.first, sentence.first);
  if (as < 0 || tokens[as - 1]?.value !== ',' || as - 1 <= sentence.first) return undefined;
  // Between the source and the cue only auxiliaries and adverbs ("as police have said", "as you aptly noted").
  for (let k = source.last; k < a.first; k++) if (tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return undefined;
  const rest = adjunctsUntilBreak(tokens, after, sentence.last);
  if (rest === undefined) return undefined;
  const before = contentBefore(c, as, false, 1);
  if (!before) return null;
  // (Words with no verb before a closing aside are no report: "In Dover, as the clerk said.")
  if (rest < 0) return hasVerb(tokens, lowerBound(tokens, before.start), lowerBound(tokens, before.end)) ? before : undefined;
  // ("But, as X put it, “…”": the quote after the aside is the words, read as a quote.)
  if (quoteOpensAt(c, rest)) return undefined;
  // "given that, as X reported, he has …": the aside opens the clause after it, the report.
  if (CLAUSE_OPENERS.has(tokens[as - 2]!.lower)) return spanUntilStop(c, rest);
  // The words after the aside go on with the report when they are its predicate ("The levy, as X
  // noted, will …"), or its clause after an adjunct or a connective ("Since May, as X reported,
  // police have …"; "And, as X reported, the bank …", whose lone connective stays out).
  const from = lowerBound(tokens, before.start);
  const verbBefore = hasVerb(tokens, from, lowerBound(tokens, before.end));
  // (A predicate after words with a verb of their own: the aside's subject is only the last of them,
  // "… thought that the result, as she explained, was …", a reading this construction leaves alone.)
  if (predicateAt(tokens, rest) && verbBefore) return undefined;
  const clause = startsClause(tokens, rest) && !verbBefore;
  if (!predicateAt(tokens, rest) && !clause) return verbBefore ? before : undefined;
  const afterSide = spanUntilStop(c, rest);
  if (!afterSide) return before;
  const connective = clause && as - 1 - from === 1 && CONNECTIVE_POS.has(tokens[from]!.pos);
  return { start: connective ? afterSide.start : before.start, end: afterSide.end };
}

/** Words that open a clause right before the aside: the clause after the aside is theirs ("given that, as X noted, …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ...CLAUSE_ONLY_SUBORDINATORS]);

/** A lone word before the aside that only links the sentence to the last ("And", "However", "Still"). */
const CONNECTIVE_POS: ReadonlySet<string> = new Set(['CCONJ', 'ADV', 'SCONJ']);

/** Does a predicate start at k: a verb, or an adverb and a verb ("…, will fall", "…, quickly became …")? */
function predicateAt(tokens: readonly Token[], k: number): boolean {
  const go = tokens[k];
  return go !== undefined && (go.pos === 'AUX' || go.pos === 'VERB' || (go.pos === 'ADV' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')));
}

/** The "as" opening the source's phrase ("as one of the mayor's aides"), walking back past no verb or mark; -1 if none. */
function asBefore(tokens: readonly Token[], first: number, floor: number): number {
  for (let k = first - 1; k >= Math.max(floor, first - 8); k--) {
    const t = tokens[k]!;
    if (t.lower === 'as') return k;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** Prepositions after a speech verb that name whom it was said to or with: an event, not a comment ("as she argued with aides"). */
const ADDRESSEE = new Set(['with', 'to']);

/**
 * From token k, past adjuncts only ("in a column", "last week", "on Friday"): -1 when the
 * sentence ends there, the token after a comma when one follows, undefined when anything else
 * (an object, a clause, a quote) follows the cue.
 */
function adjunctsUntilBreak(tokens: readonly Token[], k: number, last: number): number | undefined {
  let x = k;
  for (let n = 0; n < 3; n++) {
    if (x >= last || SENTENCE_END.test(tokens[x]!.value)) return -1;
    if (tokens[x]!.value === ',') return x + 1 < last ? x + 1 : -1;
    const y = skipAdjunct(tokens, x);
    if (y === x || ADDRESSEE.has(tokens[x]!.lower)) return undefined;
    if (tokens[y - 1]!.value === ',') return y < last ? y : -1;
    x = y;
  }
  return undefined;
}
