// Noun cues: the possessor is the source ("Smith's claim that", "his vow to").
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { fromMention } from './nounPhrase.js';

/** The possessor of a noun cue, or null. */
export function possessorOf(seg: Segmentation, ents: EntityIndex, a: Anchor): Source | null {
  const tokens = seg.doc.tokens;
  const prev = tokens[a.first - 1];
  if (prev && (prev.lower === "'s" || prev.lower === '\u2019s') && mentionIndex(ents, a.first - 2) >= 0) return fromMention(ents, mentionIndex(ents, a.first - 2), 'possessor');
  if (prev && mentionIndex(ents, a.first - 1) >= 0 && ents.mentions[mentionIndex(ents, a.first - 1)]!.kind === 'pronoun') return fromMention(ents, mentionIndex(ents, a.first - 1), 'possessor');
  return null;
}
