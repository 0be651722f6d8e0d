import type { TokenDoc } from '../adapters/wink.js';
import type { Entity, Utterance } from '../model/index.js';

/** What the stance stage reads: the tokens, the attributed utterances and the resolved entities. */
export interface StanceInput {
  readonly doc: TokenDoc;
  /** Attributed utterances; only those with a speaker can hold a stance. */
  readonly utterances: readonly Utterance[];
  /** Entities with every mention resolved (names, titles, descriptions, pronouns). */
  readonly entities: readonly Entity[];
  /**
   * Lower-case adjectives and demonyms of places ("russian", "north korean") → the place's name,
   * from the knowledge base: "Russian aggression" judges Russia when Russia is an entity here.
   */
  readonly placeOfAdjective?: ReadonlyMap<string, string>;
  readonly articleId?: string;
  readonly date?: string;
}
