import { readTokens, type TokenDoc } from '../adapters/wink.js';
import type { Span, TargetSentiment } from '../model/index.js';
import { classifyTarget } from './classifyTarget.js';
import { cueEvidence } from './directedModel.js';
import { round } from '../util/round.js';
import type { HeldToward } from './heldToward.js';
import { tokenRange } from './tokenRange.js';
import { checkSpan, checkText } from './validate.js';

const POLARITY = { '-1': 'negative', '0': 'neutral', '1': 'positive' } as const;

/** How sure the directed model must be that another name of the sentence holds a stance toward the target. */
const HOLDER_CONFIDENCE = 0.5;

/**
 * Sentiment toward the entity mentioned at `target`, from the view of the sentence's holder when
 * there is one. A holder is another name of the sentence that the directed stance model
 * (directedModel.ts) finds praising or criticising the target: "Hale thanked Lopez" is positive
 * for Lopez even when Hale is blasted elsewhere in the sentence. Without a holder, the target
 * sentiment model (targetModel.ts, the NewsMTSC task) reads the sentence as the writer or the
 * facts reported present it: lexicon hits weighed by where they stand relative to the target.
 *
 * @example
 * const text = 'Senators lauded Merkel for her steady leadership.';
 * sentimentToward(text, { start: 16, end: 22 }).polarity; // 'positive'
 */
export function sentimentToward(text: string, target: Span): TargetSentiment {
  checkText('sentimentToward', text);
  checkSpan('sentimentToward', 'target', target, text.length);
  const doc = readTokens(text);
  if (doc.tokens.length === 0) return { polarity: 'neutral', score: 0, evidence: [] };
  const [first, last] = tokenRange(doc, target);
  const c = classifyTarget(doc, first, last);
  if (c.label !== 0) {
    // A polar reading may come from words aimed at someone else; the holder's own view wins.
    const held = holderView(doc, c.held);
    if (held && held.polarity !== POLARITY[c.label]) return held;
  }
  return { polarity: POLARITY[c.label], score: c.score, evidence: c.evidence };
}

/**
 * The stance toward the target of the likeliest holder that acts on it directly ("Hale thanked
 * Lopez"), when the directed model is sure enough of it. `held` is the directed model's reading
 * that the target model's features already made (classifyTarget): the model runs once per name.
 */
function holderView(doc: TokenDoc, held: HeldToward): TargetSentiment | null {
  let best: TargetSentiment | null = null;
  let bestP = HOLDER_CONFIDENCE;
  for (const { decision: d, acts } of held.holders) {
    if (!acts) continue;
    if (!d.label.startsWith('first')) continue;
    const p = Math.max(...d.probabilities);
    if (p <= bestP) continue;
    const positive = d.label === 'firstPraisesSecond';
    bestP = p;
    best = { polarity: positive ? 'positive' : 'negative', score: round(positive ? p : -p), evidence: cueEvidence(doc, d, positive) };
  }
  return best;
}
