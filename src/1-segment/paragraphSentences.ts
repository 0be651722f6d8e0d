import type { SentenceSpan, Token, TokenDoc } from '../adapters/wink.js';

/**
 * No sentence runs across a blank line. wink ends a sentence at a bare "\n\n" only: a blank
 * line with spaces on it, a CRLF blank line or three line feeds leave the headline and the first
 * sentence one sentence ("Council rejects plan\r\n\r\nThe council met …"), and a report read from
 * the headline's verb runs on into the article. Each sentence is cut at the first word of a new
 * paragraph after a blank line (the white space before it stays with the sentence before, as wink
 * leaves it). A single line feed cuts nothing: a text with one paragraph a line may as well be
 * hard-wrapped ("said on Tuesday that the\nbudget would be cut").
 * Returns the same document when nothing crosses a break (most texts).
 */
export function sentencesWithinParagraphs(doc: TokenDoc, paragraphOf: Int32Array): TokenDoc {
  const { tokens, text } = doc;
  const cuts: number[] = [];
  for (const s of doc.sentences) {
    let p = -1;
    let before = -1;
    for (let k = s.first; k < s.last; k++) {
      if (tokens[k]!.pos === 'SPACE') continue;
      // (A blank line between: a text with one paragraph a line may be hard-wrapped, "said that the\nbudget …".)
      if (p >= 0 && paragraphOf[k] !== p && blankLineBetween(text, tokens[before]!.end, tokens[k]!.start)) cuts.push(k);
      p = paragraphOf[k]!;
      before = k;
    }
  }
  if (cuts.length === 0) return doc;
  const starts = new Set(cuts);
  const sentences: SentenceSpan[] = [];
  const renumbered = tokens.slice();
  for (const s of doc.sentences) {
    let first = s.first;
    for (let k = s.first + 1; k <= s.last; k++) {
      if (k < s.last && !starts.has(k)) continue;
      const index = sentences.length;
      sentences.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end, first, last: k });
      for (let j = first; j < k; j++) if (tokens[j]!.sentence !== index) renumbered[j] = { ...tokens[j]!, sentence: index };
      first = k;
    }
  }
  return { ...doc, tokens: renumbered, sentences };
}

/** Are there two line feeds between the offsets (a blank line, whatever white space is on it)? */
function blankLineBetween(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  return first >= 0 && first < to && text.indexOf('\n', first + 1) >= 0 && text.indexOf('\n', first + 1) < to;
}
