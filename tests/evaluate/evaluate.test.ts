import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { evaluateCorpus } from '../../src/evaluate/evaluateCorpus.js';
import type { GoldArticleInput } from '../../src/evaluate/goldArticle.js';
import type { Analysis, Stance, Utterance, UtteranceKind } from '../../src/index.js';

const text =
  '"The new bridge is a triumph," Mayor Ana Ruiz said on Monday. ' +
  'Councillor Tom Baker called the project "a reckless waste of money." ' +
  'Ruiz said Baker had never read the plans.';

const gold: GoldArticleInput = {
  id: 'bridge', title: 'Bridge', source: 'made up for the tests', license: 'CC0', text,
  entities: [
    { id: 'ruiz', name: 'Ana Ruiz', type: 'person', aliases: ['Ruiz', 'Mayor Ana Ruiz'] },
    { id: 'baker', name: 'Tom Baker', type: 'person', aliases: ['Baker', 'Councillor Tom Baker'] },
    { id: 'council', name: 'City Council', type: 'organization', aliases: ['the council'] },
  ],
  utterances: [
    { id: 'u1', text: 'The new bridge is a triumph,', speaker: 'ruiz', kind: 'direct' },
    { id: 'u2', text: 'a reckless waste of money.', speaker: 'baker', kind: 'partial' },
    { id: 'u3', text: 'Baker had never read the plans', speaker: 'ruiz', kind: 'indirect' },
  ],
  stances: [
    { source: 'ruiz', target: 'baker', polarity: 'criticism', evidence: ['u3'] },
    { source: 'baker', target: 'council', polarity: 'criticism', evidence: ['u2'], optional: true },
  ],
  asymmetry: [{ a: 'ruiz', b: 'baker', more: 'b' }],
};

/** A predicted utterance on the `occurrence`-th match of `words`. */
function said(id: string, words: string, speaker: string | null, kind: UtteranceKind = 'direct'): Utterance {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { id, start, end: start + words.length, text: words, kind, speaker: speaker === null ? null : { entityId: speaker, name: speaker }, sentiment: { score: 0, comparative: 0 }, confidence: 1 };
}
function stance(utteranceId: string, source: string, target: string, polarity: Stance['polarity']): Stance {
  return { id: `s-${utteranceId}-${source}-${target}`, utteranceId, source: { entityId: source, name: source }, target: { entityId: target, name: target }, polarity, score: 0, evidence: [] };
}
const analysis = (utterances: Utterance[], stances: Stance[] = []): Analysis =>
  ({ length: text.length, entities: [], utterances, stances, issues: [] });

describe('evaluate: quote attribution', () => {
  test.each([
    ['both quotes, right speakers', [said('a', 'The new bridge is a triumph,', 'Mayor Ana Ruiz'), said('b', 'a reckless waste of money.', 'Baker', 'partial')], { quotesPredicted: 2, quotesCorrect: 2, quotesGold: 2, quotesRight: 2 }],
    ['a surname with a title matches the person', [said('a', 'The new bridge is a triumph,', 'Deputy Mayor Ana Ruiz')], { quotesPredicted: 1, quotesCorrect: 1, quotesRight: 1 }],
    ['quotation marks included still count', [said('a', '"The new bridge is a triumph,"', 'Ruiz')], { quotesPredicted: 1, quotesCorrect: 1, quotesRight: 1 }],
    ['the wrong speaker is detected but not correct', [said('a', 'The new bridge is a triumph,', 'Baker')], { quotesPredicted: 1, quotesDetected: 1, quotesCorrect: 0, quotesFound: 1, quotesRight: 0 }],
    ['an unknown speaker is wrong', [said('a', 'The new bridge is a triumph,', 'Ruiz Junior')], { quotesPredicted: 1, quotesDetected: 1, quotesCorrect: 0 }],
    ['less than half of the gold quote is not found', [said('a', 'a triumph,', 'Ruiz')], { quotesPredicted: 1, quotesCorrect: 1, quotesFound: 0, quotesRight: 0 }],
    ['a quote over the writer\'s words is spurious', [said('a', 'Mayor Ana Ruiz said on Monday.', 'Ruiz')], { quotesPredicted: 1, quotesDetected: 0, quotesCorrect: 0 }],
    ['an indirect prediction does not count for quote precision', [said('a', 'The new bridge is a triumph,', 'Ruiz', 'indirect')], { quotesPredicted: 0, quotesRight: 1 }],
    ['a quoted prediction on indirect gold counts as detected', [said('a', 'Baker had never read the plans', 'Ruiz', 'partial')], { quotesPredicted: 1, quotesCorrect: 1, indirectRight: 1 }],
  ])('%s', (_name, utterances, expected) => {
    expect(evaluate(gold, analysis(utterances)).counts).toMatchObject(expected);
  });

  test('nothing predicted: precision 1 by convention, recall 0', () => {
    const e = evaluate(gold, analysis([]));
    expect(e.quoteAttribution).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(e.missed.map((m) => m.id)).toEqual(['u1', 'u2', 'u3']);
  });

  test('a prediction on an optional gold utterance is neither rewarded nor punished', () => {
    const withOptional = { ...gold, utterances: [...gold.utterances, { id: 'u4', text: 'Mayor Ana Ruiz said on Monday', speaker: null, kind: 'direct' as const, optional: true }] };
    const e = evaluate(withOptional, analysis([said('a', 'Mayor Ana Ruiz said on Monday.', 'Ruiz')]));
    expect(e.counts.quotesPredicted).toBe(0);
    expect(e.spurious).toEqual([]);
  });
});

