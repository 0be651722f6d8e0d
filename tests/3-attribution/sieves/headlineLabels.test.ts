/**
 * A line opened by a name and a colon reports that person's words (sieves/10-headlineLabels.ts);
 * a section's name opened by an article ("The Latest:"), an exclamation ("Wow:") and a label
 * followed by nothing but a handle or an address ("Twitter: @…") are nobody's words. Issue 13:
 * on PolNeAR train these were read as reports of a speaker named "Latest", "Wow" or "Twitter".
 * Invented texts.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('headline labels', () => {
  test.each([
    ['Hale: Ostland must pay its debts.\n\nThe vote is on Monday.', 'Ostland must pay its debts.', 'Hale'],
    ['Senator Vera Holm: Harbor Tax Is ‘Dead on Arrival.’\n\nThe vote is on Monday.', 'Harbor Tax Is ‘Dead on Arrival.’', 'Vera Holm'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker, cue: ':' });
  });

  test.each([
    ['The Latest: Hale wins the Ostland primary.\n\nThe count ended at midnight.'],
    ['The Big Picture: Farmers leave the harbor towns.\n\nThe count ended at midnight.'],
    ['Wow: Senator Hale Just Said Something Odd About Ostland.\n\nThe count ended at midnight.'],
    ['Bombshell: The Harbor Board Just Lost Its Chairman.\n\nThe count ended at midnight.'],
    ['The harbor reopened on Friday.\n\nTwitter: @vera_holm_news.'],
    ['The harbor reopened on Friday.\n\nWeb: www.harbor-board.example.org'],
  ])('%s → nothing', (text) => {
    expect(utterancesOf(text)).toEqual([]);
  });
});
