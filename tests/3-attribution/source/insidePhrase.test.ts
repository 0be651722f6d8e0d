/**
 * A cue phrase that holds its source ("in the survey", "in a poll released Monday") names no one
 * when no name stands inside it: the phrase itself is credited (sieve 07), not the subject before
 * it (source.ts findSource). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('a source phrase with no name inside', () => {
  test.each([
    ['Lopez is ahead of Ruiz with teachers, 52 to 44 percent, in the survey.', 'Lopez is ahead of Ruiz with teachers, 52 to 44 percent', 'survey'],
    ['In a poll released Monday, 50 percent of farmers chose Lopez.', '50 percent of farmers chose Lopez', 'poll'],
    // a name inside the phrase is still its source
    ['In a Harbor Ledger poll, 50 percent of farmers chose Lopez.', '50 percent of farmers chose Lopez', 'Harbor Ledger'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });

  test('a noun phrase with "in the polls" inside it frames no report', () => {
    const us = utterancesOf("Despite Ruiz's lead among farmers, Lopez may not need to travel far.");
    expect(us.filter((u) => u.speaker?.name === 'Ruiz')).toEqual([]);
  });
});
