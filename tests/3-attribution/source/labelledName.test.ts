/**
 * A name with its bracketed party label, then a comma, then the cue (source/apposition.ts
 * labelledName): the name is the subject, not a place inside the label or a phrase before the name.
 * Invented sentences.
 */
import { describe, test } from 'vitest';
import { expectUtterance } from '../../helpers.js';

describe('a name, its party label and a comma before the cue', () => {
  test.each([
    ['Speaking on Friday at a fair in Dunmore, VT, after taking the county in the caucus, Sen. Tom Ruiz (D-VT), said, “We will keep the mills open.”', 'We will keep the mills open.', 'Tom Ruiz'],
    ['After taking the county, Sen. Tom Ruiz (D-VT), said the levy is dead.', 'the levy is dead', 'Tom Ruiz'],
  ])('%s', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker, cue: 'said' });
  });

  test.each([
    // unchanged: no comma after the label; a name after a preposition; the label in a relative aside
    ['Sen. Ana Ortiz (D-NY) said the levy is dead.', 'the levy is dead', 'Ana Ortiz'],
    ['With help from Sen. Ana Ortiz (D-NY), the mayor said the levy is dead.', 'the levy is dead', 'mayor'],
  ])('%s (unchanged)', (text, words, speaker) => {
    expectUtterance(text, { text: words, speaker, cue: 'said' });
  });
});
