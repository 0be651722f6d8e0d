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
