// The nearer mention of an inherited source: "Hale started the row when he brought up the budget and later said …".
import type { Segmentation } from '../../1-segment/segment.js';
import { mentionIndex, type EntityIndex } from '../../2-entities/resolve.js';
import type { Anchor } from '../anchors.js';
import type { Source } from '../source.js';
import { fromMention } from './nounPhrase.js';
import { THIRD_PERSON_SUBJECTS } from '../../vocabulary/pronouns.js';
import { CONTINUED_CLAUSE_OPENERS } from '../../vocabulary/subordinators.js';

/**
 * A cue that continues a clause takes that clause's source (`continuedClause`, how 'inherited'),
 * read back to the main clause's subject. When a subject pronoun of the same speaker opens a
 * clause between that subject and the cue ("Hale painted a dark picture as she accepted the
 * nomination, warning …", "Brask started the row when he brought up the budget and later said
 * …", "in which he continued his attack, saying …"), the cue continues that nearer clause: the
 * pronoun is the source phrase, the speaker unchanged. PolNeAR marks that pronoun as the source.
 * Only a pronoun after a comma, a conjunction or a subordinator of time, manner or cause, or a
 * relative word: not the subject of a reported clause ("Hale said he would run, adding …", "said
 * that he …"), whose report the cue does not continue.
 */
export function nearerPronoun(seg: Segmentation, ents: EntityIndex, a: Anchor, s: Source | null): Source | null {
  if (!s || s.how !== 'inherited' || s.mention < 0 || s.named !== undefined) return s;
  const e = ents.entityOf[s.mention]!;
  if (e < 0) return s;
  const tokens = seg.doc.tokens;
  const sentence = tokens[a.first]!.sentence;
  for (let k = a.first - 1; k >= s.last && k > 0; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (!THIRD_PERSON_SUBJECTS.has(t.lower) || seg.quoteOf[k]! >= 0) continue;
    const mi = mentionIndex(ents, k);
    if (mi < 0 || mi === s.mention || ents.entityOf[mi] !== e) continue;
    const before = tokens[k - 1]!;
    if (before.value === ',' || CONTINUED_CLAUSE_OPENERS.has(before.lower)) return fromMention(ents, mi, 'inherited');
  }
  return s;
}
