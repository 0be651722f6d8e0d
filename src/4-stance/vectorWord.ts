import type { Token } from '../adapters/wink.js';

/**
 * The word classes whose words carry a word vector: the ones a judgement is made of. Not nouns: with
 * them the target model gained more out of fold (scripts/train-stance.mjs) but read the topic of a
 * sentence ('charity', 'million') as the verdict on its target when the verb was one the table
 * does not know.
 */
const JUDGING = new Set(['VERB', 'ADJ', 'ADV', 'INTJ']);

/**
 * The key of a token in the word-vector table (src/data/wordVectors.json): the lemma of a verb,
 * adjective, adverb or interjection; undefined for nouns, names, numbers, function words and
 * punctuation. One definition for the table's vocabulary (scripts/derive-word-vectors.mjs) and
 * for its readers.
 */
export function vectorWord(t: Token): string | undefined {
  return JUDGING.has(t.pos) ? t.lemma : undefined;
}
