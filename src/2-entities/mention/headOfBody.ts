/**
 * "The head of the Harbor Council said", "the head of the teachers' union": a noun that names a
 * person by role only before "of" and a body (ROLE_NOUNS_BEFORE_OF) is a role there. The body is a
 * capitalised name or a common noun that heads a body's description ("union", "agency") within a
 * few words after "of"; "the head of the queue", "a head of lettuce" name no one.
 */
import type { Token } from '../../adapters/wink.js';
import { DESCRIBED_BODY_HEADS, ORG_HEAD_WORDS, ORG_WORDS } from '../../vocabulary/organisations.js';
import { ROLE_NOUNS_BEFORE_OF } from '../../vocabulary/roles.js';
import { isCap } from './words.js';

/** Words looked at after "of" for the body. */
const BODY_WINDOW = 4;

/** Is the role noun at token i one that names a person here, before "of" and a body? */
export function headOfBody(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!ROLE_NOUNS_BEFORE_OF.has(t.lower) || t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + BODY_WINDOW); k++) {
    const w = tokens[k]!;
    if (w.sentence !== t.sentence || w.value === ',' || w.pos === 'VERB' || w.pos === 'AUX') return false;
    if (isCap(w) || DESCRIBED_BODY_HEADS.has(w.lower) || ORG_HEAD_WORDS.has(w.lower) || ORG_WORDS.has(w.lower)) return true;
  }
  return false;
}
