/**
 * A participle wink tags an adjective ("promising") is the cue verb it comes from when what
 * follows is what the verb takes, "to" or a noun phrase (issue 13, read on PolNeAR train: about
 * a dozen campaign promises were missed); before a comma, the sentence end or after a determiner
 * it stays an adjective. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** [cue, text] of the indirect reports. */
function reports(text: string): [string | undefined, string][] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').map((u) => [u.cue?.text, u.text]);
}

describe('"promising" as the verb "promise" (cues/matchCue.ts, CUE_FORMS)', () => {
  test.each([
    ['Vale toured the county on Monday, promising to lower taxes for farmers.', [['promising', 'to lower taxes for farmers']]],
    ['Reyes is promising lower rents and more buses.', [['promising', 'lower rents and more buses']]],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    ['It was a promising start for the new ferry.'],
    ['The early results are very promising.'],
  ])('an adjective: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('before a comma it is no cue: only the say-verb reports', () => {
    expect(reports('The results look promising, the mayor said.')).toEqual([['said', 'The results look promising']]);
  });
});
