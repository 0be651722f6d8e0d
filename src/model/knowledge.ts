import { z } from 'zod';
import { EntityType } from './entity.js';

/** An office held for a time: "president" of "Russia" from 2012. Years are inclusive; `to` absent = still held. */
export const Office = z.strictObject({
  /** Lower-case role noun as articles use it: "president", "prime minister", "secretary of state", "spokesperson". */
  role: z.string().min(1).describe('Lower-case role noun as articles use it: "president", "prime minister", "secretary of state", "spokesperson".'),
  /** The country, organisation or body the office belongs to: "Russia", "United States", "NATO". */
  of: z.string().min(1).optional().describe('The country, organisation or body the office belongs to: "Russia", "United States", "NATO".'),
  /** First year in office (inclusive); absent = since always, as far as plaudit knows. */
  from: z.number().int().optional().describe('First year in office (inclusive); absent = since always, as far as plaudit knows.'),
  /** Last year in office (inclusive); absent = still held. */
  to: z.number().int().optional().describe('Last year in office (inclusive); absent = still held.'),
});
/**
 * An office held for a time; years inclusive.
 * @useDeclaredType
 */
export type Office = z.infer<typeof Office>;

/** One person, organisation, group or place that plaudit knows by name. */
export const KnowledgeEntry = z.strictObject({
  /** Stable kebab-case id, used as the entity id in analyses and graphs. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id').describe('Stable kebab-case id, used as the entity id in analyses and graphs.'),
  /** Canonical name, as analyses show it: "Vladimir Putin". */
  name: z.string().min(1).describe('Canonical name, as analyses show it: "Vladimir Putin".'),
  /** `person`, `organization`, `group`, `country` (a state that acts: "Russia said") or `place` (a city, a region: somewhere, not someone); `document` or `thing` for the rest. */
  // (A knowledge-base entry names someone: `role`, someone the text does not name, is no entry's type.)
  type: EntityType.exclude(['role']).describe('person, organization, group, country (a state that acts), place (a city, a region), document or thing.'),
  /** Other names articles use: "Putin", "Vladimir Vladimirovich Putin". Default none. */
  aliases: z.array(z.string().min(1)).default([]).describe('Other names articles use: "Putin", "Vladimir Vladimirovich Putin". Default none.'),
  /** For people: resolves "he" and "she" to them. Absent: either pronoun may. */
  gender: z.enum(['male', 'female']).optional().describe('For people: resolves "he" and "she" to them. Absent: either pronoun may.'),
  /** Offices held, with years: resolve "the president" or "the Russian president" by the article's date. Default none. */
  offices: z.array(Office).default([]).describe('Offices held, with years: resolve "the president" or "the Russian president" by the article date. Default none.'),
  /** Demonyms and adjectives for places and countries: "Russian", "American". */
  adjectives: z.array(z.string().min(1)).default([]).describe('Demonyms and adjectives for places and countries: "Russian", "American".'),
});
/**
 * One person, organisation, group or place that plaudit knows by name (defaults applied).
 * @useDeclaredType
 */
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;
/**
 * A knowledge-base entry as users write it: `aliases`, `offices` and `adjectives` may be left out.
 * @useDeclaredType
 */
export type KnowledgeEntryInput = z.input<typeof KnowledgeEntry>;

export const KnowledgeBase = z.array(KnowledgeEntry);
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
