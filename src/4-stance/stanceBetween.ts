import { readTokens, type TokenDoc } from '../adapters/wink.js';
import type { DirectedStance, Evidence, Span } from '../model/index.js';
import { assignHits, type MentionSlot } from './assignHits.js';
import { tokenRange } from './tokenRange.js';
import { checkSpan, checkText } from './validate.js';

/**
 * Directed praise or criticism between the entities at `a` and `b` of one sentence: which one
 * holds it and which one it is about. Reads the verbs of praise and criticism with their voice
 * ("X slammed Y"; "Y was praised by X"), naming verbs ("X called Y a liar", "Y, whom X described
 * as a genius"), reported evaluations ("X said Y is weak") and thanks ("X thanked Y for …").
 * Returns null when neither evaluates the other. Criticism of a third party, or an evaluation
 * nobody in the pair holds, is not a stance between them.
 *
 * @example
 * const text = 'Merkel was praised by Macron for her courage.';
 * stanceBetween(text, { start: 0, end: 6 }, { start: 22, end: 28 });
 * // { source: 'b', polarity: 'praise', score: 0.6, evidence: [{ text: 'praised', … }] }
 */
export function stanceBetween(text: string, a: Span, b: Span): DirectedStance | null {
  checkText('stanceBetween', text);
  checkSpan('stanceBetween', 'a', a, text.length);
  checkSpan('stanceBetween', 'b', b, text.length);
  const doc = readTokens(text);
  if (doc.tokens.length === 0) return null;
  return directedStance(doc, a, b);
}

/** stanceBetween on a document already read. */
export function directedStance(doc: TokenDoc, a: Span, b: Span): DirectedStance | null {
  const [af, al] = tokenRange(doc, a);
  const [bf, bl] = tokenRange(doc, b);
  if (af < bl && bf < al) return null;
  const sa = doc.tokens[af]?.sentence ?? 0;
  const sb = doc.tokens[bf]?.sentence ?? 0;
  const from = doc.sentences[Math.min(sa, sb)]?.first ?? 0;
  const to = doc.sentences[Math.max(sa, sb)]?.last ?? doc.tokens.length;
  const slots: MentionSlot[] = [
    { first: af, last: al, key: 'a' },
    { first: bf, last: bl, key: 'b' },
  ];
  const sums = { a: 0, b: 0 };
  const evidence = { a: [] as Evidence[], b: [] as Evidence[] };
  for (const h of assignHits(doc.tokens, from, to, slots)) {
    if (!h.holder || h.holder.key === h.target.key || (h.holder.key !== 'a' && h.holder.key !== 'b')) continue;
    const src = h.holder.key as 'a' | 'b';
    sums[src] += h.weight;
    const s = doc.tokens[h.hit.first]!;
    const e = doc.tokens[h.hit.last - 1]!;
    evidence[src].push({ start: s.start, end: e.end, text: doc.text.slice(s.start, e.end), weight: round(h.weight) });
  }
  const src: 'a' | 'b' = Math.abs(sums.a) >= Math.abs(sums.b) ? 'a' : 'b';
  const sum = sums[src];
  if (Math.abs(sum) < 1) return null;
  return {
    source: src,
    polarity: sum > 0 ? 'praise' : 'criticism',
    score: round(Math.max(-1, Math.min(1, sum / 5))),
    evidence: evidence[src].filter((e) => Math.sign(e.weight) === Math.sign(sum)),
  };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
