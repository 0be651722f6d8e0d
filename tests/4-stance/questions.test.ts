/**
 * A yes-no question asserts nothing: "Can we trust X?" is no praise of X (src/4-stance/assignHits.ts,
 * yesNoQuestion). A wh-question presupposes its predicate ("Why is X so dishonest?") and a tag
 * question asks for assent ("X is a liar, right?"): both still judge, at half weight.
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('a yes-no question holds no stance', () => {
  test.each([
    '"Can we really rely on Ray Hale to defend the port?" Jane Doe said.',
    '"Is Ray Hale a liar?" Jane Doe asked.',
    '"Has anyone thanked Ray Hale for his help?" Jane Doe asked.',
  ])('%s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});

describe('a wh-question or a tag question still judges', () => {
  test.each([
    { text: '"Why is Ray Hale so dishonest?" Jane Doe asked.', expected: 'Jane Doe>Ray Hale:criticism' },
    { text: '"Ray Hale is a liar, right?" Jane Doe said.', expected: 'Jane Doe>Ray Hale:criticism' },
    { text: '"Ray Hale is a liar, isn\'t he?" Jane Doe said.', expected: 'Jane Doe>Ray Hale:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
