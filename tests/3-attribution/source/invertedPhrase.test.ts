/**
 * The speaker phrase after an inverted cue ("…,” said one unaffiliated party strategist"): a past
 * participle after the opening number or determiner modifies the noun, and the words before a
 * mention inside the phrase belong to the speaker's mention; a title ending in "general" before an
 * apposed name ("The county inspector general, Ana Ruiz, said"). Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('"…,” said one unaffiliated strategist": a participle inside the inverted speaker phrase', () => {
  test.each([
    ['“Nothing is settled yet,” said one unaffiliated Ohio Democratic strategist.', 'Nothing is settled yet', 'one unaffiliated Ohio Democratic strategist'],
    ['“We were never asked,” said two retired judges.', 'We were never asked', 'two retired judges'],
    ['“The ferry is late again,” said a retired teacher from Dover.', 'The ferry is late', 'a retired teacher'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.speaker).not.toBeNull();
  });

  test.each([
    // No participle, or a name: the phrase reads as before.
    ['“Nothing is settled yet,” said one Ohio strategist.', 'Nothing is settled yet', 'one Ohio strategist'],
    ['“Nothing is settled yet,” said Dana Reyes.', 'Nothing is settled yet', 'Dana Reyes'],
    ['“Nothing is settled yet,” said a Democratic strategist.', 'Nothing is settled yet', 'a Democratic strategist'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test('the next quote of the same speaker keeps that speaker', () => {
    const text = '“Nothing is settled yet,” said one unaffiliated Ohio Democratic strategist. “The race is open.”';
    expect(sourceOf(text, 'The race is open').mention).toBe('one unaffiliated Ohio Democratic strategist');
  });
});

describe('"The county inspector general, Ana Ruiz, said": a title ending in "general" before an apposed name', () => {
  test.each([
    ['The county inspector general, Ana Ruiz, said the audit was late.', 'the audit was late', 'Ana Ruiz'],
    ['The inspector general, Ana Ruiz, said the audit was late.', 'the audit was late', 'Ana Ruiz'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    ['The county auditor, Ana Ruiz, said the audit was late.', 'the audit was late', 'Ana Ruiz'],
    ['In general, Ana Ruiz said the audit was late.', 'the audit was late', 'Ana Ruiz'],
  ])('unchanged: %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});
