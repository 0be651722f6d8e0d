/**
 * A participle cue after a clause ("…, saying …") takes the subject of the clause's verb
 * (source/inherited.ts, nounPhrase.ts mainClauseVerb). A form in -ed right after a noun is read
 * as a participle ("the report released last week"), but when the clause has no other verb it is
 * the clause's verb: "The nurses marched on Monday, saying …". Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('an -ed verb after a noun, with no other verb in its clause, is the clause’s verb', () => {
  test.each([
    ['The nurses marched on Monday, saying the deal was unfair.', 'the deal was unfair', 'nurses'],
    ['The nurses walked out on Monday, saying the deal was unfair.', 'the deal was unfair', 'nurses'],
    ['The farmers protested outside the ministry, demanding lower fees.', 'lower fees', 'farmers'],
    ['The Ostland union criticised Hale’s refusal to meet, accusing him of “hiding”.', 'him of', 'Ostland union'],
  ])('%s → %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    // Another verb in the clause is its verb: the -ed form stays a participle.
    ['The report released last week criticised the council, saying the roads were unsafe.', 'the roads were unsafe', 'report'],
    ['The plan unveiled on Monday divided the council, with critics saying it was rushed.', 'it was rushed', 'critics'],
  ])('unchanged: %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});
