import type { Token } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { RELATIVE_WORDS } from '../../vocabulary/pronouns.js';
import { CLAUSE_TAKING_VERBS } from '../../vocabulary/stanceVerbs.js';

/**
 * "the group that attacked Marsh had lied", "voters who backed Lee were misled": a mention that
 * is the object of a relative clause whose subject is the relative pronoun (head noun, "that" /
 * "who" / "which", the clause's verb, then the mention) is not the subject of the verb after the
 * clause; the head noun is. Returns the head's token, or -1 when m stands in no such clause.
 */
export function relativeHead(tokens: readonly Token[], m: MentionSlot, from: number): number {
  let k = m.first - 1;
  while (k >= from && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  // ("voters who believe Marsh lied": after a verb that takes a clause, the mention is that clause's subject.)
  if (k < from || tokens[k]!.pos !== 'VERB' || CLAUSE_TAKING_VERBS.has(tokens[k]!.lemma)) return -1;
  k--;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (k <= from || !RELATIVE_WORDS.has(tokens[k]!.lower)) return -1;
  const head = tokens[k - 1]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? k - 1 : -1;
}
