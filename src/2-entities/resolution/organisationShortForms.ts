import { isCommonWord, nameTags } from '../../adapters/compromise.js';
import { DROPPABLE_KIND_WORDS, ORG_HEAD_WORDS, ORG_WORDS } from '../../vocabulary/organisations.js';
import { placeOf } from '../mention/words.js';
import type { Mention } from '../mentions.js';
import type { Resolution } from './context.js';
import type { EntityDraft } from './types.js';

/**
 * Short forms of the organisations an article names: a body's name without its kind word
 * ("Calder Air" → "Calder", "Harwick Holdings" → "Harwick") or without "of" and the place it is of
 * ("Norvik Air of Ruritania" → "Norvik Air" → "Norvik") names the same body, when nothing else
 * in the article claims the short form: every name of the article that starts with the short
 * form must shorten to it ("Harwick Bank" beside "Harwick Savings Bank" leaves "Harwick" to
 * nobody), and the short form must be a name, not an ordinary word, a place or a name the
 * knowledge base knows ("World" is no short form of "World Bank", nor "Ruritania" of
 * "Ruritania Air"). A person the article names by that surname is found first, by the sieves.
 *
 * The names of one form are grouped: each key of the group maps to the group's first key, and
 * the sieves link a mention of any of them to the entity the group already has.
 */
interface ShortForms {
  /** Lower-case name key → the key that stands for its group. */
  readonly group: Map<string, string>;
  /** Group key → the entity of the group, once one of its names is linked. */
  readonly entity: Map<string, EntityDraft>;
}

const cache = new WeakMap<Resolution, ShortForms>();

/** The shorter names a body's name key reduces to, longest first ("norvik air of ruritania" → "norvik air", "norvik"). */
function reductions(key: string, r: Resolution): string[] {
  const out: string[] = [];
  let k = key;
  for (;;) {
    const of = k.lastIndexOf(' of ');
    const words = k.split(' ');
    let next: string | undefined;
    if (of > 0 && placeTail(k.slice(of + 4), r)) next = k.slice(0, of);
    else if (words.length >= 2 && DROPPABLE_KIND_WORDS.has(words[words.length - 1]!)) next = words.slice(0, -1).join(' ').replace(/,$/, '');
    if (next === undefined || !usable(next, r)) return out;
    out.push(next);
    k = next;
  }
}

/**
 * The words after "of" in a body's name name where it is: a place the knowledge base or the
 * tagger knows ("of Iran"), or one word that is no ordinary word ("of Ruritania"; never "of
 * Appeals", "of Justice").
 */
function placeTail(tail: string, r: Resolution): boolean {
  if (placeOf(tail, r.kb) !== undefined || (r.kb.byName.get(tail) ?? []).some((e) => e.type === 'country' || e.type === 'place')) return true;
  return !tail.includes(' ') && !isCommonWord(tail) && nameTags(tail).length === 0;
}

/** Can the words stand alone for a body: not an ordinary word, a place, a demonym or a name the knowledge base knows? */
function usable(short: string, r: Resolution): boolean {
  if (short.length < 3 || r.kb.byName.has(short) || placeOf(short, r.kb) !== undefined) return false;
  const words = short.split(' ');
  // ("University" is no short form of "University of Westbrook": a body's kind alone names none.)
  return !words.every((w) => isCommonWord(w) || DROPPABLE_KIND_WORDS.has(w) || ORG_WORDS.has(w) || ORG_HEAD_WORDS.has(w));
}

function shortFormsOf(r: Resolution): ShortForms {
  let sf = cache.get(r);
  if (sf) return sf;
  const group = new Map<string, string>();
  sf = { group, entity: new Map() };
  cache.set(r, sf);
  // Names of two words or more, by their first word (a short form's first word is theirs).
  const byFirst = new Map<string, Set<string>>();
  const claims = new Map<string, string[]>();
  for (const m of r.index.mentions) {
    if (m.kind !== 'name' || !m.key.includes(' ')) continue;
    const first = m.key.slice(0, m.key.indexOf(' '));
    let set = byFirst.get(first);
    if (!set) byFirst.set(first, (set = new Set()));
    set.add(m.key);
    if (m.type !== 'organization' || claims.has(m.key)) continue;
    claims.set(m.key, reductions(m.key, r));
  }
  // A name starting with a short form, and not shortening to it, contests it; so do two bodies
  // shortening to it that are not one name and its own short form ("Harwick Air", "Harwick Bank").
  const contested = (short: string): boolean => {
    const space = short.indexOf(' ');
    const names = byFirst.get(space < 0 ? short : short.slice(0, space)) ?? new Set<string>();
    let longest: string | undefined;
    for (const name of names) {
      if (!name.startsWith(`${short} `)) continue;
      const shorts = claims.get(name) ?? [];
      if (!shorts.includes(short)) return true;
      if (longest === undefined || name.length > longest.length) longest = name;
    }
    const chain = longest === undefined ? [] : claims.get(longest)!;
    for (const name of names) if (name !== longest && name.startsWith(`${short} `) && !chain.includes(name)) return true;
    return false;
  };
  const root = (key: string): string => {
    let k = key;
    while (group.has(k) && group.get(k) !== k) k = group.get(k)!;
    return k;
  };
  for (const [long, shorts] of claims) {
    for (const short of shorts) {
      if (contested(short)) break;
      const a = root(long);
      const b = root(short);
      if (!group.has(a)) group.set(a, a);
      group.set(b, a);
    }
  }
  for (const key of group.keys()) group.set(key, root(key));
  return sf;
}

/** Could the mention name a body: no title, gender or type of a person from its own words? */
function bodyLike(m: Mention): boolean {
  return m.kind === 'name' && m.title === undefined && m.gender === undefined && (m.type === undefined || m.type === 'organization' || m.guessed === true || m.type === 'place');
}

/** The entity of the organisation a mention names by a short or a long form of its name, if the article has linked one. */
export function organisationOfForm(r: Resolution, m: Mention): EntityDraft | undefined {
  if (!bodyLike(m)) return undefined;
  const sf = shortFormsOf(r);
  const key = sf.group.get(m.key);
  return key === undefined ? undefined : sf.entity.get(key);
}

/** Records the entity a mention was linked to as its form group's entity (the first one stays). */
export function noteOrganisationForm(r: Resolution, m: Mention, e: EntityDraft): void {
  if (e.type !== 'organization' || !bodyLike(m)) return;
  const sf = shortFormsOf(r);
  const key = sf.group.get(m.key);
  if (key !== undefined && !sf.entity.has(key)) sf.entity.set(key, e);
}
