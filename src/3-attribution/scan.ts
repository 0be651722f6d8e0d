// Token scans every sieve of stage 3 shares: binary searches over tokens and cues, clause tests.
import type { Token } from '../adapters/wink.js';
import type { Segmentation } from '../1-segment/segment.js';
import { firstAtOrAfter } from '../util/sorted.js';
import type { Anchor } from './anchors.js';
import { OBJECT_PRONOUNS } from '../vocabulary/pronouns.js';
import { DASH, QUOTE_MARK, SENTENCE_END } from '../vocabulary/punctuation.js';

export { DASH, QUOTE_MARK, SENTENCE_END };


/** First token whose start is at or after `offset`. */
export function lowerBound(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, (t) => t.start);
}

/** No sentence end outside quotes between token a and token b. */
export function sameClauseRun(seg: Segmentation, a: number, b: number): boolean {
  const tokens = seg.doc.tokens;
  for (let k = a; k < b; k++) if (SENTENCE_END.test(tokens[k]!.value) && seg.quoteOf[k]! < 0) return false;
  return true;
}

export function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** A quote of one to three words inside reported speech is part of it ("said he 'can' and 'may' act"). */
export function shortQuote(seg: Segmentation, q: number): boolean {
  const quote = seg.quotes[q]!;
  return quote.end - quote.start <= 25 && seg.doc.text.slice(quote.start, quote.end).split(/\s+/).length <= 3;
}

/** Is there a speech cue among tokens [from, to)? */
export function anchorWithin(anchors: readonly Anchor[], from: number, to: number): boolean {
  for (let ai = firstAnchorFrom(anchors, from); ai < anchors.length && anchors[ai]!.first < to; ai++) {
    const x = anchors[ai]!;
    // (Beliefs and intentions too: "…, and Republicans want …" is a report of its own.)
    if (x.kind !== 'perception') return true;
  }
  return false;
}

/** Index of the first anchor whose first token is at or after k. */
export function firstAnchorFrom(anchors: readonly Anchor[], k: number): number {
  return firstAtOrAfter(anchors, k, (a) => a.first);
}

export function anchorAt(anchors: readonly Anchor[], k: number): boolean {
  const lo = firstAnchorFrom(anchors, k);
  return anchors[lo]?.first === k && (anchors[lo]!.kind === 'speech' || anchors[lo]!.kind === 'writing');
}

/** Does a clause start at k: a subject (pronoun, name, determiner + noun …) followed by its verb? */
export function startsClause(tokens: readonly Token[], k: number, reach = 10): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (!SUBJECT_POS.has(t.pos)) return false;
  if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.lower)) return false;
  for (let x = k + 1; x < Math.min(tokens.length, k + reach); x++) {
    const y = tokens[x]!;
    if (y.sentence !== t.sentence) return false;
    if (y.pos === 'VERB' || y.pos === 'AUX') return true;
    // A long subject may carry an infinitive or an adverb ("new rules to more strictly limit fishing quotas are …").
    if (reach > 10 && (y.lower === 'to' || y.pos === 'ADV' || y.pos === 'PART')) continue;
    // The subject may hold a genitive or a compound ("the Kremlin's spokesman", "U.S. troops"), not a preposition or a clause.
    if (SUBJECT_POS.has(y.pos) || y.pos === 'ADV' || y.value === '-' || y.lower === "'s" || y.lower === '\u2019s' || QUOTE_MARK.test(y.value) || y.value === '.' && y.end - y.start === 1 && /^\p{Lu}$/u.test(tokens[x - 1]!.value.slice(-1))) continue;
    // "he and Putin would …", "the leader of the group will …", "citizens to continue paying …".
    if (y.pos === 'CCONJ' && (y.lower === 'and' || y.lower === 'or') && x - k <= 4) continue;
    if (y.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(y.lower) && x - k <= 5) continue;
    if (y.lower === 'to' && tokens[x + 1]?.pos === 'VERB') return true;
    return false;
  }
  return false;
}
export const SUBJECT_POS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'NUM', 'ADJ']);

/** The sentence of the token at or after `offset` (the last one past the end). */
export function sentenceAt(seg: Segmentation, offset: number): number {
  const tokens = seg.doc.tokens;
  return tokens[Math.min(tokens.length - 1, lowerBound(tokens, offset))]?.sentence ?? -1;
}
export const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'in', 'from', 'with', 'at', 'on']);