describe('evaluate: stances, evidence and asymmetry', () => {
  const utterances = [said('a', 'The new bridge is a triumph,', 'Ruiz'), said('b', 'a reckless waste of money.', 'Baker', 'partial'), said('c', 'Baker had never read the plans', 'Ruiz', 'indirect')];
  test.each([
    ['the required triple on its evidence', [stance('c', 'Ruiz', 'Baker', 'criticism')], { stancesPredicted: 1, stancesCorrect: 1, stancesGold: 1, evidenceRight: 1, asymmetryRight: 1 }],
    ['the triple on another utterance: triple right, evidence missed', [stance('a', 'Ruiz', 'Baker', 'criticism')], { stancesCorrect: 1, evidenceRight: 0 }],
    ['repeating a triple counts once', [stance('c', 'Ruiz', 'Baker', 'criticism'), stance('a', 'Ana Ruiz', 'Tom Baker', 'criticism')], { stancesPredicted: 1, stancesCorrect: 1 }],
    ['the opposite polarity is wrong', [stance('c', 'Ruiz', 'Baker', 'praise')], { stancesPredicted: 1, stancesCorrect: 0, evidenceRight: 0 }],
    ['neutral is left out', [stance('c', 'Ruiz', 'Baker', 'neutral')], { stancesPredicted: 0 }],
    ['a triple only optional gold has is ignored', [stance('b', 'Baker', 'the council', 'criticism')], { stancesPredicted: 0 }],
    ['two unknown targets are two wrong triples', [stance('b', 'Baker', 'the mayor', 'criticism'), stance('b', 'Baker', 'the planners', 'criticism')], { stancesPredicted: 2, stancesCorrect: 0 }],
    ['more criticism from Ruiz: Baker praises more', [stance('c', 'Ruiz', 'Baker', 'criticism'), stance('c', 'Ruiz', 'Baker', 'criticism'), stance('b', 'Baker', 'Ruiz', 'criticism')], { asymmetryGold: 1, asymmetryRight: 1 }],
    ['a tie is never right', [stance('c', 'Ruiz', 'Baker', 'criticism'), stance('b', 'Baker', 'Ruiz', 'criticism')], { asymmetryRight: 0 }],
  ])('%s', (_name, stances, expected) => {
    expect(evaluate(gold, analysis(utterances, stances)).counts).toMatchObject(expected);
  });
});

describe('evaluate: stance errors name the triples', () => {
  test('a missed gold triple and a wrong predicted one, unknown names kept readable', () => {
    const e = evaluate(gold, analysis([said('c', 'Baker had never read the plans', 'Ruiz', 'indirect')], [stance('c', 'Ruiz', 'The Planning Office', 'criticism'), stance('c', 'Ruiz', 'Baker', 'neutral')]));
    expect(e.stanceErrors).toEqual({
      missed: [{ source: 'ruiz', target: 'baker', polarity: 'criticism' }],
      spurious: [{ source: 'ruiz', target: '?planning office', polarity: 'criticism' }],
    });
  });
  test('nothing wrong: both lists empty', () => {
    const e = evaluate(gold, analysis([said('c', 'Baker had never read the plans', 'Ruiz', 'indirect')], [stance('c', 'Ruiz', 'Baker', 'criticism')]));
    expect(e.stanceErrors).toEqual({ missed: [], spurious: [] });
  });
});

describe('evaluate: misuse is a PlauditError', () => {
  test.each([
    ['a gold without text', { ...gold, text: undefined, textFile: 'x.txt' }, analysis([]), /has no text/],
    ['an analysis of another text', gold, { ...analysis([]), length: 3 }, /length 3/],
    ['an utterance not in the text', { ...gold, utterances: [{ id: 'u1', text: 'never written', speaker: null, kind: 'direct' as const }], stances: [] }, analysis([]), /not found/],
  ])('%s', (_name, g, a, message) => {
    expect(() => evaluate(g, a)).toThrow(message);
  });
});

describe('evaluateCorpus', () => {
  test('micro-averages: counts are summed before dividing', () => {
    const perfect = evaluate(gold, analysis([said('a', 'The new bridge is a triumph,', 'Ruiz'), said('b', 'a reckless waste of money.', 'Baker', 'partial')]));
    const empty = evaluate(gold, analysis([]));
    const corpus = evaluateCorpus([perfect, empty]);
    expect(corpus.docs).toBe(2);
    expect(corpus.quoteAttribution.recall).toBe(2 / 4);
    expect(corpus.quoteAttribution.precision).toBe(1);
    expect(corpus.articles).toHaveLength(2);
  });
  test('no articles: nothing to find, nothing wrong', () => {
    expect(evaluateCorpus([]).quoteAttribution).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
