/**
 * A courtesy title's gender must agree with the person a surname resolves to: "Mr. Hale" after
 * "Mary Hale" is someone new, "Ms. Hale" is she (src/2-entities/resolution/02-singleNames.ts,
 * bySurname; vocabulary/titles.ts COURTESY_TITLES).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const entityWithMention = (text: string, mention: string) => {
  const at = text.indexOf(mention);
  return analyze(text).entities.find((e) => e.mentions.some((m) => m.start === at))?.name;
};

describe('a courtesy title and the person it names agree in gender', () => {
  test.each([
    ['Mary Hale, the mayor, opened the pier. Mr. Hale said the pier would close.', 'Mr. Hale', 'Hale'],
    ['Tom Ewell runs the bakery. Mrs. Ewell said the bread would cost more.', 'Mrs. Ewell', 'Ewell'],
    // Two people of the surname: each title finds its own.
    ['John Hale and his wife Mary Hale run the farm. Mr. Hale said the rain came late.', 'Mr. Hale', 'John Hale'],
    ['Mary Hale and her husband John Hale run the farm. Ms. Hale said the rain came late.', 'Ms. Hale', 'Mary Hale'],
  ])('%s', (text, mention, name) => {
    expect(entityWithMention(text, mention)).toBe(name);
  });
});

describe('what still resolves to the one named before', () => {
  test.each([
    ['Mary Hale, the mayor, opened the pier. Ms. Hale said the pier would close.', 'Ms. Hale', 'Mary Hale'],
    ['Tom Ewell runs the bakery. Mr. Ewell said the bread would cost more.', 'Mr. Ewell', 'Tom Ewell'],
    // No gender known for the first name: the title does not decide.
    ['Idrel Orrin runs the bakery. Mrs. Orrin said the bread would cost more.', 'Mrs. Orrin', 'Idrel Orrin'],
    // Other titles are no courtesy titles.
    ['Mary Hale runs the council. Chairman Hale said the vote was close.', 'Chairman Hale', 'Mary Hale'],
  ])('%s', (text, mention, name) => {
    expect(entityWithMention(text, mention)).toBe(name);
  });
});
