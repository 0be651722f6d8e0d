import { describe, expect, test } from 'vitest';
import { readTokens } from '../../../src/adapters/wink.js';
import { cueAt } from '../../../src/3-attribution/cues/matchCue.js';

/** The lemma of the cue at the first token spelled `word`, or null. */
function cueLemma(sentence: string, word: string): string | null {
  const { tokens } = readTokens(sentence);
  const t = tokens.find((x) => x.value === word);
  if (t === undefined) throw new Error(`test setup: no token "${word}" in: ${sentence}`);
  return cueAt(tokens, t.i)?.lemma ?? null;
}

/** Invented sentences; wink tags several of these verbs as nouns. */
const MUST_MATCH: readonly (readonly [sentence: string, word: string, lemma: string])[] = [
  ['Critics say the bill was rushed through the chamber.', 'say', 'say'],
  ['Residents say the bridge has been closed for weeks.', 'say', 'say'],
  ['Officials say was taken from the depot overnight.', 'say', 'say'],
  ['Two-thirds say they will vote in the spring.', 'say', 'say'],
  ['Many say the mayor has lost the council.', 'say', 'say'],
  ['Police say the driver fled the scene.', 'say', 'say'],
  ['The agency reports the plant closed in March.', 'reports', 'report'],
  ['The ministry notes the harvest fell short again.', 'notes', 'note'],
  ['The report notes the river rose quickly.', 'notes', 'note'],
  ['Dr. Okafor warns the clinic could run out of beds.', 'warns', 'warn'],
  ['The ministry claims the company broke the contract.', 'claims', 'claim'],
  ['The council says the road will reopen.', 'says', 'say'],
  ['Farmers fear the drought will last.', 'fear', 'fear'],
  // An apposition inside the reported clause's subject.
  ["The agency reports the mill's owner, Hal Brandt, has left the country.", 'reports', 'report'],
  ["The ministry claims the town's mayor, a former banker, hid the money.", 'claims', 'claim'],
];

const MUST_NOT_MATCH: readonly (readonly [sentence: string, word: string])[] = [
  ['Nobody believed his claims about the vote.', 'claims'],
  ['News reports the next morning were sparse.', 'reports'],
  ['She filed her notes the night before the hearing.', 'notes'],
  ['Their claims the judge rejected were thin.', 'claims'],
  ['For some reason the meeting was moved.', 'reason'],
  ['The earnings report was released on Friday.', 'report'],
  ['Weather reports the station issued were late.', 'reports'],
  ['Budget estimates the treasury published were revised.', 'estimates'],
  ['Insurance claims the firm paid rose sharply.', 'claims'],
  ['The new reports on the flood arrived today.', 'reports'],
  ['Weather reports the station, a small one, issued were late.', 'reports'],
];

describe('speech verbs tagged as nouns, read by their position', () => {
  test.each(MUST_MATCH)('%s → %s is a cue', (sentence, word, lemma) => {
    expect(cueLemma(sentence, word)).toBe(lemma);
  });
  test.each(MUST_NOT_MATCH)('%s → %s is a noun', (sentence, word) => {
    expect(cueLemma(sentence, word)).toBeNull();
  });
});
