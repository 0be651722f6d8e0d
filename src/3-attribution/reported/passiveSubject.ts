// The report of a passive cue with an agent is its subject: "[The merger] was reported by the Tribune", "[The new tariffs] have been praised by farm groups".
import type { Span } from '../../model/span.js';
import { NP_POS } from '../source/nounPhrase.js';
import type { ClauseCtx } from './clauseReader.js';

/** Words that open a clause and end the subject before them ("so hard that [the levees] were …"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'this']);
/** Words after a passive's agent that open the clause it reports ("told by aides that …"). */
const CLAUSE_AFTER_AGENT: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'to']);
/** Longest subject read, in tokens. */
const MAX_SUBJECT_TOKENS = 8;

/**
 * The subject of a passive cue whose agent follows it ("by the Tribune"): the noun phrase right
 * before its auxiliaries ("have been", "was first"). Undefined when the source is no passive's
 * agent (`passiveAgent` marks it), null when no noun phrase stands there (a relative pronoun,
 * "which was reported by …", or a clause: the report is then not read here).
 */
export function passiveSubject(c: ClauseCtx): Span | null | undefined {
  const { tokens, a, source, sentence, seg } = c;
  // (The source finder read the passive: its "by" agent carries the token of the "be".)
  const be = source.passiveBe ?? -1;
  if (be < 0 || source.first <= a.first || !sentence) return undefined;
  // ("is certain to be denied by …": an infinitive's subject is the main clause's, not read here.)
  if (tokens[be - 1]?.lower === 'to') return undefined;
  // "The mayor was told by aides that …", "It was announced by X that …": the clause after the
  // agent is the report, read as for any cue.
  let past = source.last;
  while (past < sentence.last && NP_POS.has(tokens[past]!.pos) && !CLAUSE_AFTER_AGENT.has(tokens[past]!.lower)) past++;
  if (CLAUSE_AFTER_AGENT.has(tokens[past]?.lower ?? '')) return undefined;
  let end = be;
  while (end > sentence.first && (tokens[end - 1]!.pos === 'AUX' || tokens[end - 1]!.pos === 'ADV' || tokens[end - 1]!.lower === 'not' || tokens[end - 1]!.lower === "n't")) end--;
  let from = end;
  while (from > sentence.first && end - from < MAX_SUBJECT_TOKENS && NP_POS.has(tokens[from - 1]!.pos) && !CLAUSE_WORDS.has(tokens[from - 1]!.lower) && seg.quoteOf[from - 1]! < 0) from--;
  if (from === end) return null;
  // The subject must be read whole: stopped inside a phrase ("The plan for [the harbor]", "The tax
  // and [the levy]", "The plan to rebuild [the wall]"), nothing is read rather than a part.
  const stop = tokens[from - 1];
  const whole = from === sentence.first || !stop || stop.pos === 'PUNCT' || stop.pos === 'SPACE' || stop.pos === 'SCONJ' || CLAUSE_WORDS.has(stop.lower) || seg.quoteOf[from - 1]! >= 0;
  if (!whole) return null;
  return { start: tokens[from]!.start, end: tokens[end - 1]!.end };
}
