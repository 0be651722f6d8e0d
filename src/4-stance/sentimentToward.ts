import { readTokens } from '../adapters/wink.js';
import type { Span, TargetSentiment } from '../model/index.js';
import { classifyTarget } from './classifyTarget.js';
import { tokenRange } from './tokenRange.js';
import { checkSpan, checkText } from './validate.js';

const POLARITY = { '-1': 'negative', '0': 'neutral', '1': 'positive' } as const;

/**
 * Sentiment toward the entity mentioned at `target`, whoever holds it: the writer, a quoted
 * speaker, or the facts reported (the NewsMTSC task). It reads only the sentence of the target:
 * a lexicon layer (AFINN-165, wink's lexicon, and a political lexicon of praise and criticism
 * verbs and evaluations of people) finds the loaded words, and a small learned model weighs them
 * by where they stand relative to the target — "X slammed Y" is bad news for Y, less so for X.
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
  return { polarity: POLARITY[c.label], score: c.score, evidence: c.evidence };
}
