/**
 * "X called on Y to resign", "X demanded Y's resignation": a demand that someone leave office is
 * criticism of them, though no word of it evaluates anyone (src/4-stance/scoring/demandedExit.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('a demand that someone leave office criticises them', () => {
  test.each([
    { text: 'Senator Ruth Hale called on Governor Dan Marsh to resign.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale called for Governor Dan Marsh to resign over the contracts.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale demanded Governor Dan Marsh\'s resignation on Tuesday.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale called for the immediate resignation of Governor Dan Marsh.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale urged Governor Dan Marsh to step aside.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Mayor Ivo Brandt has called for the ouster of Minister Lea Varga.', expected: 'Ivo Brandt>Lea Varga:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('no demand of the speaker, or no leaving: no criticism from it', () => {
  test.each([
    // The demand is negated.
    { text: 'Senator Ruth Hale did not call for Governor Dan Marsh to resign.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    // A report of someone's plans, no demand.
    { text: 'Senator Ruth Hale said Governor Dan Marsh plans to resign in May.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    // The one asked is asked to accept someone else's leaving.
    { text: 'Senator Ruth Hale urged Governor Dan Marsh to accept the resignation of the minister.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    // Asked to step up, not down.
    { text: 'Senator Ruth Hale urged Governor Dan Marsh to step up his efforts.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    // Whose calls is not said.
    { text: 'Mayor Ivo Brandt spoke amid calls for Governor Dan Marsh to resign.', absent: 'Ivo Brandt>Dan Marsh:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});

describe('what is left or removed must be the target itself', () => {
  test.each([
    'Senator Ruth Hale urged Governor Dan Marsh to quit the alliance talks.',
    'Senator Ruth Hale called for the ouster of Governor Dan Marsh’s chief rival.',
    'Senator Ruth Hale demanded the removal of Governor Dan Marsh’s name from the ballot.',
  ])('%s', (text) => {
    expect(polar(text)).not.toContain('Ruth Hale>Dan Marsh:criticism');
  });
});
