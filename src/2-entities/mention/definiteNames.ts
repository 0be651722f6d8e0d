import type { Token } from '../../adapters/wink.js';
import type { Mention } from './types.js';

/**
 * "elected to the Folk Sabha", "telling the Marsh Courier": a name whose type is only a guess
 * from its length (Mention.guessed) and that the article writes after "the" names no person
 * (people are not "the Jane Doe"), and so none of its mentions does: they become an
 * organisation's. Only "the" right before the name counts, and not when a noun follows it: in
 * "the Doe campaign", "the Harry Doe case" the name modifies the noun and may be a person's.
 * Returns the mentions, retyped where that applies (the same array when nothing changes).
 */
export function retypeDefiniteNames(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let keys: Set<string> | undefined;
  for (const m of mentions) {
    if (!m.guessed || m.kind !== 'name' || m.title !== undefined) continue;
    const before = tokens[m.first - 1];
    const after = tokens[m.last];
    if (before?.lower !== 'the' || (after !== undefined && after.pos === 'NOUN' && after.sentence === before.sentence)) continue;
    (keys ??= new Set()).add(m.key);
  }
  if (!keys) return mentions;
  const found = keys;
  return mentions.map((m) => (m.guessed && m.kind === 'name' && found.has(m.key) ? { ...m, type: 'organization' as const, guessed: false } : m));
}
