/**
 * A negative word in the object of a verb that acts against it ("delete unlawful ads", "combat
 * voter fraud") describes what is fought, not the one fighting it: it does not fall back on the
 * clause's subject (src/4-stance/assignHits.ts, COUNTERING_VERBS). Through a possessive, or with
 * another verb, or after the object, the subject is still judged.
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('the object of a countering verb does not judge its subject', () => {
  test.each([
    'Jane Doe said Acme Corp. must delete unlawful ads.',
    'Jane Doe said Ray Hale will combat tax fraud.',
    'Jane Doe said Ray Hale wants to counter armed threats.',
    // What befell the subject, or what it mends.
    'Jane Doe said Ray Hale inherited a terrible mess.',
    'Jane Doe said Ray Hale faces a dangerous crisis.',
    'Jane Doe said Ray Hale fixed a broken system.',
  ])('%s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});

describe('the subject is still judged', () => {
  test.each([
    { text: 'Ruritania fired missiles on Monday. Jane Doe said Ruritania must curb its reckless border raids.', expected: 'Jane Doe>Ruritania:criticism' },
    { text: 'Jane Doe said Ray Hale sells dangerous toys.', expected: 'Jane Doe>Ray Hale:criticism' },
    { text: 'Jane Doe said Ray Hale reduced the budget too much.', expected: 'Jane Doe>Ray Hale:criticism' },
    { text: 'Jane Doe said Ray Hale created a terrible mess.', expected: 'Jane Doe>Ray Hale:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
