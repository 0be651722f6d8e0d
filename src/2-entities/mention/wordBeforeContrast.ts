/**
 * "Dialogue, not threats, is what we need": a capitalised word that opens a sentence and is set
 * off by a comma before a contrast ("not …") is the subject of the sentence written with a capital
 * for its place, a common noun, no name. The caller asks this only of a word no lexicon knows and
 * the text never capitalises inside a sentence.
 */
import type { Token } from '../../adapters/wink.js';

/**
 * Is the token at `comma` a comma that opens a contrast of common nouns ("not threats,")? (A
 * speaker's aside after the word, "Patience, he said, …", is no sign: an unknown name takes
 * that place as often, "Norvalis, the company said, would appeal".)
 */
export function contrastAfterWord(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.value !== ',') return false;
  const first = tokens[comma + 1];
  if (!first || first.sentence !== tokens[comma]!.sentence) return false;
  // "not threats": a contrast of common nouns ("Ostland, not Westmark," contrasts two names).
  return first.lower === 'not' && tokens[comma + 2] !== undefined && !/^\p{Lu}/u.test(tokens[comma + 2]!.value);
}
