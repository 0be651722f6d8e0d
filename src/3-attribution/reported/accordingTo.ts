// "According to X, …" reports what follows it; "…, according to X." what came before; "…, according to X, was …" both sides.
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import { QUOTE_MARK, hasVerb, lowerBound, startsClause } from '../scan.js';
import { type OpenClause, spanUntilStop, contentBefore } from './clauseReader.js';
import { NOMINAL_TAGS } from '../../vocabulary/tags.js';

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
  const read = contentBefore(c, a.first, a.lemma === 'according to');
  // "Turnout, according to the clerk, has doubled", "For Lee, according to X, the vote is …": a
  // subject or an adjunct too short to report alone opens the report that goes on after the aside.
  const aside = tokens[a.first - 1]?.value === ',';
  const before = read ?? (aside ? leadBefore(c, head, a.first - 1) : null);
  // "Behind the delay, according to Lee, was a shortage …": the report goes on after the aside.
  if (before && aside) {
    for (let k = after; k < Math.min(sentence.last - 2, after + 25); k++) {
      if (tokens[k]!.value !== ',') continue;
      // Only a predicate goes on ("…, was a decision"); a new clause (", and …") is not the report.
      // So does the clause after an aside that follows a mere adjunct ("Since May, according to X, police have …").
      const go = tokens[k + 1]!;
      const predicate = predicateAt(tokens, k + 1);
      // "…, according to Lee, a retired engineer, was …": an apposition to the source is part of the aside
      // (not "…, according to Ross, the city has …", whose words after the comma are the main clause).
      if (!predicate && k === after && NOMINAL_TAGS.has(go.pos) && appositionThenPredicate(tokens, k + 1, Math.min(sentence.last - 2, after + 25))) continue;
      // (A verb cut from its object by the aside goes on too: "Acme receives, according to X, $20 million …".)
      const cut = k === after && tokens[a.first - 2]?.pos === 'VERB' && !startsClause(tokens, k + 1);
      if (!predicate && !cut && !(startsClause(tokens, k + 1) && !hasVerb(tokens, lowerBound(tokens, before.start), lowerBound(tokens, before.end)))) return read;
      const rest = spanUntilStop(c, k + 1);
      return rest ? { start: before.start, end: rest.end } : read;
    }
  }
  return read;
}

/**
 * The words from the sentence's head to the comma before the aside (token `comma`), when they are
 * a short phrase of the writer's: no quote, no other comma. Null otherwise.
 */
function leadBefore(c: OpenClause, head: number, comma: number): Span | null {
  const { tokens, seg } = c;
  if (comma <= head || comma - head > 12) return null;
  for (let k = head; k < comma; k++) if (tokens[k]!.value === ',' || seg.quoteOf[k]! >= 0 || QUOTE_MARK.test(tokens[k]!.value)) return null;
  return { start: tokens[head]!.start, end: tokens[comma - 1]!.end };
}

/** Does a predicate start at k: a verb, or an adverb and a verb ("…, was a decision", "…, quickly became …")? */
function predicateAt(tokens: readonly Token[], k: number): boolean {
  const go = tokens[k]!;
  return go.pos === 'AUX' || go.pos === 'VERB' || (go.pos === 'ADV' && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX'));
}

/** From k, a phrase with no verb, then a comma and a predicate: an apposition closed by its comma. */
function appositionThenPredicate(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let x = k; x < limit; x++) {
    const t = tokens[x]!;
    if (t.value === ',') return predicateAt(tokens, x + 1);
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}
