import { insideSorted } from '../../util/sorted.js';
import type { Resolution } from './context.js';
import { FIRST_AND_SECOND_PERSON } from '../../vocabulary/pronouns.js';
import { resolvePronoun } from './salience.js';
import { clauseMates } from './clauseMate.js';

/**
 * Sieve 4, third-person pronouns outside quotes and transcript turns: the most salient
 * compatible entity (see resolvePronoun). The words of a turn are its speaker's, resolved with
 * the speaker known, as quotes are; first person belongs to whoever speaks; "it" before a
 * copula is mostly the empty "it" ("it is unclear"). An object pronoun never stands for the
 * subject of its own clause ("Nair accused him"), nor a subject pronoun a name its verb governs
 * ("He called Rusk a liar"; clauseMate.ts).
 */
export function thirdPersonPronouns(r: Resolution): void {
  const { seg } = r;
  const turnSpans = seg.turns.map((t) => t.content);
  const inTurn = (offset: number) => insideSorted(turnSpans, offset);
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'pronoun' || m.quote >= 0 || FIRST_AND_SECOND_PERSON.has(m.key)) return;
    if ((m.key === 'it') && seg.doc.tokens[m.last]?.lemma === 'be') return;
    if (seg.turns.length > 0 && inTurn(m.start)) return;
    const mates = clauseMates(r.index, seg.doc.tokens, mi);
    const e = resolvePronoun(r.index, mi, mates.length > 0 ? new Set(mates) : undefined);
    if (e) r.link(mi, e);
  });
}
