/**
 * A tell-verb aside with the one told between the cue and its comma ("The difference, he told me,
 * is …"): the report stands on both sides of the aside, as for "Taxes, he said, will rise"
 * (reported/aside.ts). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { expectUtterance, utterancesOf } from '../../helpers.js';

describe('X, she told us, Y', () => {
  test.each([
    ['The ferry, Lena Ortiz told us, will stop running in May.', 'Lena Ortiz'],
    ['The solution, the harbor master told them, was simple.', 'harbor master'],
  ])('%s', (text, speaker) => {
    expectUtterance(text, { text: text.replace(/\.$/, ''), speaker, cue: 'told' });
  });

  test.each([
    ['The truth, the harbor master said then, was that the ferry had been sold.', 'harbor master'],
    ['The levy, Lena Ortiz said again, will fail.', 'Lena Ortiz'],
  ])('an adverb before the comma: %s', (text, speaker) => {
    expectUtterance(text, { text: text.replace(/\.$/, ''), speaker, cue: 'said' });
  });

  test('not for a naming verb ("are called one by one, he noted")', () => {
    const us = utterancesOf('At the meeting, the wards are called one by one, he noted, so the tally may be known by noon.');
    expect(us.filter((u) => u.cue?.text === 'called')).toEqual([]);
  });

  test('not for a verb that takes no clause ("attacking him, choosing …")', () => {
    const us = utterancesOf('The rivals gave up on mocking her, preferring instead to talk about roads.');
    expect(us.filter((u) => u.cue?.text === 'attacking' && u.text.includes('rivals'))).toEqual([]);
  });
});
