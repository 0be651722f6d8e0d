/**
 * An object pronoun never stands for the subject of its own clause (a reflexive would):
 * "Ortiz criticised him" is about someone else (src/2-entities/resolution/clauseMate.ts).
 * Where the pronoun sits in another clause, after a preposition of place, or the subject is
 * no subject, salience decides as before. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { resolvedName } from '../helpers.js';

describe('an object pronoun is not its own clause subject', () => {
  test.each([
    ['Tom Ellis spoke first. Dana Reyes accused him of hiding the costs.', 'him', 'Tom Ellis'],
    ['Tom Ellis spoke first. Dana Reyes has sharply criticised him.', 'him', 'Tom Ellis'],
    ['The mayors met on Friday. Governor Ann Lee thanked them for their work.', 'them', 'mayors'],
    ['Ann Lee spoke first. Dana Reyes praised her.', 'her', 'Ann Lee'],
  ])('%s: %s → %s', (text, phrase, name) => {
    expect(resolvedName(text, phrase)).toContain(name);
  });
});

describe('a subject pronoun is not a name its own verb governs', () => {
  test.each([
    ['Tom Ellis and Ivo Marsh met on Friday. He called Marsh a coward.', 'He', 'Tom Ellis'],
    ['Ann Lee and Dana Reyes spoke. She thanked Reyes for her help.', 'She', 'Ann Lee'],
  ])('%s: %s → %s', (text, phrase, name) => {
    expect(resolvedName(text, phrase)).toContain(name);
  });
});

describe('where the subject may still be meant, salience decides', () => {
  test.each([
    // Another clause: "he said (it) would allow him".
    ['Tom Ellis said the ruling would allow him to stay.', 'him', 'Tom Ellis'],
    ['Tom Ellis arrived late, and he said the rule would allow him to vote.', 'him', 'Tom Ellis'],
    // A preposition of place or company.
    ['The senators left early and took the files with them.', 'them', 'senators'],
  ])('%s: %s → %s', (text, phrase, name) => {
    expect(resolvedName(text, phrase)).toContain(name);
  });
});
