import type { KnowledgeEntryInput } from '../../model/knowledge.js';
import { peopleAfrica, peopleAmericas, peopleAsiaPacific, peopleMiddleEast } from './people-world.js';
import { peopleEurope, peopleRussiaUkraine, peopleUnitedKingdom } from './people-europe.js';
import { peopleInternational } from './people-international.js';
import { peopleUnitedStates } from './people-us.js';

/** Every built-in person, grouped by region in the files beside this one. */
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
