/**
 * The marks of a short quote inside a sentence ('Y was "unfit"') do not end the clause for the
 * words inside them: the quoted evaluation is about the subject or object of the sentence
 * (src/4-stance/scoring/scareQuotes.ts, read by assignHits.ts).
 */
import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { inlineQuotes, quoteAround } from '../../src/4-stance/scoring/scareQuotes.js';
import { polarStances as polar } from './helpers.js';

describe('an evaluation in a short quote judges the subject or object of its sentence', () => {
  test.each([
    { text: 'Mayor Lena Ortiz said on Monday that Governor Tom Brandt was "unfit" for the job.', expected: 'Lena Ortiz>Tom Brandt:criticism' },
    { text: 'Senator Ada Quill said the Harbor Party leaders were “shameless frauds” after the vote.', expected: 'Ada Quill>Harbor Party leaders:criticism' },
    { text: 'Mayor Lena Ortiz said Councillor Paul Greer had been “brilliant” during the floods.', expected: 'Lena Ortiz>Paul Greer:praise' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('words outside the short quote, or a quote of its own, still stop at the marks', () => {
  test.each([
    // The evaluative word lies outside the quoted word: the marks still end its clause.
    'Mayor Lena Ortiz said Councillor Paul Greer was “leaving” and the town hall was a disaster.',
    // A long quotation is a sentence of its own, not a scare quote.
    'Mayor Lena Ortiz spoke about Councillor Paul Greer. “The weather this week has been a total disaster for every farmer here.”',
  ])('%s', (text) => {
    expect(polar(text).filter((s) => s.startsWith('Lena Ortiz>Paul Greer'))).toEqual([]);
  });
});

describe('inlineQuotes', () => {
  test.each([
    { text: 'Lee said Brown was "unfit" for it.', quotes: 1 },
    { text: 'Lee called them “phony frauds” twice.', quotes: 1 },
    { text: 'Lee said: “We will win this fight, and we will win it soon, believe me.”', quotes: 0 },
    { text: 'Lee said “we lost. Never again” to it.', quotes: 0 },
  ])('$text', ({ text, quotes }) => {
    const { tokens } = readTokens(text);
    expect(inlineQuotes(tokens, 0, tokens.length)).toHaveLength(quotes);
  });

  test('quoteAround finds the quote that encloses a token, not one beside it', () => {
    const { tokens } = readTokens('Lee said Brown was "unfit" for it.');
    const qs = inlineQuotes(tokens, 0, tokens.length);
    const unfit = tokens.findIndex((t) => t.value === 'unfit');
    expect(quoteAround(qs, unfit)).toEqual(qs[0]);
    expect(quoteAround(qs, unfit + 3)).toBeUndefined();
  });
});
