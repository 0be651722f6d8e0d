import { describe, expect, test } from 'vitest';
import { describeUtterances, expectUtterance, utterancesOf } from '../helpers.js';

// A report inside another report's content (sieve 07, `enclosingReport`): nested, it is its own
// utterance, a child of the outer one, with its own source; coordinated after the outer clause,
// it ends the outer report and stands beside it.

describe('a report nested in another report is a child with its own source', () => {
  test.each([
    ['Senator Ann Price said that Governor Tom Reed had claimed the budget was balanced.', 'the budget was balanced', 'Tom Reed', 'Governor Tom Reed had claimed the budget was balanced', 'Ann Price'],
    ['Mayor Lena Ortiz told reporters that Councilman Dale Fisk had argued the tax would hurt renters.', 'the tax would hurt renters', 'Dale Fisk', 'Councilman Dale Fisk had argued the tax would hurt renters', 'Lena Ortiz'],
    // The inner report before the outer cue was already nested by the outer one (`nested`).
    ['Governor Tom Reed had warned that rents would rise, Senator Ann Price said.', 'rents would rise', 'Tom Reed', 'Governor Tom Reed had warned that rents would rise', 'Ann Price'],
    // A cue with its addressee first ("told him that …", "told her …") reports inside another too.
    ['Senator Ann Price said that Governor Tom Reed told him that the bill was dead.', 'the bill was dead', 'Tom Reed', 'Governor Tom Reed told him that the bill was dead', 'Ann Price'],
    ['Senator Ann Price said Governor Tom Reed had told her the vote would fail.', 'the vote would fail', 'Tom Reed', 'Governor Tom Reed had told her the vote would fail', 'Ann Price'],
  ])('%s', (input, inner, innerSpeaker, outer, outerSpeaker) => {
    expectUtterance(input, { text: outer, kind: 'indirect', speaker: outerSpeaker });
    expectUtterance(input, { text: inner, kind: 'indirect', speaker: innerSpeaker, parent: outer });
  });
});

describe('a report coordinated after another ends it and stands beside it', () => {
  test.each([
    ['Mayor Lena Ortiz said the city would hire more teachers and Councilman Dale Fisk said the plan was too costly.', 'the city would hire more teachers', 'Lena Ortiz', 'the plan was too costly', 'Dale Fisk'],
    ['Senator Ann Price called the bill reckless, but Governor Tom Reed said it would create jobs.', 'the bill reckless', 'Ann Price', 'it would create jobs', 'Tom Reed'],
    // A second cue sharing the subject, in the outer cue's form.
    ['Governor Tom Reed says the state budget is balanced and says he will cut taxes next year.', 'the state budget is balanced', 'Tom Reed', 'he will cut taxes next year', 'Tom Reed'],
  ])('%s', (input, first, firstSpeaker, second, secondSpeaker) => {
    const a = expectUtterance(input, { text: first, kind: 'indirect', speaker: firstSpeaker });
    const b = expectUtterance(input, { text: second, kind: 'indirect', speaker: secondSpeaker });
    expect(a.parentId).toBeUndefined();
    expect(b.parentId).toBeUndefined();
  });
});

describe('nothing nested where one speaker reports it all', () => {
  test.each([
    ['Senator Ann Price said the bill was reckless and that it would raise prices.', 'the bill was reckless and that it would raise prices', 'Ann Price'],
    ['Mayor Lena Ortiz said the city would hire teachers and build two new schools.', 'the city would hire teachers and build two new schools', 'Lena Ortiz'],
    ['Governor Tom Reed said the storm had flooded the valley and closed three roads.', 'the storm had flooded the valley and closed three roads', 'Tom Reed'],
    // "said" joins "promised", the reported verb, not "says": the spokesman reports both.
    ['A spokesman, Paul Kern, says Mayor Lena Ortiz promised to support the plan and said she would defend it.', 'Mayor Lena Ortiz promised to support the plan and said she would defend it', 'Paul Kern'],
    // A tell-verb whose object is no person, or that is negated, reports no clause inside another.
    ['Senator Ann Price said that Governor Tom Reed tells such tall tales that voters have stopped listening.', 'Governor Tom Reed tells such tall tales that voters have stopped listening', 'Ann Price'],
    ['Senator Ann Price said the board never told them how to vote.', 'the board never told them how to vote', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectUtterance(input, { text, kind: 'indirect', speaker });
    const us = utterancesOf(input);
    expect(us.length, describeUtterances(input, us)).toBe(1);
  });
});
