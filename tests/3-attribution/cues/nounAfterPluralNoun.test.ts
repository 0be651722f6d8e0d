/**
 * A word in -s that the tagger read as a noun, right after a plural common noun, heads their
 * compound ("savings plans", "emissions rules"): a plural subject takes no verb in -s
 * (cues/verbPosition.ts, nounAfterPluralNoun). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

const cues = (text: string) => analyze(text).utterances.map((u) => u.cue?.text ?? null);

describe('a noun in -s after a plural noun is no verb', () => {
  test.each([
    ['In one of the staff savings plans that the union offers, you can save.', []],
    ['The board adopted new admissions rules that favour local pupils.', []],
    ['The firm sold its savings plans that pay little interest.', []],
  ])('%s → cues %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  test.each([
    ['The news says that the plan is dead.', ['says']],
    ['The United States says that the plan is dead.', ['says']],
    ['Voters say that the plan is dead.', ['say']],
  ])('%s → cues %j (unchanged)', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
