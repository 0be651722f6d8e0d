import type { Token } from '../../adapters/wink.js';
import { FACILITY_HEADS } from '../../vocabulary/stanceWords.js';
import type { MentionSlot } from '../assignHits.js';

/** Lower-case words a facility's description may hold between the name and its head ("nuclear power"). */
const MODIFIERS_BETWEEN = 2;

/**
 * Whether the mention m modifies a facility named after it: up to MODIFIERS_BETWEEN lower-case
 * adjectives or nouns, then a head of FACILITY_HEADS ("the Northgate pipeline", "the Harrow
 * desalination plant works wonderfully": the praise is the plant's, not Harrow's or a body's).
 * Read for bodies and places only: "the Lee project" of a person is their work and judges them.
 */
export function facilityModifier(tokens: readonly Token[], m: MentionSlot): boolean {
  const sentence = tokens[m.first]!.sentence;
  for (let k = m.last; k <= m.last + MODIFIERS_BETWEEN && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.value !== t.lower || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
    if (t.pos === 'NOUN' && FACILITY_HEADS.has(t.lower)) return true;
  }
  return false;
}
