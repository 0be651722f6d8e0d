/**
 * Issue 13: when does the phrase before a cue end a relative clause, so that the clause's
 * antecedent speaks ("Aides who talked to the Ledger said")? Not a subject pronoun, which is
 * the subject of the cue itself ("the programs she has proposed": she proposed them, not "her
 * admission" further back), and not before a participle, which tells what the relative clause's
 * object does ("a video that includes her pleading": she pleads, not the video's subject).
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { sourceOf } from '../../helpers.js';

/** The speaker mentions of the utterances of `text`, as words. */
function mentions(text: string): (string | null)[] {
  return analyze(text).utterances.map((u) => (u.speaker?.mention ? text.slice(u.speaker.mention.start, u.speaker.mention.end) : null));
}

describe('a subject pronoun or a participle does not end a relative clause of the antecedent', () => {
  test.each([
    ['Senator Ruth Alvarez was open in her admission that to fund the programs she has proposed, she must raise taxes.', 'her admission'],
    ['The neighbour recorded video of the arrest that shows him pleading with officers to stop and begging the man to stay calm.', 'the arrest'],
  ])('%s → never %s', (text, wrong) => {
    expect(mentions(text)).not.toContain(wrong);
  });

  test('a video that includes her pleading: she speaks', () => {
    expect(sourceOf('Ana Ruiz recorded video of the arrest that includes her begging the man to stay calm.', 'the man to stay calm').mention).toBe('her');
  });

  test.each([
    ['Aides who talked to the Ledger said the deal was dead.', 'the deal was dead', 'Aides'],
    ['The voters that she met said the deal was dead.', 'the deal was dead', 'The voters'],
    ['Economists who favor the tax agree that it would raise revenue.', 'it would raise revenue', 'Economists'],
  ])('unchanged: %s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
