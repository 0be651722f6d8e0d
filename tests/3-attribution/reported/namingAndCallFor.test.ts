/**
 * Acts of speech whose content is a small clause or a noun phrase (issue 13, read on PolNeAR
 * train): "called the rules “absurd”" reports the thing named and its quoted name, the short quote
 * staying a partial quote of its own inside it; "called for" takes a gerund or a participle and its
 * noun as its object. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [kind, text] of the utterances. */
function utterances(text: string): [string, string][] {
  return analyze(text).utterances.map((u) => [u.kind, u.text]);
}

describe('a quoted name given to a thing (reported/objectReports.ts, namedAs)', () => {
  test.each([
    ['Mayor Reyes called the new parking rules “absurd.”', [['indirect', 'the new parking rules “absurd.”'], ['partial', 'absurd.']]],
    ['Vale called both Reyes and Ortiz “cowards” on Sunday.', [['indirect', 'both Reyes and Ortiz “cowards”'], ['partial', 'cowards']]],
  ])('%s', (text, expected) => {
    expect(utterances(text)).toEqual(expected);
  });

  test.each([
    // A quote that is a title, not a name given: no naming verb.
    ['Mayor Reyes read “The Harbor” to the children.'],
  ])('no naming report: %s', (text) => {
    expect(utterances(text).filter(([k]) => k === 'indirect')).toEqual([]);
  });
});

describe('"called for" and a gerund or a participle (reported/objectReports.ts)', () => {
  test.each([
    ['Governor Vale called for reducing the sales tax to five percent.', 'reducing the sales tax to five percent'],
    ['Senator Reyes has also called for eliminating the tax break for landlords.', 'eliminating the tax break for landlords'],
    ['Senator Reyes called for increased spending on roads.', 'increased spending on roads'],
  ])('%s', (text, report) => {
    expect(utterances(text)).toEqual([['indirect', report]]);
  });

  test.each([
    ['Governor Vale called for him after the meeting.'],
    ['Governor Vale called for help.'],
  ])('no gerund object: %s', (text) => {
    expect(utterances(text).filter(([, t]) => /ing\b/.test(t.split(' ')[0]!))).toEqual([]);
  });
});
