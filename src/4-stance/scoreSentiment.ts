import type { TokenDoc } from '../adapters/wink.js';
import type { SentimentScore, Span } from '../model/index.js';
import { lexiconHits } from './lexicon.js';
import { tokenRange } from './tokenRange.js';

/**
 * AFINN-style sentiment of the words inside `span`: `score` is the sum of the word valences
 * (AFINN-165, wink's lexicon for words AFINN lacks, and the political lexicon on top, with
 * intensifiers, hedges and wink's negation scope applied), `comparative` is that sum per word.
 * An empty span, or one without words, scores 0.
 *
 * @example
 * const doc = readTokens('“He is a disgrace and a liar,” she said.');
 * scoreSentiment(doc, { start: 1, end: 28 }); // { score: -8, comparative: -1.143 }
 */
export function scoreSentiment(doc: TokenDoc, span: Span): SentimentScore {
  if (span.end <= span.start || doc.tokens.length === 0) return { score: 0, comparative: 0 };
  const [first, last0] = tokenRange(doc, span);
  let last = last0;
  while (last > first && doc.tokens[last - 1]!.start >= span.end) last--;
  let words = 0;
  for (let i = first; i < last; i++) {
    const p = doc.tokens[i]!.pos;
    if (p !== 'PUNCT' && p !== 'SPACE') words++;
  }
  if (words === 0) return { score: 0, comparative: 0 };
  let score = 0;
  for (const h of lexiconHits(doc.tokens, first, last)) score += h.weight;
  score = Math.round(score * 1000) / 1000;
  return { score, comparative: Math.round((score / words) * 1000) / 1000 };
}
