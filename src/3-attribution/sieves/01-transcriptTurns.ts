// Transcript turns: "SMITH: …" lines are utterances of their labelled speakers.
import type { Segmentation } from '../../1-segment/segment.js';
import type { Span } from '../../model/span.js';
import { addEntity, mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import { lowerBound } from '../scan.js';
import { type AttributionState } from '../state.js';

/** Transcript labels: "PRESIDENT BIDEN" → Joe Biden through the title and the knowledge base; "Q" → the questioner. */
export function speakerOfLabel(ents: EntityIndex, seg: Segmentation, span: Span, label: string): number {
  const tokens = seg.doc.tokens;
  const k = lowerBound(tokens, span.start);
  const mi = mentionIndex(ents, k);
  if (mi >= 0 && ents.entityOf[mi]! >= 0) return ents.entityOf[mi]!;
  // Upper-case labels: look the words up in title case.
  const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const last = words[words.length - 1]!.toLowerCase();
  const local = ents.entities.find((e) => e.type === 'person' && e.words.length >= 1 && e.words[e.words.length - 1] === last);
  if (local) { local.mentions.push({ ...span }); local.aliases.add(label); return local.index; }
  const entry = ents.kb.bySurname.get(last)?.[0] ?? ents.kb.byName.get(words.join(' ').toLowerCase())?.[0];
  const name = label === 'Q' ? 'questioner' : label === 'A' ? 'answerer' : words.join(' ');
  return addEntity(ents, entry?.name ?? name, 'person', span, entry);
}

/** Sieve 01: each turn of a transcript is an utterance of its labelled speaker. */
export function transcriptTurns(st: AttributionState): void {
  const { seg, ents, text, drafts, turnSpans } = st;
  for (const turn of seg.turns) {
    const label = text.slice(turn.label.start, turn.label.end);
    const speaker = speakerOfLabel(ents, seg, turn.label, label);
    drafts.push({ start: turn.content.start, end: turn.content.end, kind: 'turn', speaker, mention: turn.label, cue: turn.label, confidence: speaker >= 0 ? 0.95 : 0.3 });
    turnSpans.push(turn.content);
  }
}
