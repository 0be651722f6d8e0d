import { z } from 'zod';
import { Span } from './span.js';

export const EntityType = z.enum(['person', 'organization', 'group', 'place', 'document', 'thing']);
export type EntityType = z.infer<typeof EntityType>;

/** Someone or something the article names, with every place it is mentioned. */
export const Entity = z.object({
  /** Stable within one analysis; the knowledge-base id when the entity is known there, else derived from its name. */
  id: z.string().describe('Stable within one analysis; the knowledge-base id when the entity is known there, else derived from its name.'),
  /** Canonical name: the knowledge base's (without its diacritics when the article writes the name without them: "Viktor Orban"), else the longest name the article uses. */
  name: z.string().describe("Canonical name: the knowledge base's (without its diacritics when the article writes the name without them), else the longest name the article uses."),
  /**
   * `person`, `organization`, `group` (a party, "Democrats", "protesters"), `place` (a country, a
   * city), `document` (a report, a poll, a ruling, a clip that speaks for its author) or `thing`
   * (any other common noun a source phrase may name: "the move"; never a person).
   */
  type: EntityType.describe('person, organization, group (a party, "Democrats", "protesters"), place (a country, a city), document (a report, a poll, a ruling, a clip) or thing (another common noun, never a person).'),
  /** Other names the article or the knowledge base uses for it, sorted; the canonical name left out. */
  aliases: z.array(z.string()).describe('Other names the article or the knowledge base uses for it, sorted; the canonical name left out.'),
  /** Every mention resolved to this entity (names, titles, descriptions, pronouns), in text order, no duplicates; spans in UTF-16 code units, end exclusive. */
  mentions: z.array(Span).describe('Every mention resolved to this entity (names, titles, descriptions, pronouns), in text order, no duplicates; spans in UTF-16 code units, end exclusive.'),
  /** The knowledge-base entry's id, set when the entity comes from the knowledge base. */
  kbId: z.string().optional().describe("The knowledge-base entry's id, set when the entity comes from the knowledge base."),
});
/**
 * Someone or something the article names, with every place it is mentioned.
 * @useDeclaredType
 */
export type Entity = z.infer<typeof Entity>;

/** A reference to an entity from a speaker, stance source or target. */
export const EntityRef = z.object({
  /** The `id` of the entity in the same analysis (`Analysis.entities`), or of the graph node. */
  entityId: z.string().describe('The id of the entity in the same analysis (Analysis.entities), or of the graph node.'),
  /** The entity's canonical name, copied for reading without a lookup. */
  name: z.string().describe("The entity's canonical name, copied for reading without a lookup."),
});
/**
 * A reference to an entity from a speaker, stance source or target.
 * @useDeclaredType
 */
export type EntityRef = z.infer<typeof EntityRef>;
