// The report of a passive cue with an agent is its subject: "[The merger] was reported by the Tribune", "[The new tariffs] have been praised by farm groups".
import type { Span } from '../../model/span.js';
import { passiveBe } from '../source/passiveAgent.js';
import type { ClauseCtx } from './clauseReader.js';

/** Words a subject noun phrase holds ("Lee's long-awaited plan", "these two tariffs"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
/** Words that open a clause and end the subject before them ("so hard that [the levees] were …"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'this']);
/** Longest subject read, in tokens. */
const MAX_SUBJECT_TOKENS = 8;

/**
 * The subject of a passive cue whose agent follows it ("by the Tribune"): the noun phrase right
 * before its auxiliaries ("have been", "was first"). Undefined when the cue is no such passive,
 * null when no noun phrase stands there (a relative pronoun, "which was reported by …", or a
 * clause: the report is then not read here).
 */
export function passiveSubject(c: ClauseCtx): Span | null | undefined {
  const { tokens, a, source, sentence, seg } = c;
  const be = passiveBe(tokens, a);
  if (be < 0 || source.first <= a.first || !sentence) return undefined;
  // ("is certain to be denied by …": an infinitive's subject is the main clause's, not read here.)
  if (tokens[be - 1]?.lower === 'to') return undefined;
  let end = be;
  while (end > sentence.first && (tokens[end - 1]!.pos === 'AUX' || tokens[end - 1]!.pos === 'ADV' || tokens[end - 1]!.lower === 'not' || tokens[end - 1]!.lower === "n't")) end--;
  let from = end;
  while (from > sentence.first && end - from < MAX_SUBJECT_TOKENS && SUBJECT_POS.has(tokens[from - 1]!.pos) && !CLAUSE_WORDS.has(tokens[from - 1]!.lower) && seg.quoteOf[from - 1]! < 0) from--;
  if (from === end) return null;
  return { start: tokens[from]!.start, end: tokens[end - 1]!.end };
}
