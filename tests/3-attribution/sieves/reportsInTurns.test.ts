/**
 * A transcript's turn can report someone else's words ("HALE: Senator Bell said the bill is a
 * disaster. Do you agree?"): the report is the named person's, a child of the turn (sieve 07).
 * Not the turn speaker's own "I think …", not a question put to the guest, not a denial, not a
 * report by no one named. Invented transcripts.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

const reports = (text: string) => {
  const r = analyze(text);
  return r.utterances.filter((u) => u.kind === 'indirect').map((u) => {
    const parent = r.utterances.find((p) => p.id === u.parentId);
    return `${u.speaker?.name}|${u.text}|in ${parent?.kind}`;
  });
};

describe('a turn that reports someone else\'s words holds their report', () => {
  test.each([
    ['HALE: Senator Mark Bell said the bill is a disaster. Do you agree?\n\nRUIZ: No.', ['Mark Bell|the bill is a disaster|in turn']],
    ['Q: Governor Ann Cole has praised your plan. Will you run?\n\nA: No.', ['Ann Cole|your plan|in turn']],
    ['HALE: Welcome.\n\nRUIZ: Thank you. Secretary Linda Park told me the rules would change.', ['Linda Park|the rules would change|in turn']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    // The speaker's own words are the turn itself.
    'HALE: Welcome.\n\nRUIZ: Thank you. I said last week that the bill is a disaster.',
    // A question to the guest reports nothing.
    'HALE: Do you agree with Senator Mark Bell?\n\nRUIZ: No.',
    // A denial reports nothing.
    'HALE: Welcome.\n\nRUIZ: Secretary Linda Park has not read the bill.',
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });
});
