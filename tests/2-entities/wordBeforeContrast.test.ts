/**
 * A capitalised word opening a sentence before a contrast ("Dialogue, not threats, …") is a
 * common noun written with a capital for its place, no entity (src/2-entities/mention/wordBeforeContrast.ts, read by readName's loneWord step).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('a common noun before a contrast is no entity', () => {
  test.each([
    ['Dialogue, not threats, is what we need, Senator Hale said.', 'Dialogue'],
    ['Compromise, not defiance, will win the vote, Mayor Lena Ortiz said.', 'Compromise'],
  ])('%s', (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});

describe('what stays a name', () => {
  test.each([
    // Two names contrasted.
    ['Ostland, not Westmark, will host the talks, Senator Hale said.', 'Ostland'],
    // An apposition, no aside.
    ['Kessler, the incoming envoy, said the talks would resume.', 'Kessler'],
    // The text capitalises the word inside a sentence too: a name.
    ['Dialogue, he said, had filed the papers. The group Dialogue declined to comment.', 'Dialogue'],
    // The speaker of the aside is named, the word is known.
    ['Hale, he said, was the wrong man for the job. Senator Tom Hale did not reply.', 'Hale'],
    // An unknown name before a speaker's aside: the aside is no sign of a common noun.
    ['Norvalis, the company said, would appeal the ruling.', 'Norvalis'],
    ['Quist, he said, had lied to the council.', 'Quist'],
  ])('%s', (text, word) => {
    expect(names(text).some((n) => n.split(' ').includes(word))).toBe(true);
  });
});
