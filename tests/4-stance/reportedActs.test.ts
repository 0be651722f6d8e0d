import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** Polar stances of a text as "source > target: polarity". */
const acts = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name} > ${s.target.name}: ${s.polarity}`);

describe('reported acts in the writer’s prose', () => {
  test.each([
    ['Senator Maria Ostrander praised Governor Tom Welling for his handling of the floods.', 'Maria Ostrander > Tom Welling: praise'],
    ['Mayor Carla Dunmore blamed Governor Tom Welling for the water shortages.', 'Carla Dunmore > Tom Welling: criticism'],
    ['Senator Maria Ostrander accused Governor Tom Welling of lying to voters.', 'Maria Ostrander > Tom Welling: criticism'],
    ['Mayor Carla Dunmore thanked Senator Maria Ostrander for her leadership during the crisis.', 'Carla Dunmore > Maria Ostrander: praise'],
    ['Governor Tom Welling condemned the ruling of Judge Anna Pirelli.', 'Tom Welling > Anna Pirelli: criticism'],
  ])('%s', (text, expected) => {
    const found = acts(text);
    expect(found).toContain(expected);
    for (const s of analyze(text).stances.filter((x) => x.polarity !== 'neutral')) expect(s.evidence.length).toBeGreaterThan(0);
  });

  test.each([
    ['Senator Maria Ostrander met Governor Tom Welling in the capital on Tuesday.'],
    ['Mayor Carla Dunmore and Governor Tom Welling will travel together next week.'],
    ['Senator Maria Ostrander criticised the plan on Twitter.'],
  ])('no act: %s', (text) => {
    expect(acts(text)).toEqual([]);
  });
});
