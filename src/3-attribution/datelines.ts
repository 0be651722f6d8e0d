// Wire datelines: "TULCEA, Romania (Wire) — Floods swept through the delta, officials said." reports the floods, not the dateline.
import type { Dateline } from '../2-entities/datelines.js';
import type { UtteranceDraft } from './draft.js';

/** The drafts, those that open with a paragraph's dateline starting after it (the writer's place line is nobody's words). */
export function withoutDatelines(datelines: readonly Dateline[], drafts: readonly UtteranceDraft[]): UtteranceDraft[] {
  if (datelines.length === 0) return [...drafts];
  const ends = new Map(datelines.map((d) => [d.start, d.end]));
  return drafts.map((d) => {
    const end = ends.get(d.start);
    return end !== undefined && end < d.end ? { ...d, start: end } : d;
  });
}
