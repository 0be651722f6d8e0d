import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const entities = (text: string) => analyze(text).entities.map((e) => `${e.name}:${e.type}`);

describe('a body after a role is an entity of its own', () => {
  test.each([
    ['The chief executive of Norvalis, Priya Raman, defended the deal.', 'Norvalis:organization'],
    ['The director of Harwick Institute for Water Research said the dam was safe.', 'Harwick Institute for Water Research:organization'],
  ])('%s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  test('a description of the body then finds it, and so does a stance', () => {
    const a = analyze('The chief executive of Norvalis, Priya Raman, on Thursday praised the company’s brilliant engineers.');
    expect(a.stances.some((s) => s.source.name === 'Priya Raman' && s.target.name === 'Norvalis' && s.polarity === 'praise')).toBe(true);
  });
});

describe('a settlement, or the office of one, before "of" (or a settlement before a comma) makes the name a place', () => {
  test.each([
    ['Heavy rain flooded the city of Brasko on Tuesday.', 'Brasko:place'],
    ['A farmer from the village of Rasnova lost his herd.', 'Rasnova:place'],
    ['The mayor of Dunmere said the bridge would reopen.', 'Dunmere:place'],
    // So does a settlement's kind in apposition.
    ['The Harlow Gazette, a newspaper based in the capital, Tarvik, called the law a disgrace.', 'Tarvik:place'],
    ['Protesters marched through the port town, Skellby, on Sunday.', 'Skellby:place'],
    // An office of a body: its name is a body's.
    ['The chief executive of Norvalis said the bridge would reopen.', 'Norvalis:organization'],
  ])('%s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });
});

describe('a name after a settlement noun and a comma is no place when it does not close an apposition', () => {
  test.each([
    ['Turnout was low in the city, Marsh told reporters.', 'Marsh'],
    ['The banks need more capital, Voss said.', 'Voss'],
    // "the capital of" names a country's capital: the country stays what it was.
    ['Senator Hale praised the capital of Ostland and its people.', 'Ostland'],
  ])('%s', (text, name) => {
    expect(entities(text).find((e) => e.startsWith(`${name}:`))).not.toBe(`${name}:place`);
  });
});
