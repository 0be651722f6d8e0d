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
    ['President Donald Trump said on Friday that he may declare a national emergency. Trump said the wall was needed. Senator Tom Brown called the plan "unworkable". Senator Ann Miller said: "I don\'t know what he is basing this on. He ignores the law."', 'he is basing', 1, 'Donald Trump'],
    ['Prime Minister Boris Johnson asked the Queen to suspend Parliament. Johnson said it was routine. Jeremy Corbyn called it "an outrage". Jo Swinson said: "He is trying to silence us."', 'He is trying', 1, 'Boris Johnson'],
    // A reply speaks of the one answered.
    ['Senator Tom Brown called President Donald Trump reckless. Trump spoke to reporters on Friday. Brown said "He is not fit to lead." Trump replied: "He is a loser."', 'He is a loser', 1, 'Tom Brown'],
    // Nobody more prominent fits: the source just quoted is meant.
    ['Senator Tom Brown said on Friday that the vote was close. "We will win it," Brown said. Senator Ann Miller said: "He is right about the vote."', 'He is right', 1, 'Tom Brown'],
  ])('%s → %s', (text, word, occurrence, expected) => {
    expect(referent(text, word, occurrence)).toBe(expected);
  });
});
