/**
 * "in a statement" frames (cues/lexicon.ts framePhrases) match the frame noun's written forms only:
 * "in a poll released Monday" is a poll's finding, not an "in a release" frame whose phrase
 * swallowed the poll; plurals are still read ("in his speeches"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('frame nouns by their written forms', () => {
  test.each([
    ['In a Harbor Ledger poll released Monday, Ortiz led Reyes by ten points.', 'Ortiz led Reyes by ten points', 'Harbor Ledger'],
    ['In a Ledger survey posted Friday, most farmers backed the levy.', 'most farmers backed the levy', 'Ledger'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });

  test.each([
    ['In his speeches, Ortiz said the bridge would close.', 'the bridge would close', 'Ortiz'],
    ['In a statement released Monday, Ortiz said the bridge would close.', 'the bridge would close', 'Ortiz'],
    ['In a press release, the ferry company said fares would rise.', 'fares would rise', 'ferry company'],
  ])('%s (unchanged)', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });

  test('a released thing that is no frame reports nothing', () => {
    expect(utterancesOf('In a film released Monday, the harbor looks calm.')).toEqual([]);
  });
});
