/**
 * A learned cue (a word no lexicon row holds strongly, made a cue by the learned cues) that
 * `findSource` gave no source falls back on the subject before it, as a sure lexicon cue does
 * (`fallsBack` in sieves/07-reportedSpeech.ts); its report still credits only a named holder that
 * is no preposition's object. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { fallsBack, SUBJECT_FALLBACK_MIN_CONFIDENCE } from '../../src/3-attribution/sieves/07-reportedSpeech.js';
import type { Anchor } from '../../src/3-attribution/anchors.js';

/** [speaker, cue, text] of the indirect utterances. */
function reports(text: string): [string | null, string | null, string][] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').map((u) => [u.speaker?.name ?? null, u.cue?.text ?? null, u.text]);
}

describe('a learned cue with no source falls back on the subject before it', () => {
  test.each([
    // A relative clause between the subject and the cue: findSource does not reach the subject.
    ['The Harbor Coalition, which includes three unions and a policy institute, advocates for cheaper ferry fares for students.', ['Harbor Coalition', 'advocates', 'cheaper ferry fares for students']],
    // A noun cue after its holder's verb.
    ['On Friday the Appeals Court made a narrow 2-1 decision to grant the appeal by the harbor workers.', ['Appeals Court', 'decision', 'to grant the appeal by the harbor workers']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual([expected]);
  });

  test.each([
    // No named holder before the cue.
    ['Across the harbor district, a decision to close the ferry angered residents.'],
    // The only name is a preposition's object.
    ['Under pressure from Senator Vale, the board made a decision to close the ferry.'],
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('which cues fall back: sure ones and learned ones', () => {
    const cue = (confidence: number, learned?: true) => ({ confidence, ...(learned ? { learned } : {}) }) as unknown as Anchor;
    expect(fallsBack(cue(SUBJECT_FALLBACK_MIN_CONFIDENCE))).toBe(true);
    expect(fallsBack(cue(0.5))).toBe(false);
    expect(fallsBack(cue(0.5, true))).toBe(true);
  });
});
