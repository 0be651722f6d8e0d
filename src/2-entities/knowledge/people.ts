import type { KnowledgeEntryInput } from '../../model/knowledge.js';
import { peopleAfrica, peopleAmericas, peopleAsiaPacific, peopleMiddleEast } from './peopleWorld.js';
import { peopleEurope, peopleRussiaUkraine, peopleUnitedKingdom } from './peopleEurope.js';
import { peopleInternational } from './peopleInternational.js';
import { peopleUnitedStates } from './peopleUs.js';

/**
 * Every built-in person, grouped by region in the files beside this one. Aliases are the
 * variants news actually prints (full name with middle initial, transliterations, nicknames
 * such as "Bibi" or "AOC", "45" and "46"); titles ("President Putin") are derived from the
 * offices, not listed. A surname that is also a common word or first name (Key, Power, Bishop,
 * Jordan, Sharon) is left out, because it would match far more often than the person does.
 */
export const people: KnowledgeEntryInput[] = [
  ...peopleUnitedStates,
  ...peopleUnitedKingdom,
  ...peopleRussiaUkraine,
  ...peopleEurope,
  ...peopleAsiaPacific,
  ...peopleMiddleEast,
  ...peopleAfrica,
  ...peopleAmericas,
  ...peopleInternational,
];
