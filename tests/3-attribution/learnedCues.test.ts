// The counted cue table (extended by the cue model: see cueModel.test.ts).
import { describe, expect, test } from 'vitest';
import data from '../../src/data/learnedCues.json' with { type: 'json' };
import { LearnedCues, learnedCues } from '../../src/3-attribution/cues/learnedCues.js';

describe('the learned cue table (src/data/learnedCues.json)', () => {
  test('matches its schema and says where it comes from', () => {
    const parsed = LearnedCues.parse(data);
    expect(parsed.origin.generatedBy).toMatch(/^node scripts\/learn-cues\.mjs/);
    expect(parsed.origin.data).toMatch(/PolNeAR train/);
    expect(parsed.cues.length).toBe((data.origin as { entries: number }).entries);
  });

  test('every entry keeps the thresholds it was written with, and its share is its counts', () => {
    const { minSupport, minPrecision } = data.origin.thresholds;
    for (const c of data.cues) {
      expect(c.support).toBeGreaterThanOrEqual(minSupport);
      expect(c.precision).toBeGreaterThanOrEqual(minPrecision);
      expect(Math.abs(c.precision - c.hits / c.support)).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });

  test('one entry per word and complement', () => {
    expect(learnedCues().size).toBe(data.cues.length);
  });
});
