import { describe, expect, test } from 'vitest';
import { stringIndex, stringTable } from '../../src/util/stringIndex.js';

describe('compact string tables (util/stringIndex.ts)', () => {
  const features = ['bias', 'B:criticise', 'L:<name>', 'BB:<x>_praise', 's:<T> be', 'é:ünïcode', '😀:emoji', ''];
  const rows = stringIndex(features);

  test.each(features.map((f, row) => [f, row] as const))('stringIndex finds %j at row %i', (feature, row) => {
    expect(rows.get(feature)).toBe(row);
  });

  test.each([['B:praise'], ['b:criticise'], ['B:criticise '], ['bia'], ['biass'], ['L:<name'], ['😀:emoj']])('stringIndex answers undefined for %j', (feature) => {
    expect(rows.get(feature)).toBeUndefined();
  });

  test('a string built at run time is found like a literal', () => {
    const word = ['criti', 'cise'].join('');
    expect(rows.get(`B:${word}`)).toBe(1);
  });

  test('a repeated string answers its first row, as a Map filled without overwriting would', () => {
    const repeated = stringIndex(['a', 'b', 'a']);
    expect(repeated.get('a')).toBe(0);
    expect(repeated.size).toBe(2);
    expect(stringIndex([]).get('a')).toBeUndefined();
  });

  test('many keys: every one is found and none of their variants', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `w:${i.toString(36)}`);
    const index = stringIndex(keys);
    expect(keys.every((k, i) => index.get(k) === i)).toBe(true);
    expect(keys.some((k) => index.get(`${k}!`) !== undefined)).toBe(false);
  });

  test('stringTable answers what its Map answers', () => {
    const scores = new Map([['good', 3], ['bad', -3], ['awful', -3], ['fine', 0]]);
    const table = stringTable(scores);
    for (const word of ['good', 'bad', 'awful', 'fine', 'okay', 'Good', '']) expect(table.get(word)).toBe(scores.get(word));
    expect(table.size).toBe(4);
  });
});
