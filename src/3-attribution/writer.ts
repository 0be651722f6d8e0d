import type { Segmentation } from '../1-segment/segment.js';
import { addEntity, type EntityIndex } from '../2-entities/resolve.js';
import type { UtteranceDraft } from './attribute.js';

/**
 * With `includeWriter`: every sentence in the writer's own voice (not inside any utterance)
 * becomes an utterance of the outlet, so the writer's evaluations count as the outlet's stances.
 * Off by default: news prose is reporting, and reporting is not endorsement.
 */
export function attributeWriter(seg: Segmentation, ents: EntityIndex, drafts: readonly UtteranceDraft[], outlet: string | undefined): UtteranceDraft[] {
  const covered = drafts.map((d) => [d.start, d.end] as const);
  const out: UtteranceDraft[] = [];
  let writer = -1;
  for (const s of seg.doc.sentences) {
    if (s.end - s.start < 3) continue;
    if (covered.some(([a, b]) => a < s.end && s.start < b)) continue;
    if (!/\p{L}/u.test(seg.doc.text.slice(s.start, s.end))) continue;
    // (An outlet is a body; without one, "the writer" is the person who wrote it, as when "I" speaks.)
    if (writer < 0) writer = outlet ? addEntity(ents, outlet, 'organization') : addEntity(ents, 'the writer', 'person');
    out.push({ start: s.start, end: s.end, kind: 'indirect', speaker: writer, confidence: 0.5 });
  }
  return out;
}
