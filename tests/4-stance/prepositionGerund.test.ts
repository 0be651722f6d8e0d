/**
 * "X hurt the region by supporting Y": a verb of praise or criticism as a gerund after a
 * preposition is done by someone of its clause, not by the speaker who reports it
 * (src/4-stance/scoring/prepositionGerund.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('the gerund after a preposition is not the speaker\'s act', () => {
  test.each([
    { text: 'Senator Ruth Hale said Ostair had hurt the region by supporting General Ivo Vos.', absent: 'Ruth Hale>Ivo Vos:praise' },
    { text: 'Senator Ruth Hale said the Varga Group was wrong in praising General Ivo Vos.', absent: 'Ruth Hale>Ivo Vos:praise' },
    { text: 'Senator Ruth Hale thanked Mayor Tom Brandt for defending General Ivo Vos.', absent: 'Ruth Hale>Ivo Vos:praise' },
    { text: 'Senator Ruth Hale accused Mayor Tom Brandt of attacking General Ivo Vos.', absent: 'Ruth Hale>Ivo Vos:criticism' },
    { text: 'Senator Ruth Hale asked Mayor Tom Brandt to apologize to General Ivo Vos for insulting him.', absent: 'Ruth Hale>Ivo Vos:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});

describe('the speaker\'s own gerund, and the judgement of the doer, stay', () => {
  test.each([
    { text: 'Senator Ruth Hale said she was proud of supporting General Ivo Vos.', expected: 'Ruth Hale>Ivo Vos:praise' },
    { text: '"I am grateful for the chance of praising General Ivo Vos," Senator Ruth Hale said.', expected: 'Ruth Hale>Ivo Vos:praise' },
    { text: 'Senator Ruth Hale thanked Mayor Tom Brandt for defending General Ivo Vos.', expected: 'Ruth Hale>Tom Brandt:praise' },
    { text: 'Senator Ruth Hale accused Mayor Tom Brandt of attacking General Ivo Vos.', expected: 'Ruth Hale>Tom Brandt:criticism' },
    { text: 'Senator Ruth Hale said Ostland had been the first in supporting us.', expected: 'Ruth Hale>Ostland:praise' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('with no doer in the clause, the act stays the speaker’s', () => {
  test.each([
    '“Now is the time for supporting Governor Dan Marsh,” Senator Ruth Hale said.',
    '“It is high time we moved on by backing Governor Dan Marsh,” Senator Ruth Hale said.',
  ])('%s', (text) => {
    expect(polar(text)).toContain('Ruth Hale>Dan Marsh:praise');
  });
});
