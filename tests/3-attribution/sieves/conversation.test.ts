import { describe, expect, test } from 'vitest';
import { directQuotes } from '../../../src/3-attribution/directQuotes.js';
import { transcriptTurns } from '../../../src/3-attribution/sieves/01-transcriptTurns.js';
import { prepare } from './prepare.js';

/** Runs sieves 01–05 and gives, for each quote, the name of its speaker (null when none) and its confidence. */
function speakers(text: string): [string | null, number][] {
  const st = prepare(text);
  transcriptTurns(st);
  directQuotes(st);
  return st.drafts.filter((d) => d.quote !== undefined).map((d) => [d.speaker >= 0 ? st.ents.entities[d.speaker]!.name : null, d.confidence]);
}

describe('sieve 05: a quote with no cue continues the conversation', () => {
  test('a floating quote in the same paragraph keeps the last speaker', () => {
    const [first, second] = speakers('“We will rebuild the bridge,” Mayor Lena Ortiz said. “It will take two years.”');
    expect(first![0]).toBe('Lena Ortiz');
    expect(second![0]).toBe('Lena Ortiz');
  });

  test('a paragraph that is only a quote continues the paragraph before', () => {
    const found = speakers('Mayor Lena Ortiz said the bridge would be rebuilt.\n\n“It will take two years and every cent we have.”');
    expect(found).toEqual([['Lena Ortiz', 0.55]]);
  });

  test('the sentence before the quote attributes it', () => {
    const found = speakers('Governor Hal Brenner criticized the plan on the radio. “It is a waste of money.”');
    expect(found).toEqual([['Hal Brenner', 0.7]]);
  });

  test.each([
    // Another person named as a subject between the quotes breaks the conversation.
    ['“We will rebuild the bridge,” Mayor Lena Ortiz said.\n\nCouncilman Dev Patel, who chairs the budget panel, disagreed sharply with her plan on Monday and walked out.\n\nMeanwhile the river kept rising.\n\n“It will take two years.”'],
  ])('no conversation across another speaker: %s', (text) => {
    const found = speakers(text);
    expect(found.at(-1)![0]).not.toBe('Lena Ortiz');
  });

  test.each([
    ['“It will take two years.”'],
    ['The river rose.\n\n“It will take two years.”'],
  ])('nobody to continue: %s', (text) => {
    expect(speakers(text)).toEqual([[null, 0]]);
  });
});
