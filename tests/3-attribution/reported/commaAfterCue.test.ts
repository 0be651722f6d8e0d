/**
 * Issue 13: a comma right after a verb cue, with no adjunct before it, closes the cue's clause:
 * "After the tenants protested, the hearing was put off" reports nothing of the union's. Only a say-verb
 * ("The mayor warned, the bridge will close") or a cue in an "as" clause ("As experts have pointed
 * out, …") goes on past the comma to its report; a cue that is a prepositional phrase ("In the
 * latest survey, …") is an adjunct before the clause it frames (reported/clauseOpening.ts).
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectCoveredBy, expectNotUttered, sourceOf } from '../../helpers.js';

describe('a comma right after a verb cue closes its clause', () => {
  test.each([
    ['After the tenants protested, the hearing was put off until May.', 'the hearing was put off'],
    ['While regional judges often dissent, no federal judge has done so.', 'no federal judge'],
    ['Even before the results were known, the crowd began to cheer.', 'the crowd began'],
    ['When Lee said she would meet on the date Ruiz had picked, he looked relieved.', 'he looked relieved'],
  ])('%s → not a report: %s', (text, words) => {
    expectNotUttered(text, words);
  });

  test.each([
    ['As many experts, including Dr. Lee, have pointed out, the mayor is free to publish the data.', 'the mayor is free', 'experts'],
    ['The rules are old. And as Ana Ruiz pointed out, the rules still bind the council.', 'the rules still bind', 'Ana Ruiz'],
    ['The mayor warned, the bridge will close.', 'the bridge will close', 'mayor'],
  ])('unchanged: %s → %s by %s', (text, words, speaker) => {
    expectCoveredBy(text, words, speaker);
  });

  test('a cue that is a prepositional phrase still frames the clause after its comma', () => {
    expect(sourceOf('In the latest county survey, the mayor leads by five points.', 'the mayor leads').mention).toBe('the latest county survey');
  });
});
