import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';

/** The lemma wink gives each listed word of the sentence. */
function lemmasOf(text: string, words: readonly string[]): string[] {
  const tokens = readTokens(text).tokens;
  return words.map((w) => tokens.find((t) => t.value === w)?.lemma ?? '(missing)');
}

// wink's lemmatizer is remembered per tag and word: the same word read again, in another
// sentence or with another tag, gets the lemma a first reading gives it.
describe('lemmas of inflected words, read once and read again', () => {
  const rows: [string, string[], string[]][] = [
    ['The senators voted against the bridges.', ['senators', 'voted', 'bridges'], ['senator', 'vote', 'bridge']],
    ['Two mayors praised the ferries and the buses.', ['mayors', 'praised', 'ferries', 'buses'], ['mayor', 'praise', 'ferry', 'bus']],
    ['She votes today; the votes are counted tonight.', ['counted'], ['count']],
    ['The Zorblaxes zorbled quietly.', ['quietly'], ['quietly']],
    // (Names and other words outside the model's lexicon keep their lower-case form as lemma.)
    ['Senator Hales met the Ostlanders in Vardby.', ['Hales', 'Ostlanders', 'Vardby'], ['hales', 'ostlanders', 'vardby']],
  ];
  test.each(rows)('%s', (text, words, lemmas) => {
    const first = lemmasOf(text, words);
    expect(first).toEqual(lemmas);
    // Read in between other texts with the same words in other roles, then again.
    readTokens('Votes, senators, mayors and ferries: the bridges voted nothing.');
    expect(lemmasOf(text, words)).toEqual(first);
  });

  test('a word tagged two ways keeps a lemma per tag', () => {
    const [verb] = lemmasOf('He votes today.', ['votes']);
    const [noun] = lemmasOf('The votes are in.', ['votes']);
    expect(verb).toBe('vote');
    expect(noun).toBe('vote');
  });
});
