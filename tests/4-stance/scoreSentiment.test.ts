import { describe, expect, test } from 'vitest';
import { scoreSentiment } from '../../src/4-stance/stance.js';
import { readTokens } from '../../src/adapters/wink.js';

const score = (text: string) => scoreSentiment(readTokens(text), { start: 0, end: text.length });

describe('scoreSentiment', () => {
  test.each([
    ['He slammed the plan as a disgrace.', -1],
    ['She is a corrupt liar and a traitor.', -1],
    ['They lauded her courage and integrity.', 1],
    ['He is so highly respected, a genius.', 1],
    ['It was a stab in the back.', -1],
    ['He is not smart.', -1],
    ['She isn’t a fan of the deal.', -1],
    ['The regime lacks any credibility.', -1],
    ['He has lost all credibility with voters.', -1],
  ])('%s', (text, sign) => {
    const r = score(text);
    expect(Math.sign(r.score)).toBe(sign);
    expect(Math.sign(r.comparative)).toBe(sign);
    expect(Math.abs(r.comparative)).toBeLessThanOrEqual(Math.abs(r.score));
  });

  test.each(['Putin met Trump in Helsinki.', 'The committee meets on Tuesday.', '', '   ', '...'])('zero for %j', (text) => {
    expect(score(text)).toEqual({ score: 0, comparative: 0 });
  });

  test('only the words inside the span count', () => {
    const text = 'He is a liar, she said happily.';
    const doc = readTokens(text);
    expect(scoreSentiment(doc, { start: 0, end: 12 }).score).toBeLessThan(0);
    expect(scoreSentiment(doc, { start: 3, end: 3 })).toEqual({ score: 0, comparative: 0 });
  });

  test('intensifiers strengthen, hedges weaken', () => {
    expect(score('He is very weak.').score).toBeLessThan(score('He is weak.').score);
    expect(score('He is somewhat weak.').score).toBeGreaterThan(score('He is weak.').score);
  });
});
