/**
 * A relative clause after a comma that holds a speech cue of its own (", which the auditors said
 * …", ", who said …", ", at which the treasurer argued …") ends the report it follows: its cue
 * reports its own words (reported/secondReport.ts relativeReportAt, read by clauseReader.ts
 * isStop). A restrictive relative, one with no speech cue, or one whose cue only supports or
 * pleases stays inside the report. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** Each indirect report as "speaker: text", in text order. */
function reports(text: string): string[] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').sort((x, y) => x.start - y.start).map((u) => `${u.speaker?.name ?? '?'}: ${u.text}`);
}

describe('a relative clause with its own speech cue ends the report before its comma', () => {
  test.each([
    ['Senator Hale said the port was losing money, which the auditors said was no surprise.', 'Hale: the port was losing money'],
    ['Hale said the levy was too high, which the council says it will review.', 'Hale: the levy was too high'],
    ['Hale said the vote was delayed by Lund, who said the count was wrong.', 'Hale: the vote was delayed by Lund'],
    ['Ortiz said the board had met on Friday, at which the treasurer argued that fares were too low.', 'Ortiz: the board had met on Friday'],
  ])('%s', (text, first) => {
    expect(reports(text)[0]).toBe(first);
  });

  test('the relative clause’s cue reports its own words', () => {
    expect(reports('Ortiz said the board had met on Friday, at which the treasurer argued that fares were too low.')).toEqual(['Ortiz: the board had met on Friday', 'treasurer: fares were too low']);
    expect(reports('Hale said the vote was delayed by Lund, who said the count was wrong.')).toEqual(['Hale: the vote was delayed by Lund', 'Lund: the count was wrong']);
  });
});

describe('the report goes on through a relative clause that is no report of its own', () => {
  test.each([
    // No comma: a restrictive relative is part of what was said.
    ['Hale said the plan would help the farmers who said they were struggling.', 'Hale: the plan would help the farmers who said they were struggling'],
    // No cue in the relative clause.
    ['Hale said the levy would fund the new bridge, which opens in May.', 'Hale: the levy would fund the new bridge, which opens in May'],
    // A cue of support, not of speech.
    ['Hale said the mayor backed the levy, which the governor also supports.', 'Hale: the mayor backed the levy, which the governor also supports'],
    // A verb that is no cue.
    ['Reyes said the dock would reopen, which pleased the ferry crews.', 'Reyes: the dock would reopen, which pleased the ferry crews'],
  ])('%s', (text, first) => {
    expect(reports(text)[0]).toBe(first);
  });
});
