import type { Token } from '../../adapters/wink.js';
import { firstAtOrAfter } from '../../util/sorted.js';

/** The longest quoted stretch (tokens between the marks) read as words of the sentence around it. */
export const INLINE_QUOTE_MAX = 6;

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
/** What ends a quoted stretch as a sentence of its own: it is then no inline quote. */
const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', '?', '!', ';', ':']);

/** A short quote inside a sentence: the token indices of its opening and closing marks. */
export interface InlineQuote {
  readonly open: number;
  readonly close: number;
}

/**
 * The short quotes inside a sentence among tokens [from, to): 'X said Y was "unfit" for office',
 * 'called the board “lazy cowards” after the meeting'. Such marks set off a few reported
 * words (at most INLINE_QUOTE_MAX, no sentence punctuation between them) and do not end the
 * clause for the words inside them: the evaluation they quote is about the subject or object of
 * the sentence it sits in (a word outside them still stops at the marks). Marks are paired in
 * text order; a long stretch is a quotation of its own. Sorted by position.
 *
 * @example
 * inlineQuotes(readTokens('Lee said Brown was "unfit" for it.').tokens, 0, 10); // [{ open: 4, close: 6 }]
 */
export function inlineQuotes(tokens: readonly Token[], from: number, to: number): InlineQuote[] {
  const out: InlineQuote[] = [];
  let open = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!QUOTE_MARKS.has(t.value)) continue;
    if (open < 0) {
      open = k;
      continue;
    }
    const inner = tokens.slice(open + 1, k);
    if (inner.length >= 1 && inner.length <= INLINE_QUOTE_MAX && !inner.some((x) => SENTENCE_PUNCT.has(x.value) || x.pos === 'SPACE')) out.push({ open, close: k });
    open = -1;
  }
  return out;
}

/** The short quote of `quotes` (sorted, not overlapping) that encloses token i, if any. Binary search. */
export function quoteAround(quotes: readonly InlineQuote[], i: number): InlineQuote | undefined {
  const q = quotes[firstAtOrAfter(quotes, i, (x) => x.close)];
  return q !== undefined && q.open < i && i < q.close ? q : undefined;
}
