import { isGivenName } from '../../adapters/compromise.js';
import type { Entity } from '../../model/index.js';
import { NOT_ENTITY_HEADS } from '../../vocabulary/notNames.js';
import { STATE_ACTOR_HEADS } from '../../vocabulary/organisations.js';
import { GEOGRAPHIC_HEADS } from '../../vocabulary/stanceWords.js';
import { PLACE_NAME_LAST_WORDS } from '../../vocabulary/places.js';

/** Why an entity cannot be praised or criticised, or undefined when it can. */
export type NotJudgeable = 'contraction' | 'place' | 'thing' | 'case';

/**
 * Whether an entity can be the target of a stance: people, organisations, groups, countries
 * ("Russian aggression" judges Russia), and places that act like one (a territory of the knowledge
 * base with a demonym of its own: "Crimean"). Not a place as a place (a city, a region, a mountain
 * range: a place entity with no demonym of its own, or a name ending in a geographic head, unless a person's surname), not a
 * work, a law or an event (a name ending in a head of NOT_ENTITY_HEADS, unless an organisation whose
 * head names a state as an actor: "Islamic State", STATE_ACTOR_HEADS), not a court case ("Roe v.
 * Wade": a name once followed by "v.", unless a person of the story too), not a
 * contraction read as a name ("I’m").
 */
export function notJudgeable(e: Entity, text: string, placeOfAdjective: ReadonlyMap<string, string> | undefined): NotJudgeable | undefined {
  const words = e.name.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (/^\p{L}+['’](m|re|ve|ll|d)$/u.test(e.name) || /^i['’]/iu.test(e.name)) return 'contraction';
  if (GEOGRAPHIC_HEADS.has(last) && !surnameOfPerson(e, words)) return 'place';
  // ("Islamic State": a body named with a head that names a state as an actor is one.)
  if (NOT_ENTITY_HEADS.has(last) && e.type !== 'person' && e.type !== 'role' && !(e.type === 'organization' && STATE_ACTOR_HEADS.has(last))) return 'thing';
  // "Turkish-Libyan": a compound of demonyms is an adjective, not a name.
  if (placeOfAdjective && words.length === 1 && e.name.includes('-') && e.name.split('-').every((w) => placeOfAdjective.has(w.toLowerCase()))) return 'thing';
  // An acronym typed as a place ("the PKK") names a body that acts, not a location.
  if (e.type === 'place' && !/^[\p{Lu}\d-]{2,}$/u.test(e.name) && !actingPlace(e, placeOfAdjective)) return 'place';
  if (e.mentions.some((m) => CASE_NAME.test(text.slice(m.end, m.end + 5))) && !personOutsideCase(e, text)) return 'case';
  return undefined;
}

/**
 * A person's surname that is also a geographic head: "Linda Park", "President Park" (one word,
 * typed a person by its title), "Min-jun Park", "Sara Hills" (a given name first). "Rocky
 * Heights" typed a person is a place the entity stage mistyped.
 */
function surnameOfPerson(e: Entity, words: readonly string[]): boolean {
  if (e.type !== 'person') return false;
  // (The entity stage types a name ending in a place's last word a place unless a given name opens
  // it: one still typed a person with such a word, "Rocky Heights", is a mistyped place.)
  return words.length === 1 || isGivenName(words[0]!.toLowerCase()) || !PLACE_NAME_LAST_WORDS.has(words[words.length - 1]!.toLowerCase());
}

const CASE_NAME = /^\s*(v\.|vs\.?)\s/u;
const GENDERED = /^(he|she|him|her|his|hers)$/iu;

/**
 * A party to a case who is a person of the story too: named outside the case name and referred to
 * as "he" or "she" ("Smith v. Jones … Smith sued the city; she said …"). "Roe" in "overturning
 * Roe" names the ruling, not a person, and no "she" points at it.
 */
function personOutsideCase(e: Entity, text: string): boolean {
  if (e.type !== 'person') return false;
  const outside = e.mentions.some((m) => /^\p{Lu}/u.test(text.slice(m.start, m.end)) && !CASE_NAME.test(text.slice(m.end, m.end + 5)));
  return outside && e.mentions.some((m) => GENDERED.test(text.slice(m.start, m.end)));
}

/** A place that acts: one whose name or alias has a demonym of its own in the knowledge base ("Russian" for Russia). */
function actingPlace(e: Entity, placeOfAdjective: ReadonlyMap<string, string> | undefined): boolean {
  if (!placeOfAdjective) return true;
  const acting = actingPlacesOf(placeOfAdjective);
  return acting.has(e.name) || e.aliases.some((a) => acting.has(a));
}

const actingPlaces = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

/** The places with a demonym other than their own name, once per table (not a scan of it per entity). */
function actingPlacesOf(placeOfAdjective: ReadonlyMap<string, string>): ReadonlySet<string> {
  let set = actingPlaces.get(placeOfAdjective);
  if (!set) {
    const out = new Set<string>();
    for (const [adjective, place] of placeOfAdjective) if (adjective !== place.toLowerCase()) out.add(place);
    actingPlaces.set(placeOfAdjective, (set = out));
  }
  return set;
}
