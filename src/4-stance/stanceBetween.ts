import { readTokens, type TokenDoc } from '../adapters/wink.js';
import type { DirectedStance, Span } from '../model/index.js';
import { classifyDirected, cueEvidence } from './directedModel.js';
import { tokenRange } from './tokenRange.js';
import { checkSpan, checkText } from './validate.js';
import { round } from '../util/round.js';

/**
 * Directed praise or criticism between the entities at `a` and `b` of one sentence: which one
 * holds it and which one it is about. A learned model (src/4-stance/directedModel.ts, trained on
 * 13,144 labelled news sentences) reads the words between and around the two mentions, the voice
 * ("Y was praised by X"), speech cues ("…, Y said"), quotes, negation and the project's lexicons;
 * it sees the mentions as first and second in the text, so the order of `a` and `b` does not
 * matter. Returns null when neither evaluates the other.
 *
 * @example
 * const text = 'Merkel was praised by Macron for her courage.';
 * stanceBetween(text, { start: 0, end: 6 }, { start: 22, end: 28 });
 * // { source: 'b', polarity: 'praise', score: 0.9…, evidence: [{ text: 'praised', … }, …] }
 */
export function stanceBetween(text: string, a: Span, b: Span): DirectedStance | null {
  checkText('stanceBetween', text);
  checkSpan('stanceBetween', 'a', a, text.length);
  checkSpan('stanceBetween', 'b', b, text.length);
  const doc = readTokens(text);
  if (doc.tokens.length === 0) return null;
  return directedStance(doc, a, b);
}

/** stanceBetween on a document already read: what analyze() can call for each pair of entities of a sentence. */
export function directedStance(doc: TokenDoc, a: Span, b: Span): DirectedStance | null {
  const ra = tokenRange(doc, a);
  const rb = tokenRange(doc, b);
  if (ra[0] < rb[1] && rb[0] < ra[1]) return null;
  const aFirst = ra[0] < rb[0];
  const d = classifyDirected(doc, aFirst ? ra : rb, aFirst ? rb : ra);
  if (d.label === 'none') return null;
  const firstHolds = d.label === 'firstPraisesSecond' || d.label === 'firstCriticisesSecond';
  const praise = d.label === 'firstPraisesSecond' || d.label === 'secondPraisesFirst';
  const p = Math.max(...d.probabilities);
  return {
    source: firstHolds === aFirst ? 'a' : 'b',
    polarity: praise ? 'praise' : 'criticism',
    score: round(praise ? p : -p),
    evidence: cueEvidence(doc, d, praise),
  };
}
