import { describe, expect, test } from 'vitest';
import { isCommonWord, isGivenName, nameTags } from '../../src/adapters/compromise.js';

// compromise's lexicon read as data: name tags of a lower-case word, given names, common words.
describe('compromise name lexicon', () => {
  test.each([
    ['maria', 'female-name'],
    ['tom', 'male-name'],
    ['france', 'country'],
    ['french', 'demonym'],
  ] as const)('%s is tagged %s', (word, tag) => {
    expect(nameTags(word)).toContain(tag);
  });

  test.each(['table', 'quickly', 'ostlandia', 'zzqx', '', 'Maria', 'constructor'])('%j has no name tag', (word) => {
    expect(nameTags(word)).toEqual([]);
  });

  test.each([
    ['maria', true],
    ['tom', true],
    ['table', false],
    ['vardby', false],
  ] as const)('%s is a given name: %s', (word, known) => {
    expect(isGivenName(word)).toBe(known);
  });

  test.each([
    ['hill', true],
    ['bank', true],
    ['about', true],
    // (A word with a name tag is not counted common: "cook" is a role.)
    ['cook', false],
    ['maria', false],
    ['zzqx', false],
    ['constructor', false],
  ] as const)('%s is a common word: %s', (word, known) => {
    expect(isCommonWord(word)).toBe(known);
  });
});
