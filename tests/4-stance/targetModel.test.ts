import { describe, expect, test } from 'vitest';
import targetData from '../../src/data/targetModel.json' with { type: 'json' };
import { argmax, LinearModelData, scoreLinear } from '../../src/4-stance/model/linearModel.js';
import { targetFeatures } from '../../src/4-stance/targetFeatures.js';
import { targetModel } from '../../src/4-stance/targetModel.js';
import { tokenRange } from '../../src/4-stance/tokenRange.js';
import { readTokens } from '../../src/adapters/wink.js';

/** The shipped target model's label (-1, 0, 1) for the first occurrence of `mention` in `text`. */
function labelOf(text: string, mention: string): number {
  const doc = readTokens(text);
  const start = text.indexOf(mention);
  const [first, last] = tokenRange(doc, { start, end: start + mention.length });
  return argmax(scoreLinear(targetModel(), targetFeatures(doc, first, last).values)) - 1;
}

/** The masked-sentence features (`s:`) of the first occurrence of `mention` in `text`. */
function maskedOf(text: string, mention: string): Map<string, number> {
  const doc = readTokens(text);
  const start = text.indexOf(mention);
  const [first, last] = tokenRange(doc, { start, end: start + mention.length });
  return new Map([...targetFeatures(doc, first, last).values].filter(([k]) => k.startsWith('s:')));
}

describe('the masked sentence (s: features)', () => {
  test.each([
    ['The council praised the mayor for the new bridge.', 'the mayor', ['s:praise <T>', 's:<T> for', 's:<s> the'], 1],
    ['The residents blamed him for the floods.', 'him', ['s:blame <T>', 's:<T> for', 's:flood'], 1],
    ['Okafor sharply criticised Lindqvist on Monday.', 'Lindqvist', ['s:criticize <T>', 's:<N> sharply', 's:on <N>'], 0.5],
    ['Lindqvist met 300 farmers in Varga.', 'Lindqvist', ['s:<s> <T>', 's:<T> meet', 's:<num> farmer', 's:in <N>'], 0.5],
  ])('%s → %s', (text, mention, expected, value) => {
    const m = maskedOf(text, mention);
    for (const k of expected) expect(m.get(k)).toBe(value);
  });

  test.each([
    ['The council praised the mayor for the new bridge.', 'the mayor', ['s:mayor', 's:the mayor']],
    ['Okafor sharply criticised Lindqvist on Monday.', 'Lindqvist', ['s:Okafor', 's:okafor', 's:lindqvist', 's:monday']],
  ])('never the mention\'s own words nor a name: %s → %s', (text, mention, absent) => {
    const m = maskedOf(text, mention);
    for (const k of absent) expect(m.has(k)).toBe(false);
  });
});

describe('the shipped target model', () => {
  test('records how it was trained: Adagrad, seeds, the split its choices were made on', () => {
    const m = LinearModelData.parse(targetData);
    const hp = m.origin.hyperParameters;
    expect(hp.method).toMatch(/^Adagrad/);
    expect(hp.epochs).toBeTypeOf('number');
    expect(hp.minCount).toBeTypeOf('number');
    expect(hp.split).toMatch(/fold cross-validation by article/);
    expect(m.origin.seeds).toEqual(m.origin.seeds.map((_, i) => m.origin.seeds[0]! + i));
    expect(m.scale).toBe(100);
  });

  test('has no clause-bigram features (the extractor no longer makes them)', () => {
    expect(targetData.features.filter((f) => f.startsWith('cb:'))).toEqual([]);
  });

  test.each([
    ['The committee praised Alvarez for her courage during the flood.', 'Alvarez', 1],
    ['Okafor thanked the nurses for their extraordinary dedication.', 'the nurses', 1],
    ['Supporters hailed Ruiz as a brilliant and visionary leader.', 'Ruiz', 1],
    ['Voters blamed Petrov for the shortages and the long queues.', 'Petrov', -1],
    ['Critics accused Lindqvist of lying to parliament about the deal.', 'Lindqvist', -1],
    ['Moreau is a corrupt and dishonest politician, the senator said.', 'Moreau', -1],
    ['Hale condemned the brutal crackdown ordered by Varga.', 'Varga', -1],
  ])('%s → %s is %i', (text, mention, label) => {
    expect(labelOf(text, mention)).toBe(label);
  });

  test.each([
    ['Petrov arrived in the capital on Monday for the meeting.', 'Petrov'],
    ['The minister met Brandt in Vienna on Tuesday.', 'Brandt'],
  ])('nothing to judge: %s → %s is neutral', (text, mention) => {
    expect(labelOf(text, mention)).toBe(0);
  });
});
