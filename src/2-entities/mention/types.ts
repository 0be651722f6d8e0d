import type { EntityType } from '../../model/entity.js';

export type MentionKind = 'name' | 'role' | 'group' | 'pronoun';

/** A phrase that refers to someone: a name, a role or description, a group, or a pronoun. */
export interface Mention {
  /** The whole phrase, title and determiner included ("the Russian president", "President Putin"). */
  readonly start: number;
  readonly end: number;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly kind: MentionKind;
  /** For names: the name without its title ("Vladimir Putin"); for roles: the role noun ("president"). */
  readonly text: string;
  /** Lower-case look-up key of `text`. */
  readonly key: string;
  /** Lower-case title before a name, or the role noun of a role mention. */
  readonly title?: string;
  /** Country or body the phrase ties the person to: "Russia" for "the Russian president". */
  readonly of?: string;
  /** A capitalised qualifier that is not a country: "Kremlin" in "a Kremlin spokesperson". */
  readonly qualifier?: string;
  readonly type?: EntityType;
  /** For names: the type is a guess from the length of the name alone (two to four capitalised words, nothing known). */
  readonly guessed?: boolean;
  readonly gender?: 'male' | 'female';
  /** Innermost quote around the mention, or -1. */
  readonly quote: number;
  readonly sentence: number;
  /** "former", "then-" or an indefinite article make a role mention weaker evidence. */
  readonly indefinite?: boolean;
  /** Followed by 's. */
  readonly possessive: boolean;
  /** A verb follows (after adverbs): the mention is probably a grammatical subject. */
  readonly subject: boolean;
  /** A preposition stands right before it: the mention is probably not a subject. */
  readonly afterPreposition: boolean;
  /** An "it" that refers to nothing: "it is hard to say", "it's a shame" (a copula, then an adjective or a noun phrase). */
  readonly expletive?: boolean;
  /** A "their" bound to the plural object of its verb ("praised the rebels for their courage"): objectPossessive.ts. */
  readonly boundToObject?: boolean;
  /** A name in a wire dateline's place line ("ORVELLE, May 2 (Wire) —"): a place, and no part of the sentence after it (datelines.ts). */
  readonly inDateline?: boolean;
}

/** Builds a mention from its token range and the fields the reader found (the rest is derived). */
export type Make = (first: number, last: number, fields: Omit<Mention, 'start' | 'end' | 'first' | 'last' | 'quote' | 'sentence' | 'possessive' | 'subject' | 'afterPreposition'>) => Mention;
