/**
 * A body's or a place's name right before the head of a facility ("the Northgate pipeline", "the
 * Harrow desalination plant") modifies a thing: an evaluation there is the facility's, and judges
 * no one (src/4-stance/scoring/facility.ts). The body named on its own is still judged.
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('a name that modifies a facility is no target', () => {
  test.each([
    'Jane Doe said the Northgate pipeline is a dangerous disaster.',
    'Jane Doe said the Harrow desalination plant works wonderfully.',
    'Jane Doe said the Acme Corp. refinery is a terrible eyesore.',
  ])('%s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});

describe('the body named on its own is judged', () => {
  test.each([
    { text: 'Jane Doe said Acme Corp. is a shameful mess.', expected: 'Jane Doe>Acme Corp.:criticism' },
    { text: 'Jane Doe praised Acme Corp. for its honest work.', expected: 'Jane Doe>Acme Corp.:praise' },
    { text: 'Jane Doe said the Kremlin project is a disgraceful lie.', expected: 'Jane Doe>Kremlin:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
