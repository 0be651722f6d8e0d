import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { featureWord, isPossessive } from '../../src/4-stance/featureWords.js';

// The word encoding both learned models share: names and numbers as classes, other words as lemmas.
describe('featureWord', () => {
  test.each([
    ['Ortega praised the plan.', 'Ortega', '<name>'],
    ['They cut 300 jobs.', '300', '<num>'],
    ['The senators praised the plan.', 'praised', 'praise'],
    ['The senators praised the plan.', 'senators', 'senator'],
  ])('%s: %s → %s', (text, word, expected) => {
    const t = readTokens(text).tokens.find((x) => x.value === word)!;
    expect(featureWord(t)).toBe(expected);
  });
});

describe('isPossessive', () => {
  test.each([
    ["Lopez's plan failed.", true],
    ['Lopez’s plan failed.', true],
    ['Lopez is here.', false],
  ])('%s → %s', (text, expected) => {
    const tokens = readTokens(text).tokens;
    expect(isPossessive(tokens, 1)).toBe(expected);
  });

  test('past the end is no possessive', () => {
    expect(isPossessive(readTokens('Lopez').tokens, 5)).toBe(false);
  });
});
