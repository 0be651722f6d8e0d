import { insideSorted } from '../../util/sorted.js';
import type { Resolution } from './context.js';
import { FIRST_AND_SECOND_PERSON } from '../../vocabulary/pronouns.js';
import { resolvePronoun } from './salience.js';

/**
 * Sieve 4, third-person pronouns outside quotes and transcript turns: the most salient
 * compatible entity (see resolvePronoun). The words of a turn are its speaker's, resolved with
 * the speaker known, as quotes are; first person belongs to whoever speaks; "it" before a
 * copula is mostly the empty "it" ("it is unclear").
 */
export function thirdPersonPronouns(r: Resolution): void {
  const { seg } = r;
  const turnSpans = seg.turns.map((t) => t.content);
  const inTurn = (offset: number) => insideSorted(turnSpans, offset);
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'pronoun' || m.quote >= 0 || FIRST_AND_SECOND_PERSON.has(m.key)) return;
    if ((m.key === 'it') && seg.doc.tokens[m.last]?.lemma === 'be') return;
    if (seg.turns.length > 0 && inTurn(m.start)) return;
    const e = resolvePronoun(r.index, mi);
    if (e) r.link(mi, e);
  });
}
