/**
 * "In Ortiz's view, …", "in his words": an opinion or words framed by their holder's possessive
 * (cues/lexicon.data.ts PHRASE_CUES, read as a frame by reported/inAPoll.ts): the holder is the
 * source, the clause the frame stands in is the report. Only set off by a comma or opening the
 * sentence. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('in X’s view, in X’s words', () => {
  test.each([
    ["In Ortiz's view, the levy will fall on renters.", 'the levy will fall on renters', 'Ortiz'],
    ["In the mayor's words, the levy is a tax on renters.", 'the levy is a tax on renters', 'mayor'],
    ["The levy will fail, in Ortiz's view.", 'The levy will fail', 'Ortiz'],
    ["The levy, in Ortiz's view, will fall on renters.", "The levy, in Ortiz's view, will fall on renters", 'Ortiz'],
    ['Lena Ortiz spoke at length. In her own words, the levy is a mistake.', 'the levy is a mistake', 'Lena Ortiz'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker });
  });

  test.each([
    // no possessive holder, or another noun than the frame's
    ['In a view of the harbor, the boats look small.'],
    ["In the mayor's viewing room, the screens are old."],
    ['In other words, the boats look small.'],
  ])('%s → nothing', (text) => {
    expect(utterancesOf(text)).toEqual([]);
  });

  test('not inside a clause, unset by a comma', () => {
    const us = utterancesOf('Ortiz asked which road floods first in his view of the map.');
    expect(us.filter((u) => u.cue?.text.includes('view'))).toEqual([]);
  });
});
