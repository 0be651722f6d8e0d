import type { TokenDoc } from '../adapters/wink.js';
import type { Span } from '../model/index.js';

/**
 * The tokens [first, last) that overlap `span`. A span that falls between tokens (on a space)
 * gets the next token, so that every mention has at least one token when the text has any.
 * Binary search: O(log n).
 */
export function tokenRange(doc: TokenDoc, span: Span): [number, number] {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  if (last === first && first < tokens.length) last = first + 1;
  if (first >= tokens.length && tokens.length > 0) return [tokens.length - 1, tokens.length];
  return [first, last];
}
