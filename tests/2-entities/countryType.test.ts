/**
 * Countries are actors, places are places (issues 13 and 14): a state that speaks or is judged is
 * typed `country`, a city, a region, a US state or a province `place`, and where a name stands
 * ("in Ruritania") does not change what it names. Invented sentences; Ruritania is a country of a
 * user knowledge base, Sylvania a name nobody knows.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { EntityType } from '../../src/model/index.js';

const knowledgeBase = [{ id: 'ruritania', name: 'Ruritania', type: 'country' as const, adjectives: ['Ruritanian'] }];

function typeOf(text: string, name: string): EntityType | undefined {
  return analyze(text, { knowledgeBase }).entities.find((e) => e.name === name)?.type;
}

describe('the type of a country, a city, a region', () => {
  test.each([
    // A country that speaks.
    ['Norway said on Tuesday that it would send more aid.', 'Norway', 'country'],
    ['Ruritania said the border would stay closed.', 'Ruritania', 'country'],
    // A country named as where something happens is still a country.
    ['The ministers met in Portugal on Friday to discuss the budget.', 'Portugal', 'country'],
    ['The summit in Ruritania ended without a deal, the envoy said.', 'Ruritania', 'country'],
    // Cities, regions, US states, provinces: places.
    ['Protesters marched through Chicago on Sunday, organisers said.', 'Chicago', 'place'],
    ['Floods hit Ontario this spring, officials said.', 'Ontario', 'place'],
    ['Texas sued the agency on Monday, the governor said.', 'Texas', 'place'],
    ['Heavy snow fell across Eastern Carpathia, the agency said.', 'Eastern Carpathia', 'place'],
    // An unknown name after "in" is somewhere.
    ['The talks in Sylvania ended without a deal, Jane Doe said.', 'Sylvania', 'place'],
  ] as const)('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a country speaks and is judged; a place does neither', () => {
  test.each([
    ['Norway said on Tuesday that it would send more aid.', 'Norway'],
    ['Ruritania warned that the talks would fail.', 'Ruritania'],
  ])('%s → spoken by %s, a country', (text, speaker) => {
    const a = analyze(text, { knowledgeBase });
    expect(a.utterances.map((u) => u.speaker?.name)).toEqual([speaker]);
    expect(a.entities.find((e) => e.name === speaker)?.type).toBe('country');
  });

  test.each([
    ['The senator said Norway was reckless and dishonest.', 'Norway', 'criticism'],
    ['"Ruritania has been a loyal and generous friend," the senator said.', 'Ruritania', 'praise'],
  ] as const)('%s → %s is criticised or praised', (text, target, polarity) => {
    const stances = analyze(text, { knowledgeBase }).stances.filter((s) => s.polarity !== 'neutral');
    expect(stances.map((s) => [s.target.name, s.polarity])).toEqual([[target, polarity]]);
  });

  test.each([
    // A city as a city, and a country named only as where the summit was: nobody to judge.
    'The senator said Chicago was reckless and dishonest.',
    'The senator said the summit in Ruritania was a disgrace.',
  ])('%s → no stance toward the place', (text) => {
    const a = analyze(text, { knowledgeBase });
    expect(a.stances.filter((s) => s.target.name === 'Chicago' || s.target.name === 'Ruritania')).toEqual([]);
  });
});
