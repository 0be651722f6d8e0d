import { z } from 'zod';
import { Span } from './span.js';

/**
 * What an entity is. `country` and `place` are told apart because news treats them differently:
 * a country (a sovereign state, or another polity with a government of its own: "Taiwan", "the
 * Holy See", "Scotland") acts through its government — "Russia said", "criticised China" — and is
 * a speaker and a stance target like a body; a `place` (a city, a region, a US state or a
 * province, a natural feature, "Earth") is somewhere, not someone. US states and provinces are
 * places: in news they are where things happen, and when they act it is through a governor or a
 * legislature that the text names ("the Florida governor said"), seldom as "Florida said".
 * Either is a location after "in", "at", "across" ("the talks in Ruritania").
 *
 * A `role` is someone the article names only by a common noun: "a protester", "the spokeswoman",
 * "a senior official", "the ad's narrator". It is a person who is not identified, so it is not a
 * `person` (whose name says who they are): a corpus graph never merges two articles' roles, and a
 * ranking of people can leave them out. Quantified people ("no one", "everyone") are a `group`.
 */
export const EntityType = z.enum(['person', 'role', 'organization', 'group', 'country', 'place', 'document', 'thing']);
export type EntityType = z.infer<typeof EntityType>;

/** Someone or something the article names, with every place it is mentioned. */
export const Entity = z.object({
  /** Stable within one analysis; the knowledge-base id when the entity is known there, else derived from its name. */
  id: z.string().describe('Stable within one analysis; the knowledge-base id when the entity is known there, else derived from its name.'),
  /** Canonical name: the knowledge base's (without its diacritics when the article writes the name without them: "Viktor Orban"), else the longest name the article uses. */
  name: z.string().describe("Canonical name: the knowledge base's (without its diacritics when the article writes the name without them), else the longest name the article uses."),
  /**
   * `person`, `role` (someone named only by a common noun: "a protester", "the spokeswoman"),
   * `organization`, `group` (a party, "Democrats", "protesters"), `country` (a state
   * that acts through its government: "Russia said"), `place` (a city, a region, a natural
   * feature: somewhere, not someone), `document` (a report, a poll, a ruling, a clip that speaks for its author) or `thing`
   * (any other common noun a source phrase may name: "the move"; never a person).
   */
  type: EntityType.describe('person, role (someone named only by a common noun: "a protester", "the spokeswoman"), organization, group (a party, "Democrats", "protesters"), country (a state that acts through its government), place (a city, a region, a natural feature), document (a report, a poll, a ruling, a clip) or thing (another common noun, never a person).'),
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
