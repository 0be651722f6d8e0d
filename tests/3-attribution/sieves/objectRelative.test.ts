/**
 * A cue in a restrictive relative clause after the main clause's verb ("met farmers who said …"):
 * its report runs to the end of the sentence and stands, credited to the relative's antecedent
 * (a mention, or the common noun before "who"), never to the main clause's subject (sieves/07-reportedSpeech.ts). Before
 * the main verb ("Voters who said … made up"), the report would run into that verb: nothing.
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [text, speaker] of the indirect report whose cue is `cue`, or null. */
function reportOf(text: string, cue: string): [string, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.kind === 'indirect' && x.cue?.text === cue);
  return u ? [u.text, u.speaker?.name ?? null] : null;
}

describe('a report in a relative clause after the main verb', () => {
  test.each([
    // ("who" names a person: the common noun before it is the antecedent, see relativePronoun.test.ts.)
    ['The mayor met farmers who said the levee was too low.', 'said', ['the levee was too low', 'farmers']],
    ['Reyes hired Mayor Ortiz who said the port was safe.', 'said', ['the port was safe', 'Ortiz']],
  ])('%s', (text, cue, expected) => {
    expect(reportOf(text, cue)).toEqual(expected);
  });

  test.each([
    // Before the main verb, the report would run into it.
    ['Voters who said they were undecided made up a fifth of the sample.', 'said'],
    ['Residents who believe the river is clean swim in it every summer.', 'believe'],
  ])('nothing: %s', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});
