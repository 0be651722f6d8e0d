// A name in a dateline, or a town after a preposition, is no source.
import type { EntityIndex } from '../../2-entities/resolve.js';
import type { Source } from '../source.js';

/**
 * The source, unless it is a name in a dateline or a place after a preposition. A dateline says
 * where the story was filed, whatever its name stands for ("WASHINGTON —", "BRUSSELS —"); in
 * "ORVELLE (Wire) — Hundreds of farmers blocked the road, saying …" or "In Orvelle, hundreds of
 * farmers blocked the road, saying …" the speaker is the subject no mention names, not the town
 * (issue 13: no speaker is a place). A place that modifies the subject ("Vermont senators said")
 * still marks where the speaker is; the "by" of a passive and "according to" name their source
 * after a preposition ("as reported by X"); a country speaks for its government and is typed
 * `country`. Read last, after the evidence phrase has had its chance to credit "the polling in Ohio".
 */
export function placeNoSource(ents: EntityIndex, s: Source | null): Source | null {
  if (!s || s.mention < 0) return s;
  const m = ents.mentions[s.mention]!;
  if (m.inDateline === true) return null;
  const e = ents.entityOf[s.mention]!;
  if (e < 0 || ents.entities[e]!.type !== 'place') return s;
  const clauseSubject = s.how === 'subject' || s.how === 'inherited';
  return m.afterPreposition && clauseSubject ? null : s;
}
