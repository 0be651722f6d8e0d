// Wire datelines: "TULCEA, Romania (Wire) — Floods swept …, officials said." reports the floods, not the dateline.
import type { Segmentation } from '../1-segment/segment.js';
import type { UtteranceDraft } from './draft.js';

/**
 * A dateline opening a paragraph: a place in capitals ("WASHINGTON", "SAN JUAN, Puerto Rico"),
 * an agency or a date in brackets if any, and a dash: "KYIV (Reuters) —", "TULCEA, Romania —".
 * The capitals are what tell it from a sentence that opens with a name and a dash.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’]+(?:[ -]\p{Lu}[\p{Lu}.'’]+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?: \([^()\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]*/u;

/** Where the words after a dateline start in each paragraph that opens with one. */
export function datelineEnds(text: string, paragraphs: Segmentation['paragraphs']): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of paragraphs) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (m && p.start + m[0].length < p.end) out.set(p.start, p.start + m[0].length);
  }
  return out;
}

/** Drafts that open with a paragraph's dateline start after it (the writer's place line is nobody's words). */
export function withoutDatelines(seg: Segmentation, drafts: UtteranceDraft[]): void {
  const ends = datelineEnds(seg.doc.text, seg.paragraphs);
  if (ends.size === 0) return;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const end = ends.get(d.start);
    if (end !== undefined && end < d.end) drafts[i] = { ...d, start: end };
  }
}
