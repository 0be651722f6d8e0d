/**
 * A clause-taking cue inside a relative clause whose subject is the gap (issue 13, read on PolNeAR
 * train: about 40 such reports were dropped for want of a clause start): "the changes, which
 * officials said will take effect in May". The report starts at the verb after the cue. It must
 * not fire when the relative clause may be the sentence's own subject, nor on a plain main clause.
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** The text of the reported clause whose cue starts with `cue`, or null when that cue reports none. */
function reportOf(text: string, cue: string): string | null {
  const a = analyze(text);
  const u = a.utterances.find((x) => x.kind === 'indirect' && x.cue !== undefined && x.cue.text.split(/\s+/)[0] === cue);
  return u ? u.text : null;
}

describe('a cue between its source and a verb whose subject is the relative gap (reported/subjectGap.ts)', () => {
  test.each([
    ['The new parking rules, which city officials said will take effect in May, drew complaints from shop owners.', 'said', 'will take effect in May'],
    ['Water flooded the square after a pipe repair that engineers believe was done too quickly.', 'believe', 'was done too quickly'],
    ['The company has struggled to keep up with what its managers said is rising demand for electric bikes.', 'said', 'is rising demand for electric bikes'],
    ['The council passed a levy Senator Ortiz says would hurt small farms.', 'says', 'would hurt small farms'],
  ])('%s', (text, cue, report) => {
    expect(reportOf(text, cue)).toBe(report);
  });

  test.each([
    // The relative clause is the sentence's subject: the verb after the cue is the main clause's.
    ['What the mayor said was not true.', 'said'],
    ['The things the senator said were hurtful to many voters.', 'said'],
    // A plain main clause: the object after the cue is no gapped clause.
    ['The senator said nothing about the harbor.', 'said'],
    
    // A negated cue reports nothing here.
    ['The plan, which the mayor did not say would cost more, passed on Tuesday.', 'did'],
  ])('%s: nothing', (text, cue) => {
    expect(reportOf(text, cue)).toBeNull();
  });
});
