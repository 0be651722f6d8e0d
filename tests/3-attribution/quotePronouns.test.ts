import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The entity of the pronoun that opens `context` (its n-th occurrence in the text). */
function referent(text: string, context: string, occurrence: number): string | undefined {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(context, at + 1);
  const pronoun = context.split(' ')[0]!;
  return analyze(text).entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + pronoun.length))?.name;
}

describe('"he" inside a quote', () => {
  test.each<[text: string, word: string, occurrence: number, expected: string]>([
    // Two sources in a row discuss the protagonist: the second one's "he" is not the first source.
    ['Governor Mark Hale said on Monday that he may close the port. Hale said the closure was overdue. Senator Tom Brown called the idea "reckless". Senator Ann Miller said: "I cannot see where he finds the authority. He is overreaching."', 'he finds', 1, 'Mark Hale'],
    ['Prime Minister Leo Varga asked the council to delay the vote. Varga said the delay was normal. Nina Holm called it "a disgrace". Paul Dunne said: "He is trying to bury the report."', 'He is trying', 1, 'Leo Varga'],
    // A reply speaks of the one answered.
    ['Senator Tom Brown called President Donald Trump reckless. Trump spoke to reporters on Friday. Brown said "He is not fit to lead." Trump replied: "He is a loser."', 'He is a loser', 1, 'Tom Brown'],
    // Nobody more prominent fits: the source just quoted is meant.
    ['Senator Tom Brown said on Friday that the vote was close. "We will win it," Brown said. Senator Ann Miller said: "He is right about the vote."', 'He is right', 1, 'Tom Brown'],
  ])('%s → %s', (text, word, occurrence, expected) => {
    expect(referent(text, word, occurrence)).toBe(expected);
  });
});
