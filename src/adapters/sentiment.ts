/**
 * The only file that imports the `sentiment` package. It hands out a fresh copy of its
 * AFINN-165 word list, so that no caller can ever mutate the package's own object (the
 * package shares one lexicon between all its users).
 *
 * We read the list rather than call `Sentiment#analyze`, because the package tokenises on its
 * own (lower-casing, stripping punctuation) and plaudit needs scores attached to wink's tokens,
 * whose offsets are exact.
 */
import en from 'sentiment/languages/en/index.js';

/** AFINN-165: word → integer valence in -5..5, as a new Map on every call. */
export function afinnLexicon(): Map<string, number> {
  const labels = (en as { labels: Record<string, number> }).labels;
  const copy = new Map<string, number>();
  for (const word of Object.keys(labels)) {
    const v = labels[word];
    if (typeof v === 'number') copy.set(word, v);
  }
  return copy;
}
