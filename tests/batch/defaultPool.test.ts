import { describe, expect, test } from 'vitest';
import { defaultPool, MIN_ARTICLES_FOR_THREADS } from '../../src/batch/defaultPool.js';

describe('defaultPool: never slower than one thread', () => {
  test.each([
    [1, 1],
    [2, 1], // two threads and the calling thread on two cores were slower than one thread
    [3, 2],
    [4, 3],
    [16, 15],
  ])('%i cores → concurrency %i', (cores, concurrency) => {
    expect(defaultPool(cores)).toEqual({ concurrency, minArticles: MIN_ARTICLES_FOR_THREADS });
  });
  test('threads only for inputs large enough to pay their start-up', () => {
    expect(MIN_ARTICLES_FOR_THREADS).toBeGreaterThanOrEqual(16);
  });
});
