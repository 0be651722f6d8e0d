import type { Token } from '../../adapters/wink.js';
import { QUOTE_MARK } from '../../vocabulary/punctuation.js';

/** How many words of the object's noun phrase are walked back over to its verb ("the [young] rebels"). */
const MAX_OBJECT_WORDS = 4;

/**
 * Is the "their" at i bound to the plural object of the verb before it: "praised the rebels for
 * their courage", "accused the rebels of putting their careers first"? In the frame verb, plural
 * noun phrase, "for" (or "of"/"for" and a gerund), "their", the possessive is the object's. When
 * the object is no entity ("the rebels"), the pronoun stands for no one of the article, not for the
 * group named last ("reporters"). (Not "the leaders of their party": "of" binds only before a
 * gerund, the charge of "accused X of …".)
 */
export function boundToObject(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'their') return false;
  let k = i - 1;
  // (A quotation may open before the gerund: accused them of “putting their careers first”.)
  const gerund = tokens[k]?.pos === 'VERB' && tokens[k]!.lower.endsWith('ing');
  if (gerund) k--;
  if (QUOTE_MARK.test(tokens[k]?.value ?? '')) k--;
  const p = tokens[k]?.lower;
  if (p !== 'for' && !(gerund && p === 'of')) return false;
  const noun = tokens[--k];
  if (!noun || noun.pos !== 'NOUN' || noun.value !== noun.lower || !noun.lower.endsWith('s') || noun.lower.endsWith('ss')) return false;
  for (let n = 0; n < MAX_OBJECT_WORDS && k > 0; n++) {
    const t = tokens[--k]!;
    if (t.pos === 'VERB') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM') return false;
  }
  return false;
}
