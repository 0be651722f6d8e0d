import { readTokens, type TokenDoc } from '../adapters/wink.js';
import type { AnalysisIssue } from '../model/issue.js';
import type { Span } from '../model/span.js';
import { sentencesWithinParagraphs } from './paragraphSentences.js';
import { findParagraphs } from './paragraphs.js';
import { findQuotes, type Quote } from './quotes.js';
import { findTurns, type Turn } from './transcript.js';

/** The text cut into what later stages read: tokens, sentences, paragraphs, quotes and turns. */
export interface Segmentation {
  readonly doc: TokenDoc;
  readonly paragraphs: readonly Span[];
  readonly quotes: readonly Quote[];
  readonly turns: readonly Turn[];
  readonly issues: readonly AnalysisIssue[];
  /** Per paragraph: is it written in title case (a headline), where capitals say nothing about names? */
  readonly titleCase: readonly boolean[];
  /** Paragraph index of every token. */
  readonly paragraphOf: Int32Array;
  /** For every token, the index of the innermost quote containing it (marks included), or -1. */
  readonly quoteOf: Int32Array;
}

/** Stage 1: tokens (wink-nlp), paragraphs, quotation marks and transcript turns. */
export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const read = readTokens(text);
  const { quotes, issues } = findQuotes(text, paragraphs);
  const turns = findTurns(text, paragraphs, quotes.filter((q) => q.depth === 0));
  const paragraphOf = new Int32Array(read.tokens.length);
  const quoteOf = new Int32Array(read.tokens.length).fill(-1);
  // (Indexed loops: a for…of over the tokens allocated an iterator result per token.)
  let p = 0;
  for (let i = 0; i < read.tokens.length; i++) {
    while (p < paragraphs.length - 1 && read.tokens[i]!.start >= paragraphs[p]!.end) p++;
    paragraphOf[i] = p;
  }
  const doc = sentencesWithinParagraphs(read, paragraphOf);
  const tokens = doc.tokens;
  // Quotes are sorted by opening offset and properly nested, so a sweep with a stack is linear.
  const open: Quote[] = [];
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (open.length > 0 && t.start > open[open.length - 1]!.close) open.pop();
    while (q < quotes.length && quotes[q]!.open <= t.start) {
      const next = quotes[q]!;
      while (open.length > 0 && next.open > open[open.length - 1]!.close) open.pop();
      if (next.close >= t.start) open.push(next);
      q++;
    }
    while (open.length > 0 && t.start > open[open.length - 1]!.close) open.pop();
    const inner = open[open.length - 1];
    if (inner && t.start >= inner.open && t.end <= inner.close + 1) quoteOf[t.i] = inner.index;
  }
  const capitals = new Int32Array(paragraphs.length);
  const words = new Int32Array(paragraphs.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE' || t.pos === 'NUM' || t.value.length < 4) continue;
    const p = paragraphOf[t.i]!;
    words[p]!++;
    // Capitalised: an ASCII first letter is tested without the regex (most tokens).
    const c = t.value.charCodeAt(0);
    if (c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(t.value)) capitals[p]!++;
  }
  const titleCase = paragraphs.map((_, p) => words[p]! >= 3 && capitals[p]! >= 0.8 * words[p]!);
  return { doc, paragraphs, quotes, turns, issues, titleCase, paragraphOf, quoteOf };
}
