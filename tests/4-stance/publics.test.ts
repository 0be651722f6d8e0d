/**
 * A public ("the American people", "voters", "farm families") is mostly whom something is done
 * for or to: a plain lexicon word near it judges no one, while a verb of criticism aimed at it or
 * an evaluation of people still does (src/4-stance/scoring/publics.ts). Other groups ("the
 * protesters") are judged as before.
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('a plain word near a public judges no one', () => {
  test.each([
    'Jane Doe said the American people are angry and tired.',
    'Jane Doe said the voters were anxious about the economy.',
  ])('%s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});

describe('a public is judged by verbs and evaluations of people', () => {
  test.each([
    { text: 'Jane Doe said the voters are stupid.', expected: 'Jane Doe>voters:criticism' },
    { text: 'Jane Doe criticized the voters for staying home.', expected: 'Jane Doe>voters:criticism' },
    { text: 'Jane Doe said the protesters are violent thugs.', expected: 'Jane Doe>protesters:criticism' },
    { text: 'Jane Doe said the students were rude and disrespectful.', expected: 'Jane Doe>students:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
