/**
 * A verb phrase cue whose first word the tagger reads as a noun ("Hale shot back") is still a cue
 * right after a name or a subject pronoun, which no noun follows (anchors.ts); elsewhere such a
 * word stays a noun ("a cheap shot back in May"). Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** [cue, speaker] of the utterance that holds `words`, or null. */
function cueAndSpeaker(text: string, words: string): [string | null, string | null] | null {
  const u = analyze(text).utterances.find((x) => x.text.includes(words));
  return u ? [u.cue?.text ?? null, u.speaker?.name ?? null] : null;
}

describe('"shot back" after its subject', () => {
  test.each([
    ['After Mayor Voss mocked the budget at the hearing, Lena Hale shot back, “Perhaps the mayor should read it first.”', 'Perhaps the mayor', ['shot back', 'Lena Hale']],
    ['Senator Lena Hale was asked about the port. She shot back that the port was safe.', 'the port was safe', ['shot back', 'Lena Hale']],
  ])('%s', (text, words, expected) => {
    expect(cueAndSpeaker(text, words)).toEqual(expected);
  });

  test.each([
    ['The senator took a shot back home in Ohio.', 'home in Ohio'],
    ['Voss called the remark a cheap shot back in May.', 'back in May'],
  ])('no cue: %s', (text, words) => {
    expect(cueAndSpeaker(text, words)?.[0] ?? null).not.toBe('shot back');
  });

  test.each([
    // A noun compound after a name keeps the verb as its cue.
    ['The strike killed two militants, a Pentagon spokesman said.', 'two militants', ['said', 'Pentagon']],
  ])('the verb is the cue: %s', (text, words, expected) => {
    expect(cueAndSpeaker(text, words)).toEqual(expected);
  });
});
