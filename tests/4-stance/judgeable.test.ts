import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { notJudgeable } from '../../src/4-stance/scoring/judgeable.js';
import type { Entity, EntityType } from '../../src/model/index.js';

const places = new Map([['russian', 'Russia'], ['russia', 'Russia'], ['turkish', 'Turkey'], ['libyan', 'Libya'], ['springfield', 'Springfield']]);
const entity = (name: string, type: EntityType, mentions: { start: number; end: number }[] = []): Entity => ({ id: name, name, type, aliases: [], mentions });

describe('which entities can be praised or criticised', () => {
  test.each([
    ['Russia', 'country', undefined],
    // A country acts whether or not the table knows a demonym for it; a place needs one to act.
    ['Ruritania', 'country', undefined],
    ['Ruritania', 'place', 'place'],
    ['Russia', 'place', undefined],
    ['Maria Ostrander', 'person', undefined],
    ['City Council', 'organization', undefined],
    ['PKK', 'place', undefined],
    ['Springfield', 'place', 'place'],
    ['Rocky Heights', 'person', 'place'],
    // A person's surname that is a place's last word: a given name first, or a name alone (typed a person by a title).
    ['Linda Park', 'person', undefined],
    ['Park', 'person', undefined],
    ['Min-jun Park', 'person', undefined],
    ['Linda Park', 'place', 'place'],
    ['Earth', 'organization', 'place'],
    ['Clean Air Act', 'organization', 'thing'],
    ['Turkish-Libyan', 'person', 'thing'],
    ['I’m', 'organization', 'contraction'],
    // A body whose head names a state as an actor acts; a place or a thing so named does not.
    ['Crescent State', 'organization', undefined],
    ['Northland State', 'place', 'thing'],
    ['Harbor State', 'thing', 'thing'],
  ] as const)('%s (%s) → %s', (name, type, why) => {
    expect(notJudgeable(entity(name, type), '', places)).toBe(why);
  });

  test('a name followed by "v." is a court case', () => {
    const text = 'Smith v. Jones was overturned.';
    expect(notJudgeable(entity('Smith', 'person', [{ start: 0, end: 5 }]), text, places)).toBe('case');
  });

  test('a party of a case who is a person of the story is judgeable', () => {
    const text = 'The court ruled in Smith v. Jones. Smith had sued the city, and she won.';
    expect(notJudgeable(entity('Smith', 'person', [{ start: 19, end: 24 }, { start: 35, end: 40 }, { start: 64, end: 67 }]), text, places)).toBeUndefined();
    // Named again without "she": the ruling by its first party ("they overturned Smith").
    const ruling = 'They cited Smith v. Jones. Later they overturned Smith.';
    expect(notJudgeable(entity('Smith', 'person', [{ start: 11, end: 16 }, { start: 49, end: 54 }]), ruling, places)).toBe('case');
  });
});

describe('a person whose surname is a place word is judged', () => {
  test.each([
    ['Councillor Derek Osei accused Linda Park of lying to the council.', 'Linda Park', 'criticism'],
    ['"President Park has failed the farmers," Derek Osei said.', 'Park', 'criticism'],
    ['Senator Ada Vale accused Min-jun Park of lying to the council.', 'Min-jun Park', 'criticism'],
  ])('%s', (text, target, polarity) => {
    const found = analyze(text).stances.filter((s) => s.target.name === target).map((s) => s.polarity);
    expect(found).toContain(polarity);
  });

  test('a place is not', () => {
    expect(analyze('"Morvan Heights is a disgrace," Derek Osei said.').stances.filter((s) => s.polarity !== 'neutral')).toEqual([]);
  });
});
