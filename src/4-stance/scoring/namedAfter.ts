import type { Token } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { QUOTE_MARKS } from './punctuation.js';

/** Word classes of a name given to someone ("a very corrupt fool", "careless and arrogant", "as “reckless”"). */
const NAME_POS = new Set(['ADJ', 'ADV', 'DET', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PUNCT']);

/**
 * Are the tokens from the end of `object` up to `hit` the start of a name given to it: adjectives,
 * nouns, "as", a possessive and its noun ("Y's order swift"), list commas, quotation marks; no
 * verb, no other preposition, and no comma right after the object (an apposition, "Y's father, a
 * beloved teacher").
 */
export function namedAfter(tokens: readonly Token[], object: MentionSlot, hit: number): boolean {
  let k = object.last;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') {
    k++;
    while (k < hit && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k++;
  }
  if (tokens[k]?.value === ',') return false;
  for (; k < hit; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'as' && !NAME_POS.has(t.pos)) return false;
    if (t.pos === 'PUNCT' && t.value !== ',' && !QUOTE_MARKS.has(t.value)) return false;
  }
  return true;
}
