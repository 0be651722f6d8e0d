// A cue before the quote in its sentence: `Trump said: “…”`, `Putin said Biden was “more experienced”`.
import type { Token } from '../../adapters/wink.js';
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { DOCUMENTS } from '../../vocabulary/documents.js';
import { lowerBound, sameClauseRun, firstAnchorFrom, DASH } from '../scan.js';
import { type Found } from '../draft.js';
import { NAMING_VERBS } from '../cues/verbClasses.data.js';
import { NP_START } from '../reported/clauseReader.js';
import { GENITIVE_MARKS } from '../../vocabulary/pronouns.js';

/**
 * A cue before the quote in the same sentence: `Trump said: “…”`, `Trump told reporters, “…”`,
 * or a partial quote in the clause a cue governs: `Putin said Biden was “more experienced”`.
 * The nearest such cue wins; a cue before an earlier speech quote of the sentence belongs to that quote.
 */
export function cueBefore(seg: Segmentation, q: Quote, anchors: readonly Anchor[], sources: readonly (Source | null)[], speech: ReadonlySet<number>): Found | null {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  for (let ai = firstAnchorFrom(anchors, open) - 1; ai >= 0; ai--) {
    const a = anchors[ai]!;
    if (a.last > open) continue;
    if (!sameClauseRun(seg, a.last, open)) return null;
    const s = sources[a.index];
    if (!s) continue;
    // A cue in an aside ("— which the BBC noted as unusual —", ", who said …,") is not the quote's.
    if (insideAside(tokens, a.first, open)) continue;
    // "called the governor's explanation “thin”": the noun is what is named; the quote is the name.
    if (namedNoun(tokens, a.first)) continue;
    // "X, speaking via Twitter: “…”": the colon only links; the verb before it carries the source.
    if (a.lemma === ':' && ai > 0 && sources[ai - 1] && sameClauseRun(seg, anchors[ai - 1]!.last, a.first) && tokens[anchors[ai - 1]!.first]!.sentence === tokens[a.first]!.sentence && !dashWithin(tokens, anchors[ai - 1]!.last, a.first)) {
      const v = anchors[ai - 1]!;
      return { source: sources[ai - 1]!, anchor: v, confidence: v.confidence * 0.9 };
    }
    // A speech quote between the cue and this quote: the cue was for that one (unless a split quote continues).
    let between = false;
    for (let x = a.last; x < open; x++) if (seg.quoteOf[x]! >= 0 && speech.has(seg.quoteOf[x]!) && seg.quoteOf[x] !== q.index) between = true;
    const adjacent = open - a.last <= 2;
    // "The ministry defended the raid as “necessary”: “…”": a colon closing the cue's clause
    // introduces this quote even after a partial quote of the same speaker.
    const colonAfterClause = tokens[open - 1]?.value === ':' && !dashWithin(tokens, a.last, open);
    if (between && !adjacent && !colonAfterClause) return null;
    return { source: s, anchor: a, confidence: a.confidence * (adjacent ? 0.9 : 0.8) };
  }
  return null;
}


/** A dash between tokens [from, to): "Pollsters agree - Carl Bialik: “…”" labels a new speaker. */
export function dashWithin(tokens: readonly Token[], from: number, to: number): boolean {
  // (A few tokens at most: a colon label stands right after its dash.)
  for (let x = Math.max(from, to - 12); x < to; x++) if (DASH.test(tokens[x]!.value) && tokens[x]!.pos === 'PUNCT') return true;
  return false;
}

/** Is token k inside a dash-delimited aside that closes before `until`, or after a relative pronoun? */
export function insideAside(tokens: readonly Token[], k: number, until: number): boolean {
  const prev = tokens[k - 1];
  // (Not a document's own clause: "released a statement which read, “…”" gives the document's words.)
  if (prev && (prev.lower === 'which' || prev.lower === 'who' || prev.lower === 'whom')) return !(prev.lower === 'which' && DOCUMENTS.has(tokens[k - 2]?.lower ?? '') && tokens[k - 2]!.pos === 'NOUN');
  let dashes = 0;
  for (let x = k - 1; x >= 0 && tokens[x]!.sentence === tokens[k]!.sentence; x--) if (DASH.test(tokens[x]!.value) && tokens[x]!.value !== '-') dashes++;
  if (dashes % 2 === 0) return false;
  for (let x = k + 1; x < until; x++) if (DASH.test(tokens[x]!.value) && tokens[x]!.value !== '-') return true;
  return false;
}

/** Is the noun cue at k the object of a naming verb ("called his statement “…”", "labelled the plan's defence “…”")? */
function namedNoun(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.pos !== 'NOUN') return false;
  for (let x = k - 1; x >= 0 && x >= k - 6; x--) {
    const t = tokens[x]!;
    if (t.pos === 'VERB') return NAMING_VERBS.has(t.lemma);
    if (!NP_START.has(t.pos) && !GENITIVE_MARKS.has(t.lower)) return false;
  }
  return false;
}
