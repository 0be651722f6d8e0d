// Phrase cues that frame a report by where it was made: "In a poll released Monday, 50 percent chose …", "… in the same poll."
import type { Span } from '../../model/span.js';
import { SENTENCE_END, QUOTE_MARK } from '../scan.js';
import { type OpenClause, isStop, spanUntilStop, contentBefore } from './clauseReader.js';


export function frameReport(c: OpenClause): Span | null {
  const { tokens, a, sentence, after } = c;
  let head = sentence!.first;
  while (head < a.first && (tokens[head]!.pos === 'PUNCT' || tokens[head]!.pos === 'SPACE' || QUOTE_MARK.test(tokens[head]!.value))) head++;
  if (head === a.first) {
    // Past the phrase's own modifiers ("released Monday", "of 1,000 voters") to its comma.
    for (let k = after; k < Math.min(sentence!.last - 2, after + 12); k++) {
      if (tokens[k]!.value === ',') return spanUntilStop(c, k + 1);
      if (isStop(c, k)) return null;
    }
    return null;
  }
  let k = a.last;
  while (k < sentence!.last && k - a.last < 6 && tokens[k]!.pos !== 'PUNCT') k++;
  return k >= sentence!.last || SENTENCE_END.test(tokens[k]!.value) ? contentBefore(c, a.first) : null;
}
