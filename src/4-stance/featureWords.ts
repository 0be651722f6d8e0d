import type { Token } from '../adapters/wink.js';
import { QUOTE_MARKS } from './scoring/punctuation.js';
import { wordClass } from '../util/wordClasses.js';

/**
 * The word encoding shared by the two learned models (directedFeatures.ts, targetFeatures.ts):
 * one design, so that a word feature means the same thing in both. Names become `<name>` and
 * numbers `<num>` (a model must learn what is said of a name, not the name), other words their
 * lemma.
 */
export function featureWord(t: Token): string {
  return t.pos === 'PROPN' ? '<name>' : t.pos === 'NUM' ? '<num>' : t.lemma;
}

/** Quotation marks, straight and curly, single and double, and guillemets: the stance rules' QUOTE_MARKS (one list). */
export const QUOTES: ReadonlySet<string> = QUOTE_MARKS;
/** Is the token one of QUOTES? (A mark has no case: its lower-case form is the mark.) */
export const isQuoteMark = wordClass('lower', () => QUOTES);

/** Whether tokens[i] is a possessive "'s" / "’s". */
export function isPossessive(tokens: readonly Token[], i: number): boolean {
  const l = tokens[i]?.lower;
  return l === "'s" || l === '’s';
}
