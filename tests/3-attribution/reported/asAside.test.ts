/**
 * A speech cue in a comparative "as" clause set off by a comma (reported/asAside.ts): "as X noted"
 * has no report after its cue, only adjuncts; it reports the writer's words around it. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('as X noted', () => {
  test.each([
    // closing the sentence, with or without adjuncts after the cue
    ['The levy will fall on renters, as Ortiz noted.', 'The levy will fall on renters', 'Ortiz', 'noted'],
    ['The levy will fall on renters, as Ortiz noted last week.', 'The levy will fall on renters', 'Ortiz', 'noted'],
    ['The ferry lost money in May, as the Harbor Ledger reported in a column on Friday.', 'The ferry lost money in May', 'Harbor Ledger', 'reported in a column'],
    ['Rents rose twice, as tenants have said.', 'Rents rose twice', 'tenants', 'said'],
    // inside the sentence: a subject before it, its predicate after it
    ['The levy, as Ortiz noted, will fall on renters.', 'The levy, as Ortiz noted, will fall on renters', 'Ortiz', 'noted'],
    ['Dover, as one of the mayor’s aides pointed out, rarely floods twice.', 'Dover, as one of the mayor’s aides pointed out, rarely floods twice', 'aides', 'pointed out'],
    // an adjunct before it, a clause after it; a lone connective stays out
    ['Since March, as the Harbor Ledger reported, the ferry has lost money.', 'Since March, as the Harbor Ledger reported, the ferry has lost money', 'Harbor Ledger', 'reported'],
    ['And, as the Harbor Ledger reported, the bank is the largest lender in town.', 'the bank is the largest lender in town', 'Harbor Ledger', 'reported'],
    // a clause opener before it: the clause after it is the report
    ['Some doubt the fund, given that, as the Harbor Ledger reported, the mayor has already joined its board.', 'the mayor has already joined its board', 'Harbor Ledger', 'reported'],
  ])('%s', (text, words, speaker, cue) => {
    expectUtterance(text, { text: words, speaker, cue });
  });

  test.each([
    // a temporal "as" whose verb has an object or an addressee is no comment on the words before it
    ['The crowd cheered, as Ortiz accepted the award.'],
    ['The vote stalled, as Ortiz argued with donors.'],
    // words with no verb before a closing aside are no report
    ['In Dover, as the clerk said.'],
  ])('%s → nothing', (text) => {
    expect(utterancesOf(text)).toEqual([]);
  });

  test('a sentence-opening "As X noted" is read as before', () => {
    expectUtterance('As Ortiz noted, the levy will fall on renters.', { text: 'the levy will fall on renters', speaker: 'Ortiz' });
  });

  test('a quote after the aside is read as a quote', () => {
    expectUtterance('But, as Ortiz put it, “the levy is dead.”', { text: 'the levy is dead.', speaker: 'Ortiz' });
  });
});
