/**
 * `form: 'topic'`: a report whose span is only the noun phrase the act was about ("criticized the
 * budget", "called for a ban") is marked, so that users and `formatAnalysis` can tell it from
 * words said; the utterance itself stays (PolNeAR counts such spans as attribution content).
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

/** [text, form] of the indirect utterances. */
function reports(text: string): [string, string | undefined][] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').map((u) => [u.text, u.form]);
}

describe('the object of an act is its topic (reported/objectReports.ts)', () => {
  test.each([
    ['Senator Vale criticized the new budget on Tuesday.', 'the new budget'],
    ['Mayor Reyes called for a ban on plastic bags.', 'a ban on plastic bags'],
    ['Governor Vale called for reducing the sales tax to five percent.', 'reducing the sales tax to five percent'],
    ['Ortiz agreed with the report of the auditor.', 'the report of the auditor'],
    ['Councillor Lin spoke about the housing shortage.', 'the housing shortage'],
    ['The minister announced a new plan for the railways.', 'a new plan for the railways'],
  ])('%s', (text, topic) => {
    expect(reports(text)).toEqual([[topic, 'topic']]);
  });
});

describe('words said carry no form', () => {
  test.each([
    ['Senator Vale said the budget was a disgrace.', 'the budget was a disgrace'],
    // A name given, with or without quotes, is what was said of the thing named.
    ['Vale called him a reckless opportunist.', 'him a reckless opportunist'],
    ['Mayor Reyes called the new parking rules “absurd.”', 'the new parking rules “absurd.”'],
    // A wh-clause after "about" is a clause, not a noun phrase.
    ['Councillor Lin complained about how the council spends its money.', 'how the council spends its money'],
    ['Okafor told reporters that the decree was an attack on the press.', 'the decree was an attack on the press'],
  ])('%s', (text, words) => {
    expect(reports(text)).toEqual([[words, undefined]]);
  });

  test('no issue span carries a flag of the clause reader', () => {
    const issues = analyze('Critics of the plan, who spoke about the cost, were many. Called for a recount.').issues;
    for (const issue of issues) if (issue.span) expect(Object.keys(issue.span).sort()).toEqual(['end', 'start']);
  });
});
