// Raising constructions with no named holder: `The sale is expected to close`, `Voters seemed unmoved`.
import { RELATIVE_WORDS } from '../../vocabulary/pronouns.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import { QUOTE_MARK, DASH } from '../scan.js';
import { inTurn, type AttributionState } from '../state.js';
import { CLAUSE_BREAK } from '../reported/reportedClause.js';
import { RAISING_VERBS, RAISING_PASSIVES } from '../cues/verbClasses.data.js';
import { NP_START } from '../reported/clauseReader.js';
import { RAISING_BE } from '../../vocabulary/beForms.js';
import { wordClass } from '../../util/wordClasses.js';

const isRaisingVerb = wordClass('lemma', () => RAISING_VERBS);
const isRaisingPassive = wordClass('lower', () => RAISING_PASSIVES);

/** Words that end the subject of a raising verb when walking back from it. */
export const SUBJECT_EDGE = new Set([',', ';', ':', '(', ')', 'that', 'which', 'who', 'because', 'while', 'although', 'though', 'if', 'when', 'as', 'and', 'but', 'since', 'so', 'whether']);

/**
 * Raising constructions that PolNeAR counts as attributions with no named source: "X seemed
 * to …", "X appears unmoved", "X is expected to …", "It appears that …". The span runs from the
 * start of the subject (after a comma or clause word) to the end of the clause; the cue is the
 * verb group.
 */
export function raisingReports(seg: Segmentation, speech: ReadonlySet<number>): (Span & { cue: Span })[] {
  const tokens = seg.doc.tokens;
  const out: (Span & { cue: Span })[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (seg.quoteOf[i]! >= 0 && speech.has(seg.quoteOf[i]!)) continue;
    let cueFirst = i;
    let after = i + 1;
    const raising = isRaisingVerb(t) && t.pos === 'VERB';
    if (raising) {
      const n = tokens[after]!;
      const adjective = n.pos === 'ADJ' || (n.pos === 'ADV' && tokens[after + 1]?.pos === 'ADJ');
      // ("seems like a sound plan": a likeness is an assessment too.)
      const likeness = n.lower === 'like' && NP_START.has(tokens[after + 1]?.pos ?? '');
      if (!(n.lower === 'to' && tokens[after + 1]?.pos !== 'DET' && tokens[after + 1]?.pos !== 'PRON' && tokens[after + 1]?.pos !== 'PROPN') && !adjective && !likeness && n.lower !== 'that') continue;
    } else if (isRaisingPassive(t) && tokens[after]!.lower === 'to') {
      // "is expected to", "is not expected to", "is also widely expected to": the be-form before the adverbs.
      let be = i - 1;
      while (be > i - 4 && be > 0 && (tokens[be]!.pos === 'ADV' || tokens[be]!.pos === 'PART' || tokens[be]!.lower === 'not')) be--;
      if (!RAISING_BE.has(tokens[be]!.lower)) continue;
      cueFirst = be;
    } else continue;
    if (tokens[after]!.sentence !== t.sentence) continue;
    // The subject: back to a comma, a clause word or the sentence start.
    let from = cueFirst;
    while (from > 0 && tokens[from - 1]!.sentence === t.sentence && seg.paragraphOf[from - 1] === seg.paragraphOf[i] && !SUBJECT_EDGE.has(tokens[from - 1]!.lower) && !QUOTE_MARK.test(tokens[from - 1]!.value) && tokens[from - 1]!.pos !== 'VERB' && cueFirst - from < 12) from--;
    // "a meeting which is expected to draw crowds", "voters who seemed unmoved": the relative pronoun stands for the subject.
    // (Only after a comma: a restrictive relative runs into its main clause's verb, where no end can be trusted.)
    const relative = from === cueFirst && RELATIVE_WORDS.has(tokens[from - 1]?.lower ?? '') && tokens[from - 2]?.value === ',' && tokens[from - 1]!.sentence === t.sentence && tokens[after]!.lower !== 'that';
    if (relative) from--;
    if (from === cueFirst && tokens[after]!.lower !== 'that') continue;
    if (tokens[from]!.lower === 'it' && tokens[after]!.lower !== 'that' && tokens[after]!.lower !== 'to') continue;
    // "It appears that …": the clause after "that" is the content.
    if (tokens[after]!.lower === 'that') {
      if (tokens[from]!.lower !== 'it' || from !== cueFirst - 1) continue;
      from = after + 1;
    }
    let end = after;
    while (end < tokens.length && tokens[end]!.sentence === t.sentence && end - after < 60) {
      const x = tokens[end]!;
      if (x.value === ';' || x.value === '(' || (DASH.test(x.value) && x.value !== '-') || (seg.quoteOf[end]! >= 0 && speech.has(seg.quoteOf[end]!) && QUOTE_MARK.test(x.value) && seg.quotes[seg.quoteOf[end]!]!.open < t.start)) break;
      if (x.value === ',' && relative) break;
      if (x.value === ',' && (CLAUSE_BREAK.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.lower === 'and' || tokens[end + 1]?.lower === 'according')) break;
      end++;
    }
    while (end > after && (tokens[end - 1]!.pos === 'PUNCT' || tokens[end - 1]!.pos === 'CCONJ')) end--;
    if (end - from < 3) continue;
    out.push({ start: tokens[from]!.start, end: tokens[end - 1]!.end, cue: { start: tokens[cueFirst]!.start, end: t.end } });
    i = end;
  }
  return out;
}

/** Sieve 09: raising constructions no other sieve covered are reports with no named holder. */
export function raising(st: AttributionState): void {
  const { seg, speech, drafts, topLevel, issues } = st;
  // "The sale is expected to close in May", "Voters seemed unmoved": an assessment with no
  // one named as its holder (the writer's, or an unnamed many) covers subject and predicate.
  for (const span of raisingReports(seg, speech)) {
    if (inTurn(st, span.start) || topLevel.overlapping(span).length > 0) continue;
    drafts.push({ start: span.start, end: span.end, kind: 'indirect', speaker: -1, cue: span.cue, confidence: 0 });
    topLevel.add(drafts.length - 1);
    // (Every utterance with no speaker has an issue that says why: here, no one holds the assessment.)
    issues.push({ code: 'unknown-speaker', message: 'a raising verb ("seems", "is expected to") names no holder', span: { start: span.start, end: span.end } });
  }
}
