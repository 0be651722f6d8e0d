// "The poll shows Vale ten points ahead", "polls show her trailing", "the survey found broad support for the plan": what a piece of evidence shows.
import type { Span } from '../../model/span.js';
import { type OpenClause, spanUntilStop, NP_START } from './clauseReader.js';
import { POSSESSIVES } from '../../vocabulary/pronouns.js';
import { picturedThing } from './objectReports.js';

/**
 * The report of an evidence verb ("show", "find") whose subject is a poll, a study or a record,
 * when no "that" opens it: the small clause or noun phrase after the verb, to the end of its
 * clause. What a poll shows is its finding whole ("Vale with a lead of ten points among women"),
 * not the first noun phrase of it. Undefined when the construction does not apply (a person
 * who "found the keys" is read by the other constructions, or by none).
 */
export function evidenceReport(c: OpenClause, start: number): Span | null | undefined {
  const { tokens, a, cue, after, next } = c;
  // The anchor's `evidence` flag: an evidence verb whose subject is a poll, a study or a record (set by the cue matcher).
  if (start >= 0 || a.evidence !== true || cue.negated || a.last !== a.first + 1) return undefined;
  // "showed them the figures": an object pronoun before a second object is a person shown something,
  // not a finding; before a preposition or a participle it is the finding's subject ("shows him with his hands up").
  const then = tokens[after + 1];
  const person = next.pos === 'PRON' && !POSSESSIVES.has(next.lower) && !(then !== undefined && then.sentence === cue.sentence && (then.pos === 'ADP' || then.pos === 'ADV' || (then.pos === 'VERB' && then.lower.endsWith('ing'))));
  const opens = (NP_START.has(next.pos) && !person) || (next.pos === 'VERB' && next.lower.endsWith('ing'));
  // ("The footage shows the crowd": a picture shows what it pictures, no finding.)
  if (!opens || picturedThing(c)) return undefined;
  return spanUntilStop(c, after) ?? undefined;
}
