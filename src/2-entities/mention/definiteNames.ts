import { onMap } from '../../util/onMap.js';
import type { Token } from '../../adapters/wink.js';
import type { KnowledgeIndex } from '../knowledgeIndex.js';
import { isDemonym } from './nameType.js';
import type { Mention } from './types.js';

/**
 * "elected to the Folk Sabha", "telling the Marsh Courier": a name whose type is only a guess
 * from its length (Mention.guessed) and that the article writes after "the" names no person
 * (people are not "the Jane Doe"), and so none of its mentions does: they become an
 * organisation's. Only "the" right before the name counts, and not when a noun follows it: in
 * "the Doe campaign", "the Harry Doe case" the name modifies the noun and may be a person's.
 * And "the Ruritanian Steppe", where the article also has the place "Steppe", is that place.
 * Returns the mentions, retyped where that applies (the same array when nothing changes).
 */
export function retypeDefiniteNames(tokens: readonly Token[], mentions: Mention[], kb: KnowledgeIndex): Mention[] {
  let keys: Set<string> | undefined;
  for (const m of mentions) {
    if (!m.guessed || m.kind !== 'name' || m.title !== undefined) continue;
    const before = tokens[m.first - 1];
    const after = tokens[m.last];
    if (before?.lower !== 'the' || (after !== undefined && after.pos === 'NOUN' && after.sentence === before.sentence)) continue;
    (keys ??= new Set()).add(m.key);
  }
  const places = placeNamedWithDemonym(mentions, kb);
  if (!keys && !places) return mentions;
  const found = keys ?? new Set<string>();
  return mentions.map((m) => {
    if (places?.has(m.key) && m.kind === 'name') return { ...m, type: 'place' as const, guessed: false };
    return m.guessed && m.kind === 'name' && found.has(m.key) ? { ...m, type: 'organization' as const, guessed: false } : m;
  });
}

/**
 * "the Ruritanian Steppe" where the article also writes "in Steppe" (a place): a demonym and a
 * place of the article name that place, not a body (the keys of such names, or undefined).
 */
function placeNamedWithDemonym(mentions: readonly Mention[], kb: KnowledgeIndex): Set<string> | undefined {
  let placeKeys: Set<string> | undefined;
  for (const m of mentions) if (m.kind === 'name' && onMap(m.type)) (placeKeys ??= new Set()).add(m.key);
  if (!placeKeys) return undefined;
  let out: Set<string> | undefined;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.type !== 'organization' || m.title !== undefined) continue;
    const space = m.key.indexOf(' ');
    if (space < 0) continue;
    const first = m.key.slice(0, space);
    if (!placeKeys.has(m.key.slice(space + 1)) || kb.byName.has(m.key)) continue;
    if (isDemonym(first, kb)) (out ??= new Set()).add(m.key);
  }
  return out;
}
