// A speaking he/she/they that nothing resolved: the speaker of the utterance just before, when nobody else stands between.
import type { Segmentation } from '../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../2-entities/resolve.js';
import type { UtteranceDraft } from './draft.js';
import { lowerBound } from './scan.js';

/** Most paragraphs between the earlier utterance's speaker and the pronoun. */
const MAX_PARAGRAPHS = 2;
/** Hand-set confidence of a speaker carried over to an unresolved pronoun. */
const CARRIED_CONFIDENCE = 0.5;

/** Can the entity be what the pronoun stands for: a person of the same gender for he/she, a body or group for they? */
function agrees(ents: EntityIndex, e: number, key: string, gender: 'male' | 'female' | undefined): boolean {
  const entity = ents.entities[e]!;
  if (key === 'they') return entity.type === 'group' || entity.type === 'organization';
  if (entity.type !== 'person') return false;
  return !(gender && entity.gender && gender !== entity.gender);
}

/**
 * “Harbor voters will decide,” Lee said. … He also argued that …: a he, she or they that is the
 * source of a cue and that the entity stage left unresolved (the person was named too far back,
 * or the chain ran through other pronouns) stands for the speaker of the nearest utterance
 * before it, within two paragraphs — when that speaker agrees in gender and number and no other
 * person (for he/she) or body or group (for they) is named outside quotes in between. The
 * pronoun's mention stays the utterance's mention; the entity gains it. Drafts with a speaker
 * are left alone, and so is a pronoun with nothing before it.
 */
export function carrySpeakerToPronouns(seg: Segmentation, ents: EntityIndex, drafts: UtteranceDraft[]): void {
  const tokens = seg.doc.tokens;
  const order = drafts.map((_, i) => i).sort((x, y) => drafts[x]!.start - drafts[y]!.start || x - y);
  // The speaker each draft names, at the position of its mention (or its start).
  const named = order.map((i) => ({ i, at: drafts[i]!.mention?.start ?? drafts[i]!.start }));
  for (const i of order) {
    const d = drafts[i]!;
    if (d.speaker >= 0 || !d.mention) continue;
    const mi = mentionIndex(ents, lowerBound(tokens, d.mention.start));
    const m = mi >= 0 ? ents.mentions[mi]! : undefined;
    if (!m || m.kind !== 'pronoun' || m.quote >= 0 || m.start !== d.mention.start || !['he', 'she', 'they'].includes(m.key) || ents.entityOf[mi]! >= 0) continue;
    const paragraph = seg.paragraphOf[m.first]!;
    // The nearest utterance before the pronoun that has a speaker.
    let prior: { i: number; at: number } | undefined;
    for (const x of named) {
      if (x.at >= m.start) break;
      if (drafts[x.i]!.speaker >= 0) prior = x;
    }
    if (!prior) continue;
    const e = drafts[prior.i]!.speaker;
    const priorToken = lowerBound(tokens, prior.at);
    if (paragraph - seg.paragraphOf[priorToken]! > MAX_PARAGRAPHS || !agrees(ents, e, m.key, m.gender)) continue;
    // Nobody else who could be meant stands between.
    let rival = false;
    for (let k = priorToken; k < m.first && !rival; k++) {
      const o = mentionIndex(ents, k);
      if (o < 0 || ents.mentions[o]!.quote >= 0 || ents.mentions[o]!.first !== k) continue;
      const other = ents.entityOf[o]!;
      rival = other >= 0 && other !== e && agrees(ents, other, m.key, undefined);
    }
    if (rival) continue;
    ents.entityOf[mi] = e;
    ents.entities[e]!.mentions.push({ start: m.start, end: m.end });
    drafts[i] = { ...d, speaker: e, confidence: Math.round(CARRIED_CONFIDENCE * 100) / 100 };
  }
}
