/**
 * "Dialogue, not threats, is what we need", "Patience, the minister said, was running out": a
 * capitalised word that opens a sentence and is set off by a comma before a contrast ("not …")
 * or a speaker's aside ("he said,", "Senator Hale added,") is the subject of the sentence written
 * with a capital for its place, a common noun, no name. A name in that place ("Hale, he said,
 * was …") is rare, and is then nearly always written elsewhere in the text too, so the caller
 * asks this only of a word no lexicon knows and the text never capitalises inside a sentence.
 */
import type { Token } from '../../adapters/wink.js';
import { REPORTING_VERBS } from '../../vocabulary/politicalLexicon.js';
import { SUBJECT_PRONOUNS } from '../../vocabulary/pronouns.js';
import { DETERMINERS } from '../../vocabulary/determiners.js';

/** Words the speaker of an aside may have before the verb: "the prime minister", "Senator Tom Hale", "he". */
const ASIDE_SPEAKER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'PRON', 'DET']);
/** The longest speaker of an aside, in words. */
const MOST_SPEAKER_WORDS = 5;

/** Is the token at `comma` a comma that opens a contrast ("not threats,") or a speaker's aside ("he said,")? */
export function asideAfterWord(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.value !== ',') return false;
  const first = tokens[comma + 1];
  if (!first || first.sentence !== tokens[comma]!.sentence) return false;
  // "not threats": a contrast of common nouns ("Ostland, not Westmark," contrasts two names).
  if (first.lower === 'not') return tokens[comma + 2] !== undefined && !/^\p{Lu}/u.test(tokens[comma + 2]!.value);
  if (!SUBJECT_PRONOUNS.has(first.lower) && !DETERMINERS.has(first.lower) && first.pos !== 'PROPN') return false;
  for (let k = comma + 1; k <= comma + 1 + MOST_SPEAKER_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > comma + 1 && t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) return tokens[k + 1]?.value === ',';
    if (!ASIDE_SPEAKER_POS.has(t.pos)) return false;
  }
  return false;
}
