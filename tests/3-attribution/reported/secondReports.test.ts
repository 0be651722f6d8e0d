/**
 * A report stops where a second report, with its own subject and its own cue, is joined to it
 * (reported/aside.ts with reported/secondReport.ts; sieves/07-reportedSpeech.ts coordinatedAfter):
 * PolNeAR never puts one report's cue inside another's content, and the second cue's subject is
 * the source of what follows it. Each table is paired with rows where nothing may change. All
 * sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** Each indirect report as "speaker: text", in text order. */
function reports(text: string): string[] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').sort((x, y) => x.start - y.start).map((u) => `${u.speaker?.name ?? '?'}: ${u.text}`);
}

describe('a cue set off by commas, then a coordinated second report: the cue trails the words before it (aside.ts)', () => {
  test.each([
    ['The ferry fares rose in May, the harbor board said, and engineers say the docks need repairs.', ['harbor board: The ferry fares rose in May', 'engineers: the docks need repairs']],
    ['The old bridge was built in 1961, county records show, and inspectors said it needs new cables.', ['county records: The old bridge was built in 1961', 'inspectors: it needs new cables']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    // A cue set off by commas inside its report: the report stands on both sides.
    ['The ferry fares, the harbor board said, will rise in May.', ['harbor board: The ferry fares, the harbor board said, will rise in May']],
    // What follows the coordinator has no cue of its own: nothing is split off.
    ['The ferry fares rose in May, the harbor board said.', ['harbor board: The ferry fares rose in May']],
  ])('nothing split: %s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});

describe('a subordinator of time or contrast before a second report’s subject ends the first report (07-reportedSpeech.ts)', () => {
  test.each([
    ['Mayor Reyes said the vote was close after the clerks said Lund had won.', ['Reyes: the vote was close', 'clerks: Lund had won']],
    ['The senator said the levy would fail, while her aides argued it would pass.', ['senator: the levy would fail', 'her aides: it would pass']],
    ['Ortiz said the school would reopen as the county said the roof was safe.', ['Ortiz: the school would reopen', 'county: the roof was safe']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    // A clause of cause is part of what was reported.
    ['Mayor Reyes said the vote was late because the clerks asked for a recount.', 'Reyes: the vote was late because the clerks asked for a recount'],
    // A second verb of the same subject is no second report of another source.
    ['Mayor Reyes said the vote was close and said Lund had won.', 'Reyes: the vote was close'],
    // A subordinate clause with no cue stays in the report.
    ['Mayor Reyes said the vote was close after the polls closed early.', 'Reyes: the vote was close after the polls closed early'],
  ])('the first report keeps its words: %s', (text, first) => {
    expect(reports(text)[0]).toBe(first);
  });
});

describe('a partial quote that ends in its own comma, then a trailing cue: the report ends at the quote, and the trailing cue reports the clause (clauseReader.ts)', () => {
  test.each([
    ['The harbor board wants to “rebuild the docks for every fisherman in town,” Mayor Reyes said.', ['Reyes: The harbor board wants to “rebuild the docks for every fisherman in town,”', 'harbor board: to “rebuild the docks for every fisherman in town,”']],
    ['Senator Lund fears the levy will be “a tax on the poor and the old,” the governor said.', ['governor: Senator Lund fears the levy will be “a tax on the poor and the old,”', 'Lund: the levy will be “a tax on the poor and the old,”']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    // A quote that opens its sentence is a quote of its own, not part of a report.
    ['“We will rebuild the docks for every fisherman,” Mayor Reyes said.', []],
    // The words before the quote have a speech cue of their own: the trailing cue adds no report.
    ['Mayor Reyes said the levy was “a tax on the poor and the old,” she said.', ['Reyes: the levy was “a tax on the poor and the old,”']],
    // No comma inside the quote: the report reads on as before.
    ['The harbor board wants to “rebuild the docks” before the storms come.', ['harbor board: to “rebuild the docks” before the storms come']],
  ])('no trailing report: %s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});

describe('"according to" after a quote and its own attribution reports both (clauseReader.ts quoteAttributedBefore)', () => {
  test.each([
    ['“We will rebuild the docks for every fisherman,” Mayor Reyes said on Friday, according to the Ledger.', '“We will rebuild the docks for every fisherman,” Mayor Reyes said on Friday'],
    ['“The levy is a tax on the poor,” said Senator Lund, according to notes from the hearing.', '“The levy is a tax on the poor,” said Senator Lund'],
  ])('%s', (text, report) => {
    expect(analyze(text).utterances.find((u) => u.cue?.text.startsWith('according to'))?.text).toBe(report);
  });

  test.each([
    // No attribution of its own after the quote: the report is not read back through it.
    ['The docks, once “the pride of the town,” will be rebuilt by May, according to the Ledger.', 'will be rebuilt by May'],
    // The quote stands in another paragraph: the report does not reach it.
    ['“We will rebuild the docks,” the mayor said.\n\nThe council has said it has no money for the work, according to the Ledger.', 'The council has said it has no money for the work'],
  ])('not through the quote: %s', (text, report) => {
    expect(analyze(text).utterances.find((u) => u.cue?.text.startsWith('according to'))?.text).toBe(report);
  });

  test('a quote right before "according to" stays a quote of its own', () => {
    const a = analyze('“We will not sell the docks,” according to Senator Lund.');
    expect(a.utterances.map((u) => u.kind)).toEqual(['direct']);
  });

  test('the quote keeps its own speaker', () => {
    const u = analyze('“We will rebuild the docks for every fisherman,” Mayor Reyes said on Friday, according to the Ledger.').utterances.find((x) => x.text.startsWith('We will'));
    expect(u?.speaker?.name).toBe('Reyes');
  });
});
