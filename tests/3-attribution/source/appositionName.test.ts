/**
 * A description, then the name in apposition, then the cue: the name speaks (source/apposition.ts).
 * A name inside the description, as the object of its participle ("a group backing Governor
 * Price"), is not the one the apposition renames; an adjective before the name's title ("former
 * Governor Dana Quist") still opens the name. A name that opens the sentence keeps its apposition.
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('the name in apposition after a description', () => {
  test.each([
    ['The head of a group backing Governor Price for mayor, Dana Quist, praised the plan on Friday.', 'the plan', 'Dana Quist'],
    ['The second speaker at the forum, former Governor Dana Quist, said that the plan would cost jobs.', 'would cost jobs', 'Governor Dana Quist'],
    ['The party\'s chairman, Tom Reyes, said the plan would cost jobs.', 'would cost jobs', 'Tom Reyes'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // The name opens the sentence: the description after it is its apposition.
    ['Governor Price, the former mayor, said the plan would cost jobs.', 'would cost jobs', 'Governor Price'],
    ['Dana Quist, a lawyer who backs Governor Price, said the plan would cost jobs.', 'would cost jobs', 'Dana Quist'],
  ])('%s → stays %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
