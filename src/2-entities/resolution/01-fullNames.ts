import type { EntityType } from '../../model/entity.js';
import type { Mention } from '../mentions.js';
import { nameOf, type Resolution } from './context.js';
import type { EntityDraft, PeopleIndex } from './types.js';

/**
 * Sieve 1, full names: a name of two words or more ("Vladimir Putin", "Bank of England") is the
 * knowledge-base entry it names, else the entity of the article with the same name or the same
 * first and last words, else a new entity.
 */
export function fullNames(r: Resolution): void {
  const keys = new Set<string>();
  for (const m of r.index.mentions) if (m.kind === 'name') keys.add(m.key);
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'name') return;
    const words = nameWords(m);
    if (words.length < 2) return;
    const entry = r.pick(r.kb.byName.get(m.key), m.type);
    const body = entry ? undefined : bodyOfPlace(r, m, keys);
    const existing = entry ? r.byKb.get(entry.id) : r.byKey.get(body?.key ?? m.key) ?? samePerson(r.people, words, m.type);
    r.link(mi, existing ?? r.create(body?.name ?? nameOf(r, m), m.type ?? 'person', entry));
  });
}

/**
 * "Caspian Air of Ruritania" where the article also names "Caspian Air": the body's name and
 * the place it is of, one organisation (the name before "of" has two words or more and is a name
 * of the article; what follows is a place).
 */
function bodyOfPlace(r: Resolution, m: Mention, keys: ReadonlySet<string>): { key: string; name: string } | undefined {
  if (m.type !== 'organization') return undefined;
  const at = m.key.lastIndexOf(' of ');
  if (at < 0) return undefined;
  const key = m.key.slice(0, at);
  const place = m.key.slice(at + 4);
  if (!/\s/.test(key) || !keys.has(key)) return undefined;
  if (!r.kb.placeOfAdjective.has(place) && !(r.kb.byName.get(place) ?? []).some((x) => x.type === 'place')) return undefined;
  const cut = m.text.toLowerCase().lastIndexOf(' of ');
  return cut > 0 ? { key, name: m.text.slice(0, cut) } : undefined;
}

/** The words of a name mention without its initials ("John F. Kennedy" → john, kennedy). */
export function nameWords(m: Mention): string[] {
  return m.key.split(/\s+/).filter((w) => !/^\p{L}\.?$/u.test(w));
}

/** The person of the article with the same first and last words. */
function samePerson(people: PeopleIndex, words: readonly string[], type: EntityType | undefined): EntityDraft | undefined {
  if (type && type !== 'person') return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return people.byLast.get(last)?.find((e) => e.words.length >= 2 && e.words[e.words.length - 1] === last && e.words[0] === first);
}
