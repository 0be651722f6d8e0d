import type { Token } from '../../adapters/wink.js';
import type { MentionSlot } from '../assignHits.js';

/** Relative pronouns that stand for the subject of their clause: "the group that attacked Y". */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which']);

/**
 * "the group that attacked Marsh had lied", "voters who backed Lee were misled": a mention that
 * is the object of a relative clause whose subject is the relative pronoun (head noun, "that" /
 * "who" / "which", the clause's verb, then the mention) is not the subject of the verb after the
 * clause; the head noun is. Returns the head's token, or -1 when m stands in no such clause.
 */
export function relativeHead(tokens: readonly Token[], m: MentionSlot, from: number): number {
  let k = m.first - 1;
  while (k >= from && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  if (k < from || tokens[k]!.pos !== 'VERB') return -1;
  k--;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (k <= from || !SUBJECT_RELATIVES.has(tokens[k]!.lower)) return -1;
  const head = tokens[k - 1]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? k - 1 : -1;
}

/**
 * "the man who praised Marsh", "Acme, which attacked Marsh,": the subject of a verb right after
 * a subject relative pronoun is the clause's head, the mention that ends there (before an
 * optional comma) or else the head noun (OTHER); never the speaker who reports it. Undefined
 * when the verb at v opens no such clause.
 */
export function relativeSubject(tokens: readonly Token[], v: number, before: readonly MentionSlot[], from: number, other: string): MentionSlot | undefined {
  let k = v - 1;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (k <= from || !SUBJECT_RELATIVES.has(tokens[k]!.lower)) return undefined;
  let h = k - 1;
  if (tokens[h]!.value === ',' && h > from) h--;
  const named = before.find((m) => m.last === h + 1);
  if (named) return named;
  const head = tokens[h]!;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? { first: h, last: h + 1, key: other } : undefined;
}
