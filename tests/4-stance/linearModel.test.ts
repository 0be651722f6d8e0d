import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import directedData from '../../src/data/directedModel.json' with { type: 'json' };
import targetData from '../../src/data/targetModel.json' with { type: 'json' };
import { DIRECTED_SETS } from '../../src/4-stance/directedFeatures.js';
import { directedModel } from '../../src/4-stance/directedModel.js';
import { LinearModelData, argmax, fingerprint, loadLinearModel, scoreLinear } from '../../src/4-stance/model/linearModel.js';
import { directedFingerprint, targetFingerprint } from '../../src/4-stance/model/probes.js';
import { targetModel } from '../../src/4-stance/targetModel.js';
import { CLAUSE_VALUE, targetFeatures, VECTOR_GROUPS, VECTOR_VALUE } from '../../src/4-stance/targetFeatures.js';
import { tokenRange } from '../../src/4-stance/tokenRange.js';
import { wordVectors } from '../../src/4-stance/wordVectors.js';
import { readTokens } from '../../src/adapters/wink.js';

const file = (name: string) => new URL(`../../src/data/${name}`, import.meta.url);

describe('shipped linear models', () => {
  test.each([
    ['directedModel.json', directedData, 5],
    ['targetModel.json', targetData, 3],
  ] as const)('%s passes its schema and records its origin', (_name, data, classes) => {
    const m = LinearModelData.parse(data);
    expect(m.classes).toHaveLength(classes);
    expect(m.origin.script).toMatch(/^scripts\/train-/);
    expect(m.origin.seeds.length).toBeGreaterThan(0);
    expect(Object.keys(m.origin.validation.f1)).toEqual(m.classes);
  });

  test('the features the models were trained on are the features the code makes', () => {
    expect(directedData.extractor.name).toBe(`directedFeatures:${DIRECTED_SETS}`);
    expect(directedData.extractor.fingerprint).toBe(directedFingerprint());
    expect(targetData.extractor.fingerprint).toBe(targetFingerprint());
  });

  test('the target model records the held-out split its choices were made on, and the figures of both dev sets', () => {
    const hp = targetData.origin.hyperParameters as Record<string, string | number>;
    expect(hp.split).toMatch(/fold cross-validation by article/);
    expect(hp.heldOutMacroF1).toBeTypeOf('number');
    expect(hp.mtDevMacroF1).toBeTypeOf('number');
    expect(targetData.origin.validation.data).toMatch(/rw-dev/);
  });

  test('the target model records the clause feature value it was trained with', () => {
    const hp = targetData.origin.hyperParameters as Record<string, string | number>;
    expect(hp.clauseFeatureValue).toBe(CLAUSE_VALUE);
    expect(hp.heldOutMacroF1NoOffsets).toBeTypeOf('number');
  });

  test('model data stays under 2 MB: both models and the target model\'s word vectors', () => {
    const bytes = statSync(file('directedModel.json')).size + statSync(file('targetModel.json')).size + statSync(file('wordVectors.json')).size;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  test('the target model records the word-vector features it was trained with', () => {
    const hp = targetData.origin.hyperParameters as Record<string, string | number>;
    expect(hp.vectorGroups).toBe(VECTOR_GROUPS);
    expect(hp.vectorValue).toBe(VECTOR_VALUE);
    expect(targetData.features.filter((f) => /^e[lrc]:\d+$/.test(f))).toHaveLength(VECTOR_GROUPS.length * wordVectors().dims);
  });

  test('loaders give the classes of the data, once', () => {
    expect(directedModel()).toBe(directedModel());
    expect(directedModel().classes[0]).toBe('none');
    expect(targetModel().classes).toEqual(['negative', 'neutral', 'positive']);
  });
});

describe('loadLinearModel and scoreLinear', () => {
  const tiny = {
    format: 'plaudit-linear-model/1',
    name: 'tiny',
    classes: ['no', 'yes'],
    extractor: { name: 'words', fingerprint: '0badcafe' },
    origin: {
      script: 'none',
      data: 'invented',
      licence: 'MIT',
      date: '2026-01-01',
      seeds: [1],
      hyperParameters: {},
      validation: { data: 'none', macroF1: 0, f1: {} },
    },
    scale: 100,
    features: ['bias', 'w:good'],
    weights: [50, -50, -100, 200],
  };

  test('scores a sparse vector: softmax of the summed weights', () => {
    const m = loadLinearModel(tiny);
    const p = scoreLinear(m, new Map([['bias', 1], ['w:good', 1], ['w:unknown', 5]]));
    expect(p[0]! + p[1]!).toBeCloseTo(1);
    expect(argmax(p)).toBe(1);
    expect(argmax(scoreLinear(m, new Map([['bias', 1]])))).toBe(0);
  });

  test.each([
    [{ ...tiny, weights: [1, 2, 3] }, /weights/],
    [{ ...tiny, weights: [1, 2, 3, 4.5] }, /weights/],
    [{ ...tiny, features: ['bias', 'bias'] }, /features/],
    [{ ...tiny, format: 'other' }, /format/],
    [null, /invalid model data/],
  ])('rejects bad model data (%#)', (data, message) => {
    expect(() => loadLinearModel(data)).toThrow(/^plaudit: /);
    expect(() => loadLinearModel(data)).toThrow(message);
  });

  test('fingerprints depend on keys and values, not on insertion order', () => {
    const a = fingerprint([new Map([['x', 1], ['y', 2]])]);
    expect(fingerprint([new Map([['y', 2], ['x', 1]])])).toBe(a);
    expect(fingerprint([new Map([['x', 1], ['y', 3]])])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('targetFeatures: clause words count less than the words next to the target', () => {
  const featuresOf = (text: string, mention: string) => {
    const doc = readTokens(text);
    const start = text.indexOf(mention);
    const [first, last] = tokenRange(doc, { start, end: start + mention.length });
    return targetFeatures(doc, first, last).values;
  };

  test('a clause word, a near word and a neighbour; no bigrams of the whole clause', () => {
    const v = featuresOf('Moreau praised the new harbour plan on Tuesday.', 'Moreau');
    expect(v.get('c:praise')).toBe(CLAUSE_VALUE);
    expect(v.get('w:R:praise')).toBe(1);
    expect(v.get('n1:L:<s>')).toBe(1);
    expect([...v.keys()].filter((k) => k.startsWith('cb:'))).toEqual([]);
  });

  test('a word repeated in the clause adds up; nothing of the next clause counts as a clause word', () => {
    const v = featuresOf('Moreau said the plan was a good plan; the port board disagreed.', 'Moreau');
    expect(v.get('c:plan')).toBe(2 * CLAUSE_VALUE);
    expect(v.has('c:disagree')).toBe(false);
  });
});
