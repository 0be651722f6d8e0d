import { describe, expect, test } from 'vitest';
import { stanceBetween } from '../../src/4-stance/stance.js';
import { PlauditError } from '../../src/model/errors.js';
import { spanOf } from './helpers.js';

const between = (text: string, a: string, b: string) => stanceBetween(text, spanOf(text, a), spanOf(text, b));

describe('stanceBetween', () => {
  test.each([
    // text, a, b, source, polarity
    ['Trump slammed Biden over the withdrawal from Kabul.', 'Trump', 'Biden', 'a', 'criticism'],
    ['Merkel was praised by Macron for her courage.', 'Merkel', 'Macron', 'b', 'praise'],
    ['Johnson was criticised by Corbyn on Tuesday.', 'Johnson', 'Corbyn', 'b', 'criticism'],
    ['Sanders called Trump a liar during the debate.', 'Sanders', 'Trump', 'a', 'criticism'],
    ['He welcomed Modi, whom Obama described as a genius.', 'Modi', 'Obama', 'b', 'praise'],
    ['Zelensky thanked Biden for the military aid.', 'Zelensky', 'Biden', 'a', 'praise'],
    ['Pelosi said Trump is weak.', 'Pelosi', 'Trump', 'a', 'criticism'],
    ['Warren accused Bloomberg of buying the election.', 'Warren', 'Bloomberg', 'a', 'criticism'],
    ['Macron congratulated Scholz on his victory.', 'Scholz', 'Macron', 'b', 'praise'],
    ['Biden, who Trump mocked as sleepy, won the state.', 'Biden', 'Trump', 'b', 'criticism'],
    ['Erdogan denounced Netanyahu in a speech in Ankara.', 'Netanyahu', 'Erdogan', 'b', 'criticism'],
    ['Sharif hailed Modi as a true statesman.', 'Sharif', 'Modi', 'a', 'praise'],
    ['Obama views Netanyahu as a strongman, Clinton said.', 'Netanyahu', 'Obama', 'b', 'criticism'],
  ] as const)('%s', (text, a, b, source, polarity) => {
    const r = between(text, a, b);
    expect(r).not.toBeNull();
    expect(r?.source).toBe(source);
    expect(r?.polarity).toBe(polarity);
    expect(r?.evidence.length).toBeGreaterThan(0);
    for (const e of r?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test.each([
    ['Putin met Trump in Helsinki.', 'Putin', 'Trump'],
    ['Obama did not criticize Netanyahu.', 'Obama', 'Netanyahu'],
    ['Trump told Kim that the summit was a great success.', 'Trump', 'Kim'],
    ['Merkel and Macron condemned the attack on the embassy.', 'Merkel', 'Macron'],
    ['Johnson flew to Brussels after Varadkar arrived.', 'Johnson', 'Varadkar'],
    ['Biden spoke with Kishida by phone on Monday.', 'Biden', 'Kishida'],
    ['Obama views Netanyahu as a strongman, Clinton said.', 'Netanyahu', 'Clinton'],
  ])('nothing in %s', (text, a, b) => {
    expect(between(text, a, b)).toBeNull();
  });

  test.each([
    [42, { start: 0, end: 1 }, { start: 0, end: 1 }, /text/],
    ['Trump slammed Biden.', { start: 0, end: 99 }, { start: 14, end: 19 }, /\ba\b/],
    ['Trump slammed Biden.', { start: 0, end: 5 }, { start: -1, end: 3 }, /\bb\b/],
    ['Trump slammed Biden.', { start: 0, end: 5 }, null, /\bb\b/],
  ])('rejects bad arguments (%#)', (text, a, b, name) => {
    expect(() => stanceBetween(text as string, a as never, b as never)).toThrow(PlauditError);
    expect(() => stanceBetween(text as string, a as never, b as never)).toThrow(/^plaudit: /);
    expect(() => stanceBetween(text as string, a as never, b as never)).toThrow(name);
  });
});
