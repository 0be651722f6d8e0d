import { z } from 'zod';
import { EntityType } from './entity.js';

/** An office held for a time: "president" of "Russia" from 2012. Years are inclusive; `to` absent = still held. */
export const Office = z.strictObject({
  /** Lower-case role noun as articles use it: "president", "prime minister", "secretary of state", "spokesperson". */
  role: z.string().min(1),
  /** The country, organisation or body the office belongs to: "Russia", "United States", "NATO". */
  of: z.string().min(1).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});
export type Office = z.infer<typeof Office>;

/** One person, organisation, group or place that plaudit knows by name. */
export const KnowledgeEntry = z.strictObject({
  /** Stable kebab-case id, used as the entity id in analyses and graphs. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string().min(1)).default([]),
  gender: z.enum(['male', 'female']).optional(),
  offices: z.array(Office).default([]),
  /** Demonyms and adjectives for places and countries: "Russian", "American". */
  adjectives: z.array(z.string().min(1)).default([]),
});
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;
export type KnowledgeEntryInput = z.input<typeof KnowledgeEntry>;

export const KnowledgeBase = z.array(KnowledgeEntry);
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
