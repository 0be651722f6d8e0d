/**
 * Judging a decision judges whoever made it: "this ruling" after "the court ruled", "the
 * decision" after "the minister decided" (src/4-stance/scoring/decisionAuthor.ts). Only when the
 * article names exactly one author; a decision of nobody named, or of the speaker, gives no stance.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}:${text.slice(s.targetMention?.start ?? 0, s.targetMention?.end ?? 0)}`);

describe('a judged decision is a stance toward its author', () => {
  test.each([
    { text: 'The Supreme Court of Veldonia ruled on Monday that the tax was lawful. "This ruling is a disgrace," said Senator Mary Jones.', expected: 'Mary Jones>Supreme Court of Veldonia:criticism:ruling' },
    { text: 'Interior Minister Piet Varga banned the march on Friday. Opposition leader Ana Lind said the ban was shameful and cruel.', expected: 'Ana Lind>Piet Varga:criticism:ban' },
    { text: 'Judge Alan Smith ordered the release of the files. "The order is brave and wise," said Tom Brown, a lawyer.', expected: 'Tom Brown>Alan Smith:praise:order' },
    { text: 'Governor Clara Wills decided to close the port. "The decision was reckless and dangerous," said Mayor Tom Brown.', expected: 'Tom Brown>Clara Wills:criticism:decision' },
    { text: 'The Harbour Authority on Monday banned night flights. "This ban is cruel and stupid," said Mary Jones.', expected: 'Mary Jones>Harbour Authority:criticism:ban' },
    { text: 'The Veldonian Court of Appeal issued a verdict on the case on Tuesday. "This verdict ignores every fact," said Mary Jones.', expected: 'Mary Jones>Veldonian Court of Appeal:criticism:verdict' },
    { text: 'The Board of Ports\'s decision surprised the harbour. Mayor Tom Brown said the ruling was wise and fair.', expected: 'Tom Brown>Board of Ports:praise:ruling' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('no author, several authors, or the speaker: no stance through the decision', () => {
  test.each([
    { text: '"The film\'s ending was a disgrace," said Mary Jones.', absent: /ending/ },
    { text: '"The weather decision was reckless," said Mary Jones.', absent: /decision/ },
    { text: 'The storm closed the port. "The decision was reckless," said Mary Jones.', absent: /decision/ },
    { text: 'Judge Alan Smith ruled for the city, and Judge Ruth Green ruled against it. "The ruling is a disgrace," said Tom Brown.', absent: /ruling/ },
    { text: 'Governor Clara Wills decided to close the port. "The decision was wise and brave," Clara Wills said.', absent: /decision/ },
    { text: 'Mary Jones said the order of events was a disgrace.', absent: /order/ },
    { text: 'Judge Ruth Green ruled for the city in May. After the Court\'s Smith v. Lowe decision, Tom Brown said the decision was a disgrace.', absent: /decision/ },
    { text: 'Harbour Watch was ordered to close its office. "The order is a disgrace," said Mary Jones.', absent: /order/ },
    { text: 'Clara Wills and Piet Varga decided to close the port. "The decision was reckless," said Mary Jones.', absent: /decision/ },
  ])('$text', ({ text, absent }) => {
    expect(polar(text).filter((s) => absent.test(s.split(':').pop()!))).toEqual([]);
  });
});

describe('an "it" after a thing that is no decision names no one', () => {
  test.each([
    { text: 'The Constitutional Court of Veldonia ruled on Tuesday that Ostland must change its law on judges. "The treaty took two years. It ignores the wishes of voters," said Mary Jones.', absent: />/ },
  ])('$text', ({ text, absent }) => {
    expect(polar(text).filter((s) => absent.test(s) && s.endsWith(':It'))).toEqual([]);
  });
});

describe('an "it" after a thing named earlier in its own sentence names no one, not a body named a sentence before', () => {
  test.each([
    { text: 'The Harbour Council withdrew its support on Monday. Governor Clara Wills defended the plan in a speech, calling it "bold and fair."' },
    { text: 'The Harbour Council voted on Monday. Mayor Tom Brown praised the budget, calling it brilliant and fair.' },
    { text: 'The Harbour Council met on Monday. Mayor Tom Brown signed the bill, calling it "a wonderful day for the city."' },
    { text: 'The Harbour Council voted on Monday. Mayor Tom Brown attacked the plan, calling it cruel and reckless.' },
  ])('$text', ({ text }) => {
    expect(polar(text).filter((s) => s.endsWith(':it'))).toEqual([]);
  });
});

describe('an "it" after a noun that is no object of a verb may still be the body named before', () => {
  test.each([
    { text: 'The Harbour Council voted to close the port on Monday. Mayor Tom Brown said in an interview that it had betrayed the city.', expected: 'Tom Brown>Harbour Council:criticism:it' },
    { text: 'The Harbour Council voted to close the port on Monday. In a speech, Mayor Tom Brown accused it of betraying the city.', expected: 'Tom Brown>Harbour Council:criticism:it' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('an "it" that stands for a decision judges the decision\'s author, and an "it" for another thing no one', () => {
  test.each([
    { text: 'The Constitutional Court of Veldonia ruled on Tuesday that Ostland must pay. Ostland said in a statement, "This judgment is new." Ostland added, "It undermines the rights of every small state."', expected: 'Ostland>Constitutional Court of Veldonia:criticism:It' },
    { text: 'The Harbour Authority on Monday banned night flights. "The ban came late. It betrays the pilots," said Mary Jones.', expected: 'Mary Jones>Harbour Authority:criticism:It' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });

  test.each([
    // The thing is a decision of someone else: the "it" is no one's (not the court's).
    { text: 'The Veldonian Court of Appeal heard the case. Governor Clara Wills decided to close the port. "The decision came late. It betrays the fishermen," said Tom Brown.', absent: /Court/ },
    // Any other thing: the words judge it, not the body named before.
    { text: 'The Veldonian Court of Appeal heard the case on Monday. "The new tariff came late. It betrays the farmers," said Tom Brown.', absent: /Court/ },
  ])('$text', ({ text, absent }) => {
    expect(polar(text).filter((s) => absent.test(s))).toEqual([]);
  });
});
