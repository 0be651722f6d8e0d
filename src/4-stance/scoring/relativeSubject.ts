import type { Token } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';
import { RELATIVE_WORDS } from '../../vocabulary/pronouns.js';

/**
 * "the man who praised Marsh", "Acme, which attacked Marsh,": the subject of a verb right after
 * a subject relative pronoun is the clause's head, the mention that ends there (before an
 * optional comma) or else the head noun (OTHER); never the speaker who reports it. Undefined
 * when the verb at v opens no such clause.
 */
export function relativeSubject(tokens: readonly Token[], v: number, before: readonly MentionSlot[], from: number, other: string): MentionSlot | undefined {
  let k = v - 1;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (k <= from || !RELATIVE_WORDS.has(tokens[k]!.lower)) return undefined;
  let h = k - 1;
  if (tokens[h]!.value === ',' && h > from) h--;
  const named = before.find((m) => m.last === h + 1);
  if (named) return named;
  const head = tokens[h]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? { first: h, last: h + 1, key: other } : undefined;
}
