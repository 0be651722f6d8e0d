import { describe, expect, test } from 'vitest';
import { crossesSorted, firstAtOrAfter, insideSorted, mergedSpans } from '../../src/util/sorted.js';

describe('searches over sorted spans (util/sorted.ts)', () => {
  const spans = mergedSpans([{ start: 20, end: 30 }, { start: 0, end: 10 }, { start: 5, end: 12 }, { start: 22, end: 25 }]);

  test('mergedSpans sorts and merges nested and overlapping spans', () => {
    expect(spans).toEqual([{ start: 0, end: 12 }, { start: 20, end: 30 }]);
    expect(mergedSpans([])).toEqual([]);
  });

  test.each([
    [0, true], [11, true], [12, false], [15, false], [20, true], [29, true], [30, false],
  ])('insideSorted at offset %i: %s', (offset, inside) => {
    expect(insideSorted(spans, offset)).toBe(inside);
  });

  test.each([
    [{ start: 12, end: 20 }, false], [{ start: 11, end: 13 }, true], [{ start: 14, end: 21 }, true], [{ start: 30, end: 40 }, false], [{ start: 13, end: 15 }, false],
  ])('crossesSorted %o: %s', (span, crosses) => {
    expect(crossesSorted(spans, span)).toBe(crosses);
  });

  test('firstAtOrAfter finds the first key at or after a value', () => {
    expect(firstAtOrAfter([1, 4, 4, 9], 4, (x) => x)).toBe(1);
    expect(firstAtOrAfter([1, 4, 4, 9], 10, (x) => x)).toBe(4);
  });
});
