// A noun cue in the subject of its sentence: its clause ends where the sentence's own verb starts ("Lee's claim that crime was falling drew scrutiny").
import type { Token } from '../../adapters/wink.js';
import type { Span } from '../../model/span.js';
import type { ClauseCtx } from './clauseReader.js';

/** Relative pronouns and subordinators that open a clause nested inside the report, whose verb is no main verb ("the claim that the man who won was …"). */
const NESTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'if', 'whether', 'because', 'as', 'while', 'after', 'before', 'since', 'until', 'than']);

/** Words after which a noun's complement is a clause with a verb of its own. */
const OPENS_CLAUSE: ReadonlySet<string> = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** A finite verb: a verb or an auxiliary that is not a participle or an infinitive after "to". */
function finite(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return tokens[k - 1]?.lower !== 'to';
  return t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'to';
}

/**
 * The end of the report of a noun cue that stands in the subject of its sentence, before any verb
 * of the sentence ("Lee's pledge to cut taxes was forgotten", "Their assurances that the bridge was
 * safe fell apart"): the report holds its own verb (after "that", or after "to") and ends before the
 * next finite verb that does not go on from it (an auxiliary chain, "was falling", goes on). The
 * span unchanged when the cue is no such noun, or when a clause opens inside the report (its verb
 * could be that clause's).
 */
export function endAtSentenceVerb(c: ClauseCtx, span: Span): Span {
  const { tokens, a, sentence, seg, anchors } = c;
  if (a.form !== 'noun' || !sentence) return span;
  // Another cue inside the report ("Lee's claim that the mayor knew the bridge was unsafe …"): its
  // clause may hold the verbs after it, so where the sentence's own verb starts is not read here.
  // (A cue that ends the span, "… were denied", is the sentence's own verb, not such a cue.)
  if (anchors.some((b) => b !== a && b.first >= a.last && (tokens[b.last]?.start ?? Infinity) < span.end)) return span;
  for (let k = sentence.first; k < a.first; k++) {
    // ("Her repeated claims": a participle that modifies the cue is no verb of the sentence.)
    const modifier = /ed$/.test(tokens[k]!.lower) && (k + 1 === a.first || (k + 2 === a.first && tokens[k + 1]!.pos === 'ADJ'));
    if (seg.quoteOf[k]! < 0 && finite(tokens, k) && !modifier) return span;
  }
  // A clause ("claim that …", "pledge to …", "question whether …") has a verb of its own; a phrase
  // ("support of the plan", "remarks about the budget") has none, and the first verb is the sentence's.
  let first = a.last;
  while (first < sentence.last && tokens[first]!.end <= span.start) first++;
  let own = !OPENS_CLAUSE.has(tokens[first]?.lower ?? '') && !OPENS_CLAUSE.has(tokens[first - 1]?.lower ?? '');
  for (let k = a.last; k < sentence.last && tokens[k]!.start < span.end; k++) {
    const t = tokens[k]!;
    if (tokens[k]!.start < span.start) continue;
    if (seg.quoteOf[k]! >= 0) return span;
    if (NESTED_CLAUSE_OPENERS.has(t.lower) && tokens[k]!.start > span.start) return span;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') { if (own) return span; continue; }
    // (A capitalised word inside the sentence is a name the tagger may call a verb: "that Reyes ended …".)
    const verbal = (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.value);
    if (!verbal) continue;
    if (!own) { own = true; continue; }
    const prev = tokens[k - 1]!;
    // "was falling", "would soar", "has been": a chain goes on from an auxiliary (or an adverb after one).
    if (prev.pos === 'AUX' || prev.pos === 'PART' || (prev.pos === 'ADV' && tokens[k - 2]?.pos === 'AUX')) continue;
    if (!finite(tokens, k)) continue;
    let end = k;
    while (end > 0 && tokens[end - 1]!.pos === 'SPACE') end--;
    return end > 0 && tokens[end - 1]!.end > span.start ? { ...span, end: tokens[end - 1]!.end } : span;
  }
  return span;
}
