import { isCommonWord, nameTags } from '../../adapters/compromise.js';
import type { KnowledgeEntry } from '../../model/knowledge.js';
import { TOP_OFFICES } from '../../vocabulary/roles.js';
import { COURTESY_TITLES, TITLE_GENDER } from '../../vocabulary/titles.js';
import { bareSurname, nameOf, type Resolution } from './context.js';
import { nameWords } from './01-fullNames.js';
import { noteOrganisationForm, organisationOfForm } from './organisationShortForms.js';
import type { EntityDraft, PeopleIndex } from './types.js';

/**
 * Sieve 2, single names: a one-word name ("Putin", "NATO", "John") is an entity of the article
 * whose surname (or, alone in the article, first name) it is; else the knowledge-base entry it
 * names, for a lone surname only someone famous enough to be named so; else a new entity.
 */
export function singleNames(r: Resolution): void {
  const { kb, year } = r;
  r.index.mentions.forEach((m, mi) => {
    if (m.kind !== 'name' || r.index.entityOf[mi] !== -1) return;
    const words = nameWords(m);
    const key = words[0] ?? m.key;
    // ("Norvik" after "Norvik Air": a body's short name, when no person of the article has it as surname.)
    const local = r.byKey.get(m.key) ?? bySurname(r.people, key, m.start, courtesyGender(m.title)) ?? organisationOfForm(r, m);
    if (local) { r.link(mi, local); return; }
    // A lone surname reaches the knowledge base only when it is no ordinary word ("Putin", not "Cook")
    // and, with a date, only someone active around then.
    const lone = m.type === 'person' || m.title !== undefined || (kb.byName.get(m.key) ?? []).some((x) => x.type === 'person');
    // "Prime Minister Adams" is not the mayor called Adams: an office title must be one the person held.
    const office = m.title !== undefined && kb.byOffice.has(`${m.title}|`) ? m.title : undefined;
    const usable = (x: KnowledgeEntry) => x.type !== 'person' || ((!lone || !isCommonWord(key)) && activeAround(x, year) && (!office || x.offices.some((o) => o.role === office)));
    // A surname alone reaches only people famous enough to be named so without introduction: those
    // who held a top office, or anyone active around the article's date when it is known.
    const famous = (x: KnowledgeEntry) => year !== undefined || x.offices.some((o) => TOP_OFFICES.has(o.role));
    const oneWord = !/\s/.test(m.key);
    const entry = r.pick(kb.byName.get(m.key)?.filter((x) => usable(x) && (!oneWord || x.type !== 'person' || famous(x))), m.type) ??
      r.pick(kb.bySurname.get(key)?.filter((x) => usable(x) && famous(x)), 'person');
    r.link(mi, r.create(nameOf(r, m), m.type ?? (m.title ? 'person' : 'organization'), entry));
  });
}

/** Held an office within eight years of `year` (always true without a year or without offices). */
function activeAround(entry: KnowledgeEntry, year: number | undefined): boolean {
  if (year === undefined || entry.offices.length === 0) return true;
  return entry.offices.some((o) => (o.from ?? -Infinity) - 8 <= year && year <= (o.to ?? Infinity) + 8);
}

/** The gender a courtesy title gives ("Mr." male, "Ms." female), or undefined for any other title. */
function courtesyGender(title: string | undefined): 'male' | 'female' | undefined {
  return title !== undefined && COURTESY_TITLES.has(title) ? TITLE_GENDER[title] : undefined;
}

/**
 * The person of the article whose surname (or knowledge-base alias) is `word`; "John" after
 * "John Bolton" is the one person of the article with that first name. Several people with the
 * surname: the one mentioned last before `at`. With `gender` (a courtesy title's), only a person of
 * that gender or of none known.
 */
export function bySurname(people: PeopleIndex, word: string, at: number, gender?: 'male' | 'female'): EntityDraft | undefined {
  let hits = (people.byLast.get(word) ?? []).filter((e) => e.words[e.words.length - 1] === word || bareSurname(e.words[e.words.length - 1]!) === word || e.kb?.aliases.some((a) => a.toLowerCase() === word));
  if (hits.length === 0 && nameTags(word).some((t) => t === 'male-name' || t === 'female-name' || t === 'first-name')) {
    const byFirst = (people.byFirst.get(word) ?? []).filter((e) => e.words[0] === word);
    if (byFirst.length === 1) hits = byFirst;
  }
  // "Mary Hale … Mr. Hale": a courtesy title's gender must agree with the person's, else someone new.
  if (gender) hits = hits.filter((e) => !e.gender || e.gender === gender);
  if (hits.length <= 1) return hits[0];
  let best: EntityDraft | undefined;
  let bestAt = -1;
  for (const e of hits) for (const s of e.mentions) if (s.start < at && s.start > bestAt) { bestAt = s.start; best = e; }
  return best ?? hits[0];
}
