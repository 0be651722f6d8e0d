// "half said so", "75 percent said yes", "a third said the same of Sanders": a pro-form stands for the report.
import type { Span } from '../../model/span.js';
import { type OpenClause, objectPhrase } from './clauseReader.js';

/** The pro-form after "say" (so, yes, no, the same (of …)), or undefined when there is none. */
export function proForm(c: OpenClause): Span | undefined {
  const { tokens, a, source, cue, after, next } = c;
  if (a.lemma !== 'say' || cue.negated || source.first >= a.first) return undefined;
  if (next.lower === 'so' || next.lower === 'yes' || next.lower === 'no') {
    const after2 = tokens[after + 1];
    if (!after2 || after2.pos === 'PUNCT' || after2.pos === 'ADP' || after2.pos === 'CCONJ' || after2.pos === 'SCONJ' || after2.sentence !== cue.sentence) return { start: next.start, end: next.end };
  }
  if (next.lower === 'the' && tokens[after + 1]?.lower === 'same') {
    const end = after + 2;
    if (tokens[end]?.lower === 'of' || tokens[end]?.lower === 'for' || tokens[end]?.lower === 'about') {
      const o = objectPhrase(c, end + 1, 1);
      if (o) return { start: next.start, end: o.end };
    }
    return { start: next.start, end: tokens[end - 1]!.end };
  }
  return undefined;
}
