import type { EntityType } from '../../model/entity.js';
import { NAME_PARTICLES, ORG_PARTICLES } from '../../vocabulary/nameParticles.js';
import type { Mention } from '../mentions.js';
import { nameOf, type Resolution } from './context.js';
import { noteOrganisationForm, organisationOfForm } from './organisationShortForms.js';
import type { EntityDraft, PeopleIndex } from './types.js';

/**
 * Sieve 1, full names: a name of two words or more ("Vladimir Putin", "Bank of England") is the
 * knowledge-base entry it names, else the entity of the article with the same name or the same
 * first and last words, else a new entity.
 */
export function fullNames(r: Resolution): void {
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'name') return;
    const words = nameWords(m);
    if (words.length < 2) return;
    const entry = r.pick(r.kb.byName.get(m.key), m.type);
    const existing = entry ? r.byKb.get(entry.id) : r.byKey.get(m.key) ?? samePerson(r.people, words, m.type) ?? surnameWithParticle(r.people, words, m.type) ?? organisationOfForm(r, m);
    const e = existing ?? r.create(nameOf(r, m), m.type ?? 'person', entry);
    r.link(mi, e);
    noteOrganisationForm(r, m, e);
  });
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

/**
 * "Von der Leyen", "Bin Salman" opening a sentence: a surname with its particles, capitalised for
 * its place, names the person of the article whose name ends with those words.
 */
function surnameWithParticle(people: PeopleIndex, words: readonly string[], type: EntityType | undefined): EntityDraft | undefined {
  if ((type && type !== 'person') || !NAME_PARTICLES.has(words[0]!) || ORG_PARTICLES.has(words[0]!)) return undefined;
  const n = words.length;
  const hits = (people.byLast.get(words[n - 1]!) ?? []).filter((e) => e.words.length > n && words.every((w, k) => e.words[e.words.length - n + k] === w));
  return hits.length === 1 ? hits[0] : undefined;
}
