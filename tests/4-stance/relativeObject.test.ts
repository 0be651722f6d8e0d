/**
 * "the group that attacked Marsh had lied": the object of a relative clause is not the subject
 * of the verb after it; the clause's head is. "the man who praised Marsh": the head holds the
 * clause's act, not the speaker (src/4-stance/scoring/relativeObject.ts).
 */
import { describe, expect, test } from 'vitest';
import { polarStances as polar } from './helpers.js';

describe('the object of a relative clause does not do the act after it', () => {
  test.each([
    { text: 'Senator Ruth Hale said the group that attacked Governor Dan Marsh had lied.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said voters who backed Governor Dan Marsh had betrayed the party.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said the reporters who questioned Governor Dan Marsh had misled the public.', absent: 'Ruth Hale>Dan Marsh:criticism' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});

describe('a relative clause holds its own act: not the speaker\'s', () => {
  test.each([
    { text: 'Senator Ruth Hale said the man who praised Governor Dan Marsh attacked Mayor Ivo Brandt.', absent: 'Ruth Hale>Dan Marsh:praise' },
    { text: 'Senator Ruth Hale said the voters who detest Governor Dan Marsh will stay home.', absent: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said the Varga Fund, which backed Governor Dan Marsh, had spent millions.', absent: 'Ruth Hale>Dan Marsh:praise' },
  ])('$text', ({ text, absent }) => {
    expect(polar(text)).not.toContain(absent);
  });
});

describe('the subject of the act is still judged', () => {
  test.each([
    { text: 'Senator Ruth Hale said Governor Dan Marsh had lied.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said it was Governor Dan Marsh who betrayed the party.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said Governor Dan Marsh keeps blocking the aid.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: '"We are the ones who defended Governor Dan Marsh," Senator Ruth Hale said.', expected: 'Ruth Hale>Dan Marsh:praise' },
    // After a verb that takes a clause, the mention is that clause's subject, not the relative's object.
    { text: 'Senator Ruth Hale said the farmers who believe Governor Dan Marsh lied to them are right.', expected: 'Ruth Hale>Dan Marsh:criticism' },
    { text: 'Senator Ruth Hale said voters who know Governor Dan Marsh betrayed the party will punish him.', expected: 'Ruth Hale>Dan Marsh:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
