/**
 * A second verb joined by "and" takes the subject of the main clause's verb (source/inherited.ts,
 * mainClauseVerb in source/nounPhrase.ts). A form in -ed after a noun is a finite verb when a
 * determiner opens its object ("the campaign booked a …"), a participle otherwise ("the report
 * released last week"); a subordinate clause after an opening adjunct ("Once in her twenties, when
 * …,") is skipped to reach the main clause. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('the subject of a coordinated verb cue', () => {
  test.each([
    ['The Hale campaign booked a week of radio spots in Dover and declared that it wanted a recount of the ballots.', 'wanted a recount', 'The Hale campaign'],
    ['Once in his youth, when his aunt talked about ghosts, Tom Reyes laughed and said that he had never seen one.', 'had never seen one', 'Tom Reyes'],
    ['The union leaders praised the mayor and said that rents would fall.', 'rents would fall', 'The union leaders'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A participle after its noun stays inside the subject.
    ['The report released last week said rents would rise.', 'rents would rise', 'The report'],
    ['The plan unveiled by the mayor on Monday would cut rents, Quist said.', 'would cut rents', 'Quist'],
  ])('%s → stays %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
