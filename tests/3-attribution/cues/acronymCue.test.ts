/**
 * An acronym in prose is a name, not a verb, whatever the lemmatizer spells out of it ("RT" as
 * "retweet"): "Speaking to the channel RT she rejected …" is reported by "rejected"
 * (cues/matchCue.ts, acronymInProse). A capitalised headline keeps its verbs. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

const cues = (text: string) => analyze(text).utterances.map((u) => u.cue?.text ?? null);

describe('a short word in capitals after lower-case words', () => {
  test.each([
    ['Lee spoke on Monday. Speaking to the channel RT she rejected the plan as unfair.', ['rejected']],
    ['Two RT reporters have complained that their editors cut their stories.', ['complained']],
  ])('%s → cues %j', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  test.each([
    ['CITY HALL SAYS THE BUDGET IS LATE', ['SAYS']],
    ['“We won,” the mayor said.', ['said']],
  ])('%s → cues %j (unchanged)', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
