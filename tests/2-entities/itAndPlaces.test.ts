/**
 * "it" and "its" after a town, a state or a region (resolution/salience.ts): a place owns ("Ohio
 * expanded its rolls") but is seldom "it" ("the rally in Dravo ran late, and it ended" is the rally,
 * which is no entity). A country still is "it" ("trade with Ostland … it"), and so is a body. Invented
 * sentences.
 */
import { describe, expect, test } from 'vitest';
import { resolvedName } from '../helpers.js';

describe('"it" is no town, state or region; "its" may be', () => {
  test.each([
    ['A storm hit Tulsa on Monday. It knocked out power across the city.', 'It knocked'],
    ['The rally in Dravo ran late, and it ended with a march.', 'it ended'],
    ['Officials in Tulsa delayed the count. They said it would resume on Friday.', 'it would'],
    ['A fire broke out near Port Elden on Sunday. It spread fast.', 'It spread'],
  ])('no antecedent: %s', (text, phrase) => {
    expect(resolvedName(text, phrase)).toBeNull();
  });

  test.each([
    ['Voters in Dravo went to the polls. The town counted its ballots by hand.', 'its ballots', 'Dravo'],
    ['Trade with Ostland fell, and it blamed the new tariffs.', 'it blamed', 'Ostland'],
    ['Acme Corp. lost the bid, and it said the process was unfair.', 'it said', 'Acme Corp.'],
  ])('%s → %s is %s', (text, phrase, name) => {
    expect(resolvedName(text, phrase)).toBe(name);
  });
});
