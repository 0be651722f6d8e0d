import { z } from 'zod';
import { Span } from './span.js';

export const EntityType = z.enum(['person', 'organization', 'group', 'place']);
export type EntityType = z.infer<typeof EntityType>;

/** Someone or something the article names, with every place it is mentioned. */
export const Entity = z.object({
  /** Stable within one analysis; the knowledge-base id when the entity is known there. */
  id: z.string(),
  /** Canonical name: the knowledge base's, else the longest name the article uses. */
  name: z.string(),
  type: EntityType,
  /** Other names the article or the knowledge base uses for it. */
  aliases: z.array(z.string()),
  /** Every mention resolved to this entity (names, titles, descriptions, pronouns). */
  mentions: z.array(Span),
  /** Set when the entity comes from the knowledge base. */
  kbId: z.string().optional(),
});
export type Entity = z.infer<typeof Entity>;

/** A reference to an entity from a speaker, stance source or target. */
export const EntityRef = z.object({ entityId: z.string(), name: z.string() });
export type EntityRef = z.infer<typeof EntityRef>;
