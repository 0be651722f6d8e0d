/**
 * A free participle after a comma ("…, praising Y") has the subject of the sentence it hangs on:
 * when that subject is someone other than the speaker, the praise or criticism is theirs, not the
 * speaker's (src/4-stance/assignHits.ts, adjunctSubject). Checked on the directed data
 * (../shared/directed/train.txt): where one marked name opens the sentence and the other is the
 * object of such a participle of praise or criticism, the opener holds the stance in 13 of 16
 * sentences (the rest: no stance, or the reverse once).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe("the participle's praise or criticism belongs to the sentence's subject", () => {
  test.each([
    { text: '“The governor toured the flooded towns on Monday, praising Maria Garcia for her calm,” Senator Tom Lee said.', not: 'Tom Lee>Maria Garcia:praise' },
    { text: '“Thousands of protesters marched through the capital, denouncing Pedro Morales,” Senator Tom Lee said.', not: 'Tom Lee>Pedro Morales:criticism' },
    { text: '“Kevin Walsh spoke for an hour, attacking Maria Garcia at every turn,” Senator Tom Lee said.', not: 'Tom Lee>Maria Garcia:criticism' },
  ])('$text', ({ text, not }) => {
    expect(polar(text)).not.toContain(not);
  });
});

describe("the speaker's own participle stays the speaker's", () => {
  test.each([
    { text: '“We met the families on Monday, thanking Maria Garcia for her courage,” Senator Tom Lee said.', expected: 'Tom Lee>Maria Garcia:praise' },
    { text: '“I wrote to the board last week, condemning Pedro Morales for his lies,” Senator Tom Lee said.', expected: 'Tom Lee>Pedro Morales:criticism' },
    // Not a participle after a comma: the speaker's own words.
    { text: '“Maria Garcia deserves praise for her courage,” Senator Tom Lee said.', expected: 'Tom Lee>Maria Garcia:praise' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('a place as a location or a name cut off by a comma holds no evaluation', () => {
  // The name right before "…, supporting" is where the act happens, not who holds the words after it.
  test.each([
    { text: 'Venezuela denied the claim. “The tankers sail across the Caribbean, supporting the Venezuelan regime’s reckless ambitions,” Senator Tom Lee said.', expected: 'Tom Lee>Venezuela:criticism' },
    { text: 'Venezuela denied the claim. “The tankers sail across the sea, supporting the Venezuelan regime’s reckless ambitions,” Senator Tom Lee said.', expected: 'Tom Lee>Venezuela:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
