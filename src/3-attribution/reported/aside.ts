// A cue set off by commas inside its report: "The economy, the minister said, is growing".
import { hasVerb, lowerBound, startsClause } from '../scan.js';
import { type OpenClause, spanUntilStop, contentBefore, opensWithParticiple, quoteOpensAt, NP_START } from './clauseReader.js';
import type { ReportedSpan } from './reportedClause.js';
import { secondReportAt } from './secondReport.js';
import { OBJECT_PRONOUNS, RELATIVE_PRONOUNS } from '../../vocabulary/pronouns.js';
import { participleCueAt } from './clauseOpening.js';

/** The report on both sides of a parenthetical cue, null when a quote follows the cue, undefined when the cue is no aside. */
export function asideReport(c: OpenClause, start: number): ReportedSpan | null | undefined {
  const { tokens, a, source, sentence, next } = c;
  // ("The difference, he told me, is …": the one told may stand between the cue and the aside's comma.)
  const told = a.complement.includes('object-that') && next.value !== ',' && OBJECT_PRONOUNS.has(next.lower) && tokens[c.after + 1]?.value === ',';
  // (So may an adverb: "The fact, the mayor said later, was …".)
  const adverb = a.complement.includes('that') && next.pos === 'ADV' && tokens[c.after + 1]?.value === ',';
  const after = told || adverb ? c.after + 1 : c.after;
  const sourceStart = tokens[source.first - 1]?.pos === 'DET' ? source.first - 1 : source.first;
  // ("Unless plans change, they say, the world will warm": the clause after the aside opens right after its comma;
  // not after a relative word, "the boats which, the report said, no town will buy", whose clause is the report.)
  const opensAfter = start === after + 1 && !RELATIVE_PRONOUNS.has(tokens[sourceStart - 2]?.lower ?? '');
  if ((start < 0 || opensAfter) && tokens[after]!.value === ',' && (tokens[sourceStart - 1]?.value === ',' || tokens[a.first - 1]?.value === ',')) {
    // "The economy, the minister said, is growing": the report stands on both sides of the aside.
    // One span covers both; the cue span says where the aside is.
    // "Pressed on the fares on Friday, Ortiz said, “…”": the cue is the quote's; the words before it set the scene.
    if (quoteOpensAt(c, after + 1)) return quotedPredicate(c, sourceStart);
    // ("Fares will rise, the chief said, adding that …": a participle after the aside goes on from the cue, not from the report.)
    // "Rents rose in May, the survey found, and economists say wages fell": a coordinator after the
    // aside opening a second report is no rest of this one; the cue trails the words before it.
    const coordinated = after + 1 < sentence.last && secondReportAt(tokens, c.anchors, after + 1);
    const afterSide = after + 1 < sentence.last && !coordinated && !participleCueAt(c, after + 1) ? spanUntilStop(c, after + 1) : null;
    // "Taxes, he said, will rise": with the rest of the clause after the aside, a one-word subject before it is enough.
    const beforeSide = contentBefore(c, undefined, false, afterSide && !startsClause(tokens, after + 1) ? 1 : 3);
    if (beforeSide && afterSide) return { start: beforeSide.start, end: afterSide.end };
    if (afterSide && startsClause(tokens, after + 1)) return afterSide;
    if (beforeSide) return beforeSide;
  }
  return undefined;
}

/**
 * "These rulings, the lawyers said, “all point the same way” on the question": a subject before
 * the aside and its predicate quoted after it are one report, the quote a child of it. Not when
 * the words before the aside have a verb of their own ("Pressed on the fares on Friday, Ortiz
 * said, “…”": they set the scene, and the quote is the report). `sourceStart` is the source's
 * first token, its determiner included. Null when it does not apply.
 */
function quotedPredicate(c: OpenClause, sourceStart: number): ReportedSpan | null {
  const { seg, tokens, a, source, after } = c;
  // The aside is the cue and its subject alone (", the lawyers said,"), not a participle (", saying,").
  if (opensWithParticiple(seg, a.first) || tokens[a.first]!.lower.endsWith('ing') || source.how !== 'subject' || source.last !== a.first) return null;
  if (tokens[sourceStart - 1]?.value !== ',') return null;
  const before = contentBefore(c, undefined, false, 1);
  // (A subject, not an adjunct: "In a long interview, Reed said, “…”" leaves the quote alone.)
  if (!before || !NP_START.has(tokens[lowerBound(tokens, before.start)]!.pos) || hasVerb(tokens, lowerBound(tokens, before.start), lowerBound(tokens, before.end))) return null;
  const q = seg.quotes[seg.quoteOf[after + 1]!];
  // A predicate goes on with the sentence, in lower case ("“all point …”"); a quoted sentence is a quote of its own.
  if (!q || !/^\p{Ll}/u.test(seg.doc.text.slice(q.start, q.end).trimStart())) return null;
  const rest = spanUntilStop(c, after + 1);
  return { start: before.start, end: Math.max(q.close + 1, rest?.end ?? 0), quotesOwn: true };
}
