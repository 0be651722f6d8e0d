import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scoreSentiment, scoreStances, sentimentToward, stanceBetween } from '../../src/4-stance/stance.js';
import { readTokens } from '../../src/adapters/wink.js';
import { DirectedStance, Stance, TargetSentiment } from '../../src/model/index.js';

const textAndSpans = fc.string({ maxLength: 120, unit: 'grapheme' }).chain((text) =>
  fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length), fc.nat(text.length), fc.nat(text.length)),
);

describe('any string is valid text', () => {
  test('sentimentToward, stanceBetween and scoreSentiment never throw on valid spans', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, a, b, c, d]) => {
        const s1 = { start: Math.min(a, b), end: Math.max(a, b) };
        const s2 = { start: Math.min(c, d), end: Math.max(c, d) };
        expect(TargetSentiment.safeParse(sentimentToward(text, s1)).success).toBe(true);
        const r = stanceBetween(text, s1, s2);
        if (r) expect(DirectedStance.safeParse(r).success).toBe(true);
        const sc = scoreSentiment(readTokens(text), s1);
        expect(Number.isFinite(sc.score) && Number.isFinite(sc.comparative)).toBe(true);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  test('scoreStances never throws and returns valid stances', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, a, b, c, d]) => {
        const doc = readTokens(text);
        const stances = scoreStances({
          doc,
          utterances: [
            { id: 'u1', start: Math.min(a, b), end: Math.max(a, b), text: text.slice(Math.min(a, b), Math.max(a, b)), kind: 'partial', speaker: { entityId: 'x', name: 'X' }, sentiment: { score: 0, comparative: 0 }, confidence: 1 },
          ],
          entities: [
            { id: 'x', name: 'X', type: 'person', aliases: [], mentions: [] },
            { id: 'y', name: 'Y', type: 'person', aliases: [], mentions: [{ start: Math.min(c, d), end: Math.max(c, d) }] },
          ],
        });
        for (const s of stances) expect(Stance.safeParse(s).success).toBe(true);
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
