import { describe, expect, test } from 'vitest';
import { sentimentToward } from '../../src/4-stance/stance.js';
import { PlauditError } from '../../src/model/errors.js';
import { spanOf } from './helpers.js';

const toward = (text: string, target: string) => sentimentToward(text, spanOf(text, target));

describe('sentimentToward', () => {
  test.each([
    ['Senators lauded Merkel for her steady leadership during the crisis.', 'Merkel', 'positive'],
    ['Critics slammed Johnson for his handling of the pandemic.', 'Johnson', 'negative'],
    ['Protesters called the governor a corrupt liar.', 'governor', 'negative'],
    ['Macron congratulated Scholz on his victory.', 'Scholz', 'positive'],
    ['The minister was accused of lying to parliament.', 'minister', 'negative'],
    ['Fans cheered Ardern, hailing her as a wonderful leader.', 'Ardern', 'positive'],
  ] as const)('%s → %s', (text, target, polarity) => {
    const r = toward(text, target);
    expect(r.polarity).toBe(polarity);
    expect(Math.sign(r.score)).toBe(polarity === 'positive' ? 1 : -1);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test.each([
    ['Putin met Trump in Helsinki.', 'Trump'],
    ['The senator will travel to Ohio on Monday.', 'senator'],
    ['Biden spoke with Kishida by phone on Tuesday.', 'Kishida'],
    ['The committee will publish its report in March.', 'committee'],
  ])('neutral: %s', (text, target) => {
    expect(toward(text, target).polarity).toBe('neutral');
  });

  test('any string is valid text', () => {
    expect(sentimentToward('', { start: 0, end: 0 }).polarity).toBe('neutral');
    expect(sentimentToward('   \n ', { start: 1, end: 2 }).polarity).toBe('neutral');
    expect(sentimentToward('😀 !!', { start: 0, end: 2 }).polarity).toMatch(/positive|neutral|negative/);
  });

  test.each([
    [undefined, { start: 0, end: 0 }, /text/],
    [['a'], { start: 0, end: 0 }, /text/],
    ['Merkel spoke.', { start: 3, end: 1 }, /target/],
    ['Merkel spoke.', { start: 0, end: 14 }, /target/],
    ['Merkel spoke.', { start: 0.5, end: 2 }, /target/],
    ['Merkel spoke.', 'Merkel', /target/],
  ])('rejects bad arguments (%#)', (text, target, name) => {
    expect(() => sentimentToward(text as string, target as never)).toThrow(PlauditError);
    expect(() => sentimentToward(text as string, target as never)).toThrow(/^plaudit: /);
    expect(() => sentimentToward(text as string, target as never)).toThrow(name);
  });
});
