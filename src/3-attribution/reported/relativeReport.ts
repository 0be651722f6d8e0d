// A report inside a relative clause: "the rules, which officials said will take effect in May, …".
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import { anchorAt } from '../scan.js';
import { spanUntilStop, type OpenClause } from './clauseReader.js';

/** Relative pronouns that can be the subject of the reported clause ("which … said were", "that … said was"). */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['which', 'that', 'who']);

/**
 * "The district had 30 applicants, which he said were evenly split", "a charity that prosecutors
 * said was a front": the cue's subject stands right after a relative pronoun, and the reported
 * clause after the cue has no subject of its own — the relative pronoun is its subject. The
 * report runs from the verb after the cue to the end of the relative clause (its closing comma
 * when a comma opened it). Undefined when the construction does not hold.
 */
export function relativeReport(c: OpenClause): Span | null | undefined {
  const { tokens, source, a, after, next, anchors } = c;
  if (source.how !== 'subject' || source.first >= a.first || (a.kind !== 'speech' && a.kind !== 'writing' && a.kind !== 'belief')) return undefined;
  if (!finiteVerb(next) || anchorAt(anchors, after)) return undefined;
  // ("a charity that prosecutors said": the tagger may read "that" as the subject's determiner.)
  let k = RELATIVE_SUBJECTS.has(tokens[source.first]!.lower) ? source.first : source.first - 1;
  if (tokens[k]?.pos === 'DET' && !RELATIVE_SUBJECTS.has(tokens[k]!.lower)) k--;
  const rel = tokens[k];
  if (!rel || rel.sentence !== next.sentence || !RELATIVE_SUBJECTS.has(rel.lower) || rel.pos === 'SCONJ') return undefined;
  const span = spanUntilStop(c, after);
  if (!span || tokens[k - 1]?.value !== ',') return span;
  // ", which officials said will take effect in May, do not apply": the relative clause ends at its comma.
  for (let x = after + 1; x < tokens.length && tokens[x]!.start < span.end; x++) {
    if (tokens[x]!.value === ',') return x - after >= 2 ? { start: span.start, end: tokens[x - 1]!.end } : null;
  }
  return span;
}

/** A verb that can open a clause with no subject: an auxiliary or a finite verb (not a gerund or a participle in -ing). */
function finiteVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'));
}
