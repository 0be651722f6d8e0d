/**
 * A headline opened by "Poll:", "Survey:" or "Study:" states that document's finding
 * (sieves/10-headlineLabels.ts FINDING_LABELS); a page's question after the label ("Poll: Who
 * won?") and other editors' labels ("Photo:", "Update:") stay nobody's words. Invented texts.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('finding headlines', () => {
  test.each([
    ['Poll: Wealthy Farmers Abandon Harbor Party for Lopez.\n\nThe race tightened in May.', 'Wealthy Farmers Abandon Harbor Party for Lopez.', 'Poll'],
    ['Survey: Most farmers back the levy.\n\nThe levy passed in June.', 'Most farmers back the levy.', 'Survey'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker, cue: ':' });
  });

  test.each([
    ['Poll: Who won the debate?\n\nThe race tightened in May.'],
    ['Photo: Farmers at the harbor market in May.\n\nThe race tightened in May.'],
    ['Update: The harbor road reopened on Friday.\n\nThe race tightened in May.'],
  ])('%s → nothing', (text) => {
    expect(utterancesOf(text)).toEqual([]);
  });
});
