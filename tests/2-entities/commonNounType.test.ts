import { describe, expect, test } from 'vitest';
import { commonNounType } from '../../src/2-entities/resolution/commonNounType.js';
import { analyze } from '../../src/analyze.js';

describe('the type of an entity named by a common noun', () => {
  test.each([
    ['a protester', 'person'],
    ['the archbishop', 'person'],
    ['the ad’s narrator', 'person'],
    ['someone', 'person'],
    ['a resident', 'person'],
    ['the former party chairman', 'person'],
    ['supporters', 'group'],
    ['a number of senators', 'group'],
    ['the report', 'document'],
    ['the piece', 'document'],
    ['the clip', 'document'],
    ['a new poll', 'document'],
    ['the ruling', 'document'],
    ['the request', 'document'],
    ['the network', 'organization'],
    ['the commission', 'organization'],
    ['the move', 'thing'],
    ['the encounter', 'thing'],
    ['a number', 'thing'],
    ['her acknowledgment', 'thing'],
    ['the yellow bulldozer', 'thing'],
    ['his ex-wife', 'person'],
    ['her niece', 'person'],
    ['Vale’s nephew', 'person'],
    ['the co-founder', 'person'],
  ])('%s is a %s', (phrase, type) => {
    expect(commonNounType(phrase, 'person')).toBe(type);
  });

  test.each([
    ['the Carpathian statement', 'document'],
    ['the ILO report', 'document'],
    ['the Vale campaign', 'organization'],
    ['the Ruritanian government', 'organization'],
    ['the Lisbon summit', 'thing'],
    ['the Ohio attorney general', 'person'],
    ['a Vale aide', 'person'],
    ['His ex-wife', 'person'],
    ['Her submission', 'thing'],
  ])('a name before a common noun is its attribute: %s is a %s', (phrase, type) => {
    expect(commonNounType(phrase, 'person')).toBe(type);
  });

  test.each([['Ann Lee'], ['The Ledger'], ['NATO'], ['Senator Vale'], ['Bank of Carpathia'], ['Lisbon'], ['Bill'], ['Page']])('a capitalised name is not judged: %s', (name) => {
    expect(commonNounType(name, 'person')).toBeUndefined();
  });

  test.each([
    ['“Turnout fell in every county,” the report says.', 'document'],
    ['“The city must act,” the clip says.', 'document'],
    ['“Growth will stall,” the ILO report says.', 'document'],
    ['“We will win the state,” the Vale campaign said.', 'organization'],
    // (read as a person, published as a role: tests/2-entities/publicType.test.ts)
    ['“We could not verify it,” a protester said.', 'role'],
  ])('the speaker of %s is typed %s', (text, type) => {
    const a = analyze(text);
    const id = a.utterances[0]?.speaker?.entityId;
    expect(a.entities.find((e) => e.id === id)?.type).toBe(type);
  });
});
