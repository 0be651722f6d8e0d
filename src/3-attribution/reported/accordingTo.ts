// "According to X, …" reports what follows it; "…, according to X." what came before; "…, according to X, was …" both sides.
import type { Span } from '../../model/span.js';
import { QUOTE_MARK, hasVerb, lowerBound, startsClause } from '../scan.js';
import { type OpenClause, spanUntilStop, contentBefore } from './clauseReader.js';

/** The report of a cue whose source follows it ("according to X"). */
export function accordingTo(c: OpenClause): Span | null {
  const { tokens, a, sentence, after } = c;
  // "According to X, …" reports what follows; "…, according to X." what came before.
  let head = sentence.first;
  while (head < a.first && (tokens[head]!.pos === 'PUNCT' || tokens[head]!.pos === 'SPACE' || tokens[head]!.pos === 'CCONJ' || QUOTE_MARK.test(tokens[head]!.value))) head++;
  if (head === a.first) {
    // "According to a poll from X broadcast on Y, …": the report starts after the phrase's comma.
    let comma = after;
    for (let k = after; k < Math.min(sentence.last, after + 12); k++) if (tokens[k]!.value === ',') { comma = k + 1; break; }
    return comma < sentence.last ? spanUntilStop(c, comma) : null;
  }
  const before = contentBefore(c, a.first, a.lemma === 'according to');
  // "At the heart of it, according to Ross, was a decision …": the report goes on after the aside.
  if (before && tokens[a.first - 1]?.value === ',') {
    for (let k = after; k < Math.min(sentence.last - 2, after + 25); k++) {
      if (tokens[k]!.value !== ',') continue;
      // Only a predicate goes on ("…, was a decision"); a new clause (", and …") is not the report.
      // So does the clause after an aside that follows a mere adjunct ("Since May, according to X, police have …").
      const go = tokens[k + 1]!;
      const predicate = go.pos === 'AUX' || go.pos === 'VERB' || (go.pos === 'ADV' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX'));
      // "…, according to Ross, a former envoy, was …": an apposition to the source is part of the aside.
      if (!predicate && k === after && APPOSITION_START.has(go.pos)) continue;
      if (!predicate && !(startsClause(tokens, k + 1) && !hasVerb(tokens, lowerBound(tokens, before.start), lowerBound(tokens, before.end)))) return before;
      const rest = spanUntilStop(c, k + 1);
      return rest ? { start: before.start, end: rest.end } : before;
    }
  }
  return before;
}

/** Words that open an apposition after the source of "according to" ("…, according to Ross, a former envoy, …"). */
const APPOSITION_START: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
