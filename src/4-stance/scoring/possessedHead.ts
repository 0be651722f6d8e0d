import type { Token } from '../../adapters/wink.js';
import { GENITIVE_MARKS } from '../../vocabulary/pronouns.js';
import { firstAtOrAfter } from '../../util/sorted.js';
import type { MentionSlot } from '../assignHits.js';
import { PERSON_NOUNS, ROLE_NOUNS } from '../../vocabulary/roles.js';
import { POSSESSIVE_DETERMINERS } from '../../vocabulary/pronouns.js';

/** Words a possessed name may carry between the genitive and itself: "Ostland's [foreign] [minister] Ana Lind". */
const MAX_TITLE_WORDS = 3;

/**
 * The name a possessor is a modifier of: in "praised Ostland's President Tomas Brandt" or
 * "slammed the party's leader, Ana Lind" the object is Brandt or Lind, not Ostland or the party;
 * so with a possessive pronoun and a person noun: "thanked my colleague Ana Lind" is Lind.
 * When `m` ends in a genitive mark and another mention of `sorted` follows after at most
 * MAX_TITLE_WORDS nouns, proper nouns or adjectives ending in a title or a role noun (and an
 * optional comma) and heads its phrase,
 * that mention; else `m` itself ("criticised Ostland's plan": the plan names no one, so Ostland
 * is judged; "questioned Lee's Irish roots": the roots are possessed, not the Irish).
 */
export function possessedHead(tokens: readonly Token[], sorted: readonly MentionSlot[], m: MentionSlot): MentionSlot {
  const mark = tokens[m.last - 1];
  const after = tokens[m.last];
  const genitiveInside = mark !== undefined && GENITIVE_MARKS.has(mark.lower) && m.last - m.first > 1;
  const genitiveAfter = after !== undefined && GENITIVE_MARKS.has(after.lower);
  const pronoun = m.last - m.first === 1 && POSSESSIVE_DETERMINERS.has(tokens[m.first]!.lower);
  if (!genitiveInside && !genitiveAfter && !pronoun) return m;
  let k = genitiveAfter ? m.last + 1 : m.last;
  const next = sorted[firstAtOrAfter(sorted, k, (x) => x.first)];
  if (!next) return m;
  let words = 0;
  let title = false;
  for (; k < next.first; k++) {
    const t = tokens[k]!;
    if (t.value === ',' && k === next.first - 1 && words > 0) continue;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') || ++words > MAX_TITLE_WORDS) return m;
    // A title or a role noun ("President", "foreign minister"), not any noun: in "condemn Ostland's
    // plan, Brandt" the plan is possessed and Brandt addressed.
    title = /^\p{Lu}/u.test(t.value) || ROLE_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower);
  }
  if (words > 0 && !title) return m;
  // ("thanked her for …": a pronoun with nothing after it is the object itself.)
  if (pronoun && words === 0) return m;
  // The name must head the phrase: in "Curiel's Hispanic heritage" the heritage is possessed.
  const end = tokens[next.last];
  return end && (end.pos === 'NOUN' || end.pos === 'PROPN') ? m : next;
}
