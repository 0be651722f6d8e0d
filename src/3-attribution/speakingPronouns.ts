// A speaking he/she/they that nothing resolved: the speaker of the utterance just before, when nobody else stands between.
import type { Segmentation } from '../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../2-entities/resolve.js';
import type { UtteranceDraft } from './draft.js';
import { lowerBound } from './scan.js';

/** Most paragraphs, and words, between the earlier utterance's speaker and the pronoun. */
const MAX_PARAGRAPHS = 2;
const MAX_TOKENS = 400;
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
  // Each draft at the position of its mention (or its start), in text order: one pass, where a
  // pronoun given its speaker here passes it on to the next.
  const named = drafts.map((d, i) => ({ i, at: d.mention?.start ?? d.start })).sort((x, y) => x.at - y.at || x.i - y.i);
  let prior: { i: number; at: number } | undefined;
  for (const x of named) {
    const d = drafts[x.i]!;
    if (d.speaker < 0 && d.mention && prior && prior.at < d.mention.start) {
      const e = carried(seg, ents, d, drafts[prior.i]!.speaker, lowerBound(tokens, prior.at));
      if (e >= 0) drafts[x.i] = { ...d, speaker: e, confidence: CARRIED_CONFIDENCE };
    }
    if (drafts[x.i]!.speaker >= 0) prior = x;
  }
}

/**
 * The entity e when the mention of draft d is an unresolved speaking he/she/they outside quotes
 * that e may stand for: within two paragraphs and a few hundred words of token `from`, where e
 * was named, agreeing, with no other candidate named outside quotes in between. -1 otherwise.
 */
function carried(seg: Segmentation, ents: EntityIndex, d: UtteranceDraft, e: number, from: number): number {
  const tokens = seg.doc.tokens;
  const mi = mentionIndex(ents, lowerBound(tokens, d.mention!.start));
  const m = mi >= 0 ? ents.mentions[mi]! : undefined;
  if (!m || m.kind !== 'pronoun' || m.quote >= 0 || m.start !== d.mention!.start || !['he', 'she', 'they'].includes(m.key) || ents.entityOf[mi]! >= 0) return -1;
  if (m.first - from > MAX_TOKENS || seg.paragraphOf[m.first]! - seg.paragraphOf[from]! > MAX_PARAGRAPHS || !agrees(ents, e, m.key, m.gender)) return -1;
  // Nobody else who could be meant stands between.
  for (let k = from; k < m.first; k++) {
    const o = mentionIndex(ents, k);
    if (o < 0 || ents.mentions[o]!.quote >= 0 || ents.mentions[o]!.first !== k) continue;
    const other = ents.entityOf[o]!;
    if (other >= 0 && other !== e && agrees(ents, other, m.key, undefined)) return -1;
  }
  ents.entityOf[mi] = e;
  ents.entities[e]!.mentions.push({ start: m.start, end: m.end });
  return e;
}
