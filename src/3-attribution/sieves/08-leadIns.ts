// The writer's words that lead into a partial quote: `Belgium failed to act and “should have acted sooner,” said the minister`.
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import { lowerBound } from '../scan.js';
import { round } from '../draft.js';
import { inTurn, type AttributionState } from '../state.js';
import { DASH_ONLY } from '../../vocabulary/punctuation.js';

/**
 * Where the writer's lead-in to a partial quote starts: the first word of the quote's sentence,
 * when at least three words of the writer stand before the quote and none of them is a cue's
 * colon or another quote. -1 when the quote opens its sentence.
 */
export function leadInStart(seg: Segmentation, q: Quote): number {
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  const t = tokens[open];
  if (!t) return -1;
  let k = open;
  let words = 0;
  while (k > 0 && tokens[k - 1]!.sentence === t.sentence && seg.paragraphOf[k - 1] === seg.paragraphOf[open]) {
    const x = tokens[k - 1]!;
    if (x.value === ':' || x.value === ';' || (seg.quoteOf[k - 1]! >= 0 && seg.quoteOf[k - 1] !== q.index)) return -1;
    if (x.pos !== 'PUNCT' && x.pos !== 'SPACE') words++;
    k--;
  }
  while (k < open && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'SPACE')) k++;
  return words >= 3 && k < open ? tokens[k]!.start : -1;
}

/** Sieve 08: a partial (or lower-case) quote attributed by a cue after it takes the writer's lead-in words as an indirect report around it. */
export function leadIns(st: AttributionState): void {
  const { seg, text, drafts, removed, topLevel } = st;
  // 'Belgium failed to act and "should have acted sooner," said the minister': the writer's
  // words that lead into a partial quote are part of what the cue after it reports.
  for (let i = 0, n = drafts.length; i < n; i++) {
    const d = drafts[i]!;
    // A quote after a comma that opens in lower case still continues the writer's sentence.
    const continues = d.kind === 'partial' || (d.kind === 'direct' && /^\p{Ll}/u.test(text.slice(d.start, d.start + 1)));
    if (!continues || d.parent !== undefined || d.quote === undefined || !d.cue || d.cue.start < d.end || d.speaker < 0 || removed.has(i)) continue;
    // A dash label ("“…” ― Name") credits the quote alone: what precedes it is someone else's.
    if (DASH_ONLY.test(text.slice(d.cue.start, d.cue.end).trim())) continue;
    const from = leadInStart(seg, seg.quotes[d.quote]!);
    if (from < 0 || inTurn(st, from)) continue;
    const lead = { start: from, end: d.start };
    if (topLevel.overlapping(lead).some((j) => j !== i)) continue;
    topLevel.remove(i);
    drafts[i] = { ...d, parent: drafts.length, kind: 'partial' };
    drafts.push({ start: from, end: d.end, kind: 'indirect', speaker: d.speaker, ...(d.mention ? { mention: d.mention } : {}), cue: d.cue, confidence: round(d.confidence * 0.9) });
    topLevel.add(drafts.length - 1);
  }
}
