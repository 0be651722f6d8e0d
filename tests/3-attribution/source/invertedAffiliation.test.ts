/**
 * An inverted cue after a comma whose speaker carries prepositional phrases to the end of the
 * sentence ("…, said a spokesman for the company.", "…, said one official in the room."):
 * source/inversion.ts affiliationTail. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { expectUtterance } from '../../helpers.js';

describe('said X of Y at the end of the sentence', () => {
  test.each([
    ['The meeting went badly, said a spokesman for the company.', 'spokesman'],
    ['The meeting went badly, said Tom Ruiz of the Harbor Ledger.', 'Tom Ruiz'],
    ['The meeting went badly, said one official in the room.', 'official'],
    ['The levy failed, said the mayor in a speech on Friday.', 'mayor'],
    // a relative clause on a thing after the name ("which") describes it too
    ['The levy failed, said Acme Ferries, which runs the boats.', 'Acme Ferries'],
    ['The levy failed, said a spokesman for the company, which runs the ferry.', 'spokesman'],
  ])('%s', (text, speaker) => {
    expectUtterance(text, { text: text.split(',')[0]!, speaker, cue: 'said' });
  });

  test.each([
    // unchanged: an apposition after the name, or the name alone
    ['The meeting went badly, said Tom Ruiz, a spokesman for the company.', 'Tom Ruiz'],
    ['The meeting went badly, said one official.', 'official'],
  ])('%s (unchanged)', (text, speaker) => {
    expectUtterance(text, { text: text.split(',')[0]!, speaker, cue: 'said' });
  });
});

describe('said the Ledger’s X at the end of the sentence', () => {
  test.each([
    ["Debates will not alter the race, noted the Ledger's Dana Chinn.", 'Dana Chinn', 'noted'],
    ["Debates will not alter the race, said NBC's Dana Chinn.", 'Dana Chinn', 'said'],
    ["The plant is under pressure, said the company's chief executive, Tom J. Ruiz.", 'Tom J. Ruiz', 'said'],
  ])('%s', (text, speaker, cue) => {
    expectUtterance(text, { text: text.split(',')[0]!, speaker, cue });
  });
});

describe('said X, then a comma and more about X or the saying', () => {
  test.each([
    ['The levy failed, said Ana Ruiz, in a statement on Friday.', 'Ana Ruiz'],
    ['The levy failed, said Ana Ruiz, adding that the vote would be held again.', 'Ana Ruiz'],
    ['The levy failed, said Ana Ruiz, another veteran of the council who voted for it.', 'Ana Ruiz'],
    ['The levy failed, said Ana Ruiz, now a lobbyist in the capital.', 'Ana Ruiz'],
    ['The levy failed, said Ana Ruiz, with a shrug.', 'Ana Ruiz'],
    // a restrictive relative clause on the speakers, no comma
    ['The levy failed, said several Democrats who voted for it.', 'Democratic Party'],
  ])('%s', (text, speaker) => {
    expectUtterance(text, { text: text.split(',')[0]!, speaker, cue: 'said' });
  });

  test.each([
    // "said" is no speech verb here: nobody speaks, and no name follows
    ['The vote was close, said to be the closest in years, and the count went on.'],
  ])('no speaker after "said": %s', (text) => {
    expect(analyze(text).utterances.filter((u) => u.cue && text.slice(u.cue.start, u.cue.end) === 'said')).toEqual([]);
  });
});
