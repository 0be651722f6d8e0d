/**
 * A speech verb in the passive with no "by" agent names no speaker: its subject is what the words
 * were about (source/passiveAgent.ts, agentlessPassive), and a partial quote right after such a
 * participle is no one's the sentence names (sieves/partialSubject.ts). With its agent, or where
 * the passive's subject does speak ("was quoted as saying"), the speaker stays. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('a passive speech verb without its agent', () => {
  test.each([
    ['The levy was criticized as "cruel" in the council.', 'cruel'],
    ['The council cut the budget, which is being criticized as "slash and burn."', 'slash and burn'],
    ['The new rule has been widely denounced as "a betrayal of renters."', 'betrayal of renters'],
  ])('%s → no speaker', (text, words) => {
    expect(sourceOf(text, words).speaker).toBeNull();
  });

  test.each([
    ['Lee was quoted as saying that the plan was dead.', 'plan was dead', 'Lee'],
    ['Lee calls the plan "a gift to landlords."', 'gift to landlords', 'Lee'],
    ['The levy was criticized by Mayor Dana Holt, who said it was "cruel."', 'cruel', 'Dana Holt'],
    ['Lee has been saying that the plan is dead.', 'plan is dead', 'Lee'],
  ])('%s → %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});

describe('a participle whose passive subject holds the belief', () => {
  test.each([
    ['Lee is also convinced that the fund needs more money.', 'fund needs more money', 'Lee'],
    ['Lee was convinced that the plan would work.', 'plan would work', 'Lee'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
