/**
 * Sources the source reader missed (issue 13): a verb coordinated after a passive cue
 * takes the passive's subject, not its "by" agent ("The mayor was praised by the union and said
 * …"); and a relative clause whose verb the tagger read as a noun ("economists who favor sales
 * taxes agree") gives the antecedent; and "according to interviews with X" credits X. All
 * sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('"X was praised by Y and said …": the coordinated verb has the passive subject', () => {
  test.each([
    ['The mayor was praised by the union and said the deal was fair.', 'the deal was fair', 'The mayor'],
    ['Harbor pilots were alarmed by the decision and predicted it would hurt the port.', 'it would hurt the port', 'Harbor pilots'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // An active first verb, a relative clause after the agent, or the passive cue itself: as before.
    ['The union praised the mayor and said the deal was fair.', 'the deal was fair', 'The union'],
    ['The plan was criticized by the union, which said it was unfair.', 'it was unfair', 'which'],
    ['The mayor was praised by the union and said the deal was fair.', 'The mayor', 'the union'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"<people> who <verb read as a noun> …": the antecedent speaks', () => {
  test.each([
    ['Even economists who favor sales taxes agree that change will be slow.', 'change will be slow', 'economists'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['Economists who studied the tax agree that change will be slow.', 'change will be slow', 'Economists'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"according to interviews with <people>": the people interviewed speak', () => {
  test.each([
    ['The ferry will close, according to interviews with six harbor pilots.', 'The ferry will close', 'six harbor pilots'],
    ['Lane will lose the vote, according to an interview with Dana Reyes.', 'Lane will lose the vote', 'Dana Reyes'],
    ['According to conversations with three aides, the mayor will resign.', 'the mayor will resign', 'three aides'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // No "with": the exchange itself stays the source.
    ['According to the interview, Lane will lose.', 'Lane will lose', 'the interview'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
