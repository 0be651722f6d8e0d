/**
 * Stage 2b, resolution: groups the article's mentions into entities, by sieves that run in the
 * order below, each seeing what the earlier ones linked. Names come first (full names make
 * entities, single names join them or the knowledge base), then roles, descriptions and groups
 * (by office, title and date), then third-person pronouns outside quotes by salience: the
 * nearest compatible entity, preferring the subjects of recent sentences, as a reader does.
 *
 * Where each rule lives:
 *   resolution/01-fullNames.ts        "Vladimir Putin", "Bank of England"
 *   resolution/01b-acronyms.ts        "the North Atlantic Fisheries Council (NAFC)": the acronym is the body's name
 *   resolution/02-singleNames.ts      "Putin" (surname, first name, knowledge base)
 *   resolution/03-rolesAndGroups.ts  "a Kremlin spokesperson", "officials", "the president", "the former officer"
 *   resolution/04-pronouns.ts          "he", "it", "they" outside quotes
 *   resolution/salience.ts             antecedent choice (also used by the speaker stage)
 *   resolution/context.ts              the shared look-ups and create / link / pick
 *   resolution/addEntity.ts            entities found by later stages
 *   resolution/organisationDescription.ts  "the court", "the company": the organisation named (sieve 3 and the speaker stage)
 *   resolution/organisationShortForms.ts   "Calder" for "Calder Air", "Norvik Air" for "Norvik Air of Ruritania" (sieves 1 and 2)
 */
import type { Segmentation } from '../1-segment/segment.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';
import type { Mention } from './mentions.js';
import { fullNames } from './resolution/01-fullNames.js';
import { acronyms } from './resolution/01b-acronyms.js';
import { singleNames } from './resolution/02-singleNames.js';
import { rolesAndGroups } from './resolution/03-rolesAndGroups.js';
import { thirdPersonPronouns } from './resolution/04-pronouns.js';
import { startResolution, type Resolution } from './resolution/context.js';
import { assignIds } from './resolution/ids.js';
import type { EntityIndex } from './resolution/types.js';

export type { EntityDraft, EntityIndex } from './resolution/types.js';
export { displayName } from './resolution/context.js';
export { mostSalient, resolvePronoun } from './resolution/salience.js';
export { addEntity, mentionIndex } from './resolution/addEntity.js';

/** A resolution sieve: links some of the still unresolved mentions. */
export type Sieve = (r: Resolution) => void;

/** The sieves, in the order they run. */
export const SIEVES: readonly Sieve[] = [
  fullNames, //           1. names of two words or more
  acronyms, //            1b. "Full Name (ACR)": the acronym names the full name's entity
  singleNames, //         2. one-word names
  rolesAndGroups, //      3. roles, descriptions, groups (its own rules: ROLE_RULES)
  thirdPersonPronouns, // 4. he, she, it, they
];

/**
 * The entities of an article: every mention linked to its entity (or left at -1), the entities
 * sorted mentions and stable ids.
 */
export function resolveEntities(seg: Segmentation, mentions: readonly Mention[], kb: KnowledgeIndex, year: number | undefined): EntityIndex {
  const r = startResolution(seg, mentions, kb, year);
  for (const sieve of SIEVES) sieve(r);
  for (const e of r.index.entities) e.mentions.sort((a, b) => a.start - b.start);
  assignIds(r.index.entities);
  return r.index;
}
