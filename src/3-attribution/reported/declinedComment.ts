// "declined to comment (on the report)": the refused comment itself is the content.
import type { Span } from '../../model/span.js';
import { type OpenClause, objectPhrase } from './clauseReader.js';

/** The content of "declined to comment (on …)": from "to" through the object of "on"/"about". */
export function declinedComment(c: OpenClause): Span | null {
  const { tokens, a } = c;
  let to = a.first;
  while (to < a.last && tokens[to]!.lower !== 'to') to++;
  if (to >= a.last) return null;
  const end = a.last;
  if (tokens[end]?.lower === 'on' || tokens[end]?.lower === 'about') {
    const o = objectPhrase(c, end + 1, 1);
    if (o) return { start: tokens[to]!.start, end: o.end };
  }
  return { start: tokens[to]!.start, end: tokens[end - 1]!.end };
}
