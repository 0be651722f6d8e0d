import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { classifyTarget, mayGiveEvidence } from '../../src/4-stance/classifyTarget.js';
import { sentimentToward } from '../../src/4-stance/stance.js';
import { tokenRange } from '../../src/4-stance/tokenRange.js';
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

  // The holder's view: what a name does to the target outweighs what is said of the name.
  test.each([
    ['Hale, blasted by critics over the budget, thanked Lopez for her help.', 'Lopez', 'positive'],
    ['Critics blasted Hale, but Hale praised Lopez for her calm.', 'Lopez', 'positive'],
    ['Critics blasted Hale, but Hale praised Lopez for her calm.', 'Hale', 'negative'],
    ['Voters adored Kowalski, yet Kowalski attacked Dunne over the strike.', 'Dunne', 'negative'],
  ] as const)('holder view: %s → %s', (text, target, polarity) => {
    const r = toward(text, target);
    expect(r.polarity).toBe(polarity);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  // The learned target model (issue 14): the verb the target depends on, its clause, its role.
  test.each([
    ['Okonkwo was praised for her calm handling of the floods.', 'Okonkwo', 'positive'],
    ['Residents thanked the fire brigade for saving the old mill.', 'fire brigade', 'positive'],
    ['Voters applauded Mbeki for his honesty.', 'Mbeki', 'positive'],
    ['The regime jailed dozens of journalists last year.', 'regime', 'negative'],
    ['Delacroix was caught lying about the contracts.', 'Delacroix', 'negative'],
    ['Investigators say Marsh embezzled millions from the charity.', 'Marsh', 'negative'],
    ['Critics say the senator has failed his constituents.', 'senator', 'negative'],
    ['The union accused the mayor of breaking his promises.', 'mayor', 'negative'],
    // A known miss before the word vectors (targetFeatures.ts VECTOR_GROUPS): the charge words outweighed the acquittal.
    ['The court cleared Navarro of all charges, and supporters welcomed the ruling.', 'Navarro', 'positive'],
  ] as const)('target model: %s → %s', (text, target, polarity) => {
    expect(toward(text, target).polarity).toBe(polarity);
  });

  test.each([
    ['The delegation arrived in Oslo late on Sunday evening.', 'delegation'],
    ['Asked about the talks, Ferreira said she would meet the ambassador next week.', 'Ferreira'],
    ['The ministry published the figures in a short statement.', 'ministry'],
    ['Haddad, a former teacher, represents the district in parliament.', 'Haddad'],
  ])('target model, neutral: %s', (text, target) => {
    expect(toward(text, target).polarity).toBe('neutral');
  });

  // A known miss of the learned model: the negated criticism still reads as criticism.
  test.fails.each([
    ['Brennan did not criticise the council.', 'council', 'neutral'],
  ] as const)('known miss: %s → %s', (text, target, polarity) => {
    expect(toward(text, target).polarity).toBe(polarity);
  });

  test('the directed model reads each other name once, for the features and the holder view alike', () => {
    const text = 'Critics blasted Hale, but Hale praised Lopez for her calm.';
    const doc = readTokens(text);
    const [first, last] = tokenRange(doc, spanOf(text, 'Lopez'));
    const c = classifyTarget(doc, first, last);
    expect(c.held.holders.map((h) => text.slice(doc.tokens[h.name[0]]!.start, doc.tokens[h.name[1] - 1]!.end))).toEqual(['Critics', 'Hale', 'Hale']);
    // Only the second Hale acts on Lopez through a short verb group ("Hale praised Lopez").
    expect(c.held.holders.map((h) => h.acts)).toEqual([false, false, true]);
  });

  // Evidence of the learned model comes only from lexicon words of the target's sentence outside the mention:
  // a caller keeping the evidence inside a span need not run the model when none stands there.
  test.each([
    ['Senator Varga praised Mayor Lopez at the rally.', 'Lopez', 'Senator Varga praised', true],
    ['Ostland thanked Brevia for its generous help.', 'Brevia', 'for its generous help', true],
    ['Senator Varga praised Mayor Lopez at the rally.', 'Lopez', 'at the rally', false],
    ['Voters met Mayor Lopez at the town hall on Friday.', 'Lopez', 'Voters met Mayor Lopez at the town hall on Friday', false],
    ['The corrupt regime met the envoys on Tuesday.', 'corrupt regime', 'The corrupt regime met the envoys on Tuesday', false],
  ] as const)('mayGiveEvidence: %s (%s, within "%s") → %s', (text, target, within, expected) => {
    const doc = readTokens(text);
    const [first, last] = tokenRange(doc, spanOf(text, target));
    const w = spanOf(text, within);
    const keep = (s: { start: number; end: number }) => s.start >= w.start && s.end <= w.end;
    expect(mayGiveEvidence(doc, first, last, keep)).toBe(expected);
    if (!expected) expect(classifyTarget(doc, first, last).evidence.filter(keep)).toEqual([]);
  });

  // The lexicon weight's sign comes with each hit: a caller may keep only the words of one sign
  // (the learned step reads a target only when words opposite to the lexicon's sum could overrule it).
  test.each([
    ['Senator Varga praised Mayor Lopez at the rally.', 'Lopez', 1, true],
    ['Senator Varga praised Mayor Lopez at the rally.', 'Lopez', -1, false],
    ['Senator Varga praised Mayor Lopez but attacked her budget.', 'Lopez', -1, true],
    ['The corrupt regime met the envoys on Tuesday.', 'corrupt regime', -1, false],
  ] as const)('mayGiveEvidence of sign: %s (%s, %i) → %s', (text, target, sign, expected) => {
    const doc = readTokens(text);
    const [first, last] = tokenRange(doc, spanOf(text, target));
    expect(mayGiveEvidence(doc, first, last, (_span, weight) => Math.sign(weight) === sign)).toBe(expected);
    const c = classifyTarget(doc, first, last);
    if (!expected && c.label === sign) expect(c.evidence).toEqual([]);
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
