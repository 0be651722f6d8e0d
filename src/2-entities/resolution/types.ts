import type { EntityType } from '../../model/entity.js';
import type { KnowledgeEntry } from '../../model/knowledge.js';
import type { Span } from '../../model/span.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import type { Mention } from '../mentions.js';

/** An entity while the article is being read: its mentions grow as later stages resolve more. */
export interface EntityDraft {
  readonly index: number;
  id: string;
  name: string;
  type: EntityType;
  readonly aliases: Set<string>;
  readonly mentions: Span[];
  kb?: KnowledgeEntry;
  gender?: 'male' | 'female';
  /** Titles and roles the article gives it ("president"), and the bodies they belong to. */
  readonly titles: Set<string>;
  readonly of: Set<string>;
  /** Lower-case words of its name, for surname and first-name matches. */
  words: string[];
  /** An outlet (newspaper, broadcaster, agency): its "it wrote" is a source, never a speaker's employer. */
  outlet: boolean;
  /** The article's own spelling of the name has been chosen. */
  named?: boolean;
}

/** Entities of the article and which entity each mention refers to (-1: unresolved). */
export interface EntityIndex {
  readonly entities: EntityDraft[];
  readonly mentions: readonly Mention[];
  readonly entityOf: Int32Array;
  /** Mention index of every token, or -1. */
  readonly mentionAt: Int32Array;
  readonly year?: number;
  readonly kb: KnowledgeIndex;
}

/** People by the last and first words of their names (and one-word knowledge-base aliases). */
export interface PeopleIndex {
  readonly byLast: Map<string, EntityDraft[]>;
  readonly byFirst: Map<string, EntityDraft[]>;
}

/** Mentions back that antecedent searches look at, at most: a run-on "sentence" of thousands stays linear. */
export const MAX_CANDIDATES = 60;

/** Sentences back that a pronoun or a description looks for its antecedent. */
export const LOOKBACK = 4;
