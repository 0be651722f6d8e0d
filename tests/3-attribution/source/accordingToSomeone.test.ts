/**
 * "according to someone in attendance": an indefinite pronoun after "according to", with the
 * prepositional phrase right after it, is the source (source/accordingTo.ts someoneAfter).
 * Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('an indefinite pronoun after "according to" is the source', () => {
  test.each([
    ['The mayor called Hale a threat, according to someone in attendance.', 'The mayor called Hale a threat', 'someone in attendance'],
    ['According to somebody at the meeting, the vote was delayed.', 'the vote was delayed', 'somebody at the meeting'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A quantifier of people is no indefinite pronoun here: no source is made up from it.
    ['According to some on the council, the vote was delayed.', 'the vote was delayed', null],
  ])('no source: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
