/**
 * A quote's speaker named before a long chain of appositions and then the cue (sieves/02-cueAfterQuote.ts
 * reads as far as such a chain reaches; source/apposition.ts lets a present participle after its
 * noun, "one of the towns suing the state", stand in the chain). Invented sentences.
 */
import { describe, test } from 'vitest';
import { expectUtterance } from '../../helpers.js';

describe('a long apposition between the quote and the cue', () => {
  test.each([
    ['The plan drew fire. “It is fiscally sound,” Lena M. Ortiz, director of the nonpartisan Harbor Budget Institute and a lecturer at the Law School of Dover University, said of the plan.', 'It is fiscally sound,', 'Lena M. Ortiz'],
    ['The plan drew fire. “It is an invasion of the county’s domain,” Tom Ruiz, the attorney general of Dover, one of the towns suing the state, said at an event this month.', 'It is an invasion of the county’s domain,', 'Tom Ruiz'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker, cue: 'said' });
  });

  test.each([
    // unchanged: a short apposition, and a reported clause after a participle in the apposition
    ['The plan drew fire. “It is fiscally sound,” Lena Ortiz, a professor at Dover College, said.', 'It is fiscally sound,', 'Lena Ortiz', 'said'],
    ['Tom Ruiz, one of the mayors suing the state, said the plan is an invasion.', 'the plan is an invasion', 'Tom Ruiz', 'said'],
  ])('%s (unchanged)', (text, words, speaker, cue) => {
    expectUtterance(text, { text: words, speaker, cue });
  });

  test('a verb of the writer\'s between the quote and the name still ends the search', () => {
    // "drew" is the writer's verb: the cue after it does not reach back to the quote.
    expectUtterance('“We are ready,” the crew wrote. The storm drew crowds, and Tom Ruiz, the harbor master, said nothing.', { text: 'We are ready,', cue: 'wrote' });
  });
});
