/**
 * A capitalised word opening a sentence before a contrast ("Dialogue, not threats, …") or a
 * speaker's aside ("Patience, he said, …") is a common noun written with a capital for its place,
 * no entity (src/2-entities/mention/wordBeforeAside.ts, read by readName's loneWord step).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('a common noun before a contrast or an aside is no entity', () => {
  test.each([
    ['Dialogue, not threats, is what we need, Senator Hale said.', 'Dialogue'],
    ['Patience, he said, was running out.', 'Patience'],
    ['Patience, Minister Arlo Venn said, was running out in Ostland.', 'Patience'],
    ['The talks stalled. Mercy, she added, was not an option for the rebels.', 'Mercy'],
    ['Loyalty, the governor noted, is the first rule of the party.', 'Loyalty'],
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
  ])('%s', (text, word) => {
    expect(names(text).some((n) => n.split(' ').includes(word))).toBe(true);
  });
});
