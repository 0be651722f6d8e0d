// "the changes, which officials said will take effect in May": a cue inside a relative clause whose own subject is the gap.
import type { Span } from '../../model/span.js';
import { spanUntilStop, type OpenClause } from './clauseReader.js';
import { RELATIVE_PRONOUNS } from '../../vocabulary/pronouns.js';

/** Relative words that open a clause whose subject gap the reported clause fills. */
const RELATIVES: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'that', 'what']);

/**
 * The reported clause of a cue in a relative clause with a subject gap (see `subjectGapStart`); a
 * relative after a comma ends at the comma that closes it ("the rules, which aides said will take
 * effect in May, drew complaints"). Undefined when the construction does not hold.
 */
export function subjectGapReport(c: OpenClause): Span | null | undefined {
  const start = subjectGapStart(c);
  if (start < 0) return undefined;
  const span = spanUntilStop(c, start);
  if (!span || c.tokens[c.source.first - 2]?.value !== ',') return span;
  for (let k = start + 1; k < c.sentence.last; k++) {
    const t = c.tokens[k]!;
    if (t.start >= span.end) break;
    if (t.value === ',') return { start: span.start, end: c.tokens[k - 1]!.end };
  }
  return span;
}

/**
 * The start of the reported clause of a clause-taking cue that stands between its source and a
 * finite verb: "a plan which aides say will cut costs", "a law critics said was unfair", "adapt to
 * what she said is rising demand". The clause's subject is the relative gap, so the report starts at
 * the verb. -1 when the construction does not hold, and when the relative clause may itself be the
 * sentence's subject ("What he said was false", "The things she said were kind"): then the verb is
 * the main clause's, so a relative word needs a comma before it, or the relative clause a verb or a
 * preposition before it in the sentence.
 */
function subjectGapStart(c: OpenClause): number {
  const { tokens, a, source, sentence, after, next } = c;
  if (!a.complement.includes('that') || tokens[a.first]!.negated) return -1;
  if (source.how !== 'subject' || source.last > a.first || source.first <= sentence.first) return -1;
  // The source stands right before the cue (a fallback subject far before it is no relative clause's).
  for (let k = source.last; k < a.first; k++) if (!['ADV', 'AUX', 'PART'].includes(tokens[k]!.pos)) return -1;
  if (!(next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing') && !next.lower.endsWith('ed')))) return -1;
  if (tokens[after + 1] === undefined || after + 1 >= sentence.last) return -1;
  const before = tokens[source.first - 1]!;
  const relative = RELATIVES.has(before.lower);
  if (!relative && before.pos !== 'NOUN' && before.pos !== 'PROPN') return -1;
  if (relative && before.lower !== 'what' && tokens[source.first - 2]?.value === ',') return after;
  for (let k = source.first - 2; k >= sentence.first; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return after;
  }
  return -1;
}
