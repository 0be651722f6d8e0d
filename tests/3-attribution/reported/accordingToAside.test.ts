/**
 * "according to X" set off by commas inside a sentence (reported/accordingTo.ts): a short subject
 * or adjunct before the aside, too short to report alone, opens a report that goes on after it
 * ("Turnout, according to the clerk, has doubled"); so does a verb the aside cuts from its object
 * ("Acme gets, according to one report, $5 million …"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('according to X as an aside', () => {
  test.each([
    ['Turnout, according to the county clerk, has doubled since May.', 'county clerk', 'according to'],
    ['Since March, according to the harbor board, ferry fares have risen twice.', 'harbor board', 'according to'],
    ['For Mayor Lina Ortiz, according to her aide Tom Reyes, the vote is a test of her coalition.', 'Tom Reyes', 'according to'],
    ['The bakery gets, according to one report, $8,000 a year from the city.', 'report', 'according to one report'],
  ])('%s', (text, speaker, cue) => {
    expectUtterance(text, { text: text.replace(/\.$/, ''), speaker, cue });
  });

  test.each([
    // A new clause after the aside is not part of the report.
    ['The school lost ten teachers last year, according to the union, and there were only two hires.', 'The school lost ten teachers last year'],
    // The aside closes the sentence: the words before it are the report.
    ['The ferry stopped running in May, according to the harbor board.', 'The ferry stopped running in May'],
  ])('%s → only %s', (text, words) => {
    expectUtterance(text, { text: words, cue: 'according to' });
  });

  test.each([
    ['In Dover, according to the clerk.'],
    ['Ortiz, according to the clerk.'],
  ])('%s → nothing', (text) => {
    expect(utterancesOf(text)).toEqual([]);
  });
});
