// A quote inside a quote: the outer speaker's, unless a cue inside names someone else (`they told me, ‘…’`).
import type { Segmentation } from '../../1-segment/segment.js';
import type { Quote } from '../../1-segment/quotes.js';
import type { Span } from '../../model/span.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { lowerBound, SENTENCE_END } from '../scan.js';
import { round } from '../draft.js';
import { type AttributionState } from '../state.js';

export function embeddedSpeaker(seg: Segmentation, ents: EntityIndex, q: Quote, outer: number): { speaker: number; mention?: Span } {
  // "I said, ‘…’" keeps the outer speaker; "they told me, ‘…’" names another.
  const tokens = seg.doc.tokens;
  const open = lowerBound(tokens, q.open);
  for (let k = open - 1; k >= Math.max(0, open - 12); k--) {
    const t = tokens[k]!;
    if (seg.quoteOf[k] !== q.parent) break;
    const mi = mentionIndex(ents, k);
    if (mi >= 0) {
      const m = ents.mentions[mi]!;
      if (m.kind === 'pronoun' && (m.key === 'i' || m.key === 'we' || m.key === 'me')) return { speaker: outer };
      const e = ents.entityOf[mi]!;
      const next = tokens[m.last];
      if (e >= 0 && next && (next.pos === 'VERB' || next.pos === 'AUX')) return { speaker: e, mention: { start: m.start, end: m.end } };
    }
    if (SENTENCE_END.test(t.value)) break;
  }
  return { speaker: outer };
}

/** Sieve 06: embedded quotes take the speaker of the quote around them, unless a cue inside names someone else. */
export function embeddedQuotes(st: AttributionState): void {
  const { seg, ents, speech, drafts, draftOfQuote } = st;
  // Embedded quotes: the speaker of the quote around them, unless a cue inside names someone else.
  for (const q of seg.quotes) {
    if (!speech.has(q.index) || q.depth === 0 || q.parent === undefined) continue;
    let top = q.parent;
    while (seg.quotes[top]!.parent !== undefined && !draftOfQuote.has(top)) top = seg.quotes[top]!.parent!;
    const parentDraft = draftOfQuote.get(q.parent) ?? draftOfQuote.get(top);
    if (parentDraft === undefined) continue;
    const outer = drafts[parentDraft]!;
    const inner = embeddedSpeaker(seg, ents, q, outer.speaker);
    draftOfQuote.set(q.index, drafts.length);
    // (The outer speaker's quote inside is named where the outer quote is: "…‘…’…,” she said", as split quotes share one mention.)
    const mention = inner.mention ?? (inner.speaker === outer.speaker ? outer.mention : undefined);
    drafts.push({ start: q.start, end: q.end, kind: 'embedded', speaker: inner.speaker, ...(mention ? { mention } : {}), parent: parentDraft, confidence: round(outer.confidence * (inner.speaker === outer.speaker ? 0.8 : 0.6)), quote: q.index });
  }

}
