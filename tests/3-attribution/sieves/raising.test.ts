/**
 * Raising constructions read by sieve 09 (issue 13, read on PolNeAR train: about 110 appearance
 * and expectation attributions were missed): the be-form of "is expected to" found past adverbs
 * and a negation, "seems like" a likeness, and a relative pronoun after a comma as the subject.
 * A restrictive relative is left alone: its end runs into the main clause. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../helpers.js';
import { analyze } from '../../../src/analyze.js';


describe('raising constructions with no named holder (sieves/09-raising.ts)', () => {
  test.each([
    ['Vale is not expected to attend the harbor dinner.', 'is not expected', 'Vale is not expected to attend the harbor dinner'],
    ['Reyes is also widely expected to win the county.', 'is also widely expected', 'Reyes is also widely expected to win the county'],
    ['The levy plan seems like a sound plan to most farmers.', 'seems', 'The levy plan seems like a sound plan to most farmers'],
    ['The rally, which is expected to draw thousands, starts at noon.', 'is expected', 'which is expected to draw thousands'],
    ['The bridge is expected to reopen in May.', 'is expected', 'The bridge is expected to reopen in May'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    ['Voters who seemed unmoved by the ads stayed home.', 'seemed'],
    ['So it seems.', 'seems'],
    ['The harbor looked calm on Sunday.', 'looked'],
  ])('%s: nothing', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});

describe('a raising report has no speaker, and an issue says why (sieves/09-raising.ts)', () => {
  test.each([
    ['The council seems to have misjudged the voters.', 'The council seems to have misjudged the voters'],
    ['The bridge is expected to reopen in May.', 'The bridge is expected to reopen in May'],
  ])('%s', (text, report) => {
    const a = analyze(text);
    const u = a.utterances.find((x) => x.text === report);
    expect(u?.speaker).toBeNull();
    expect(a.issues).toContainEqual(expect.objectContaining({ code: 'unknown-speaker', span: { start: u!.start, end: u!.end } }));
  });

  test('no issue where nothing is reported', () => {
    expect(analyze('The harbor looked calm on Sunday.').issues).toEqual([]);
  });
});
