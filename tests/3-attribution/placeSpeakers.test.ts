/**
 * A place does not speak (issue 13): an "it" that says something is a body, a country or a
 * document, never the city or the state last named (speaker.ts, speakerOf). A country speaks
 * through its government and keeps its "it". Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const speakers = (text: string) => analyze(text).utterances.map((u) => u.speaker?.name ?? null);

describe('"it" that speaks after a place', () => {
  test.each([
    ['The festival was held in Chicago last week. It says the crowd was the largest ever.', [null]],
    ['Voters in Ohio went to the polls. It said the count would take a week.', [null]],
  ])('%s → %j, not the place', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    // A country and a body keep their "it".
    ['Norway sent a note to the envoy on Monday. It says the talks must go on.', ['Norway']],
    ['The Harwick Council met in Chicago on Monday. It said the budget was too tight.', ['Harwick Council']],
  ])('%s → %j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
