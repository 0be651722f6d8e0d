import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { entitiesOf } from '../helpers.js';

const names = (text: string) => entitiesOf(text).index.entities.map((e) => e.name);

describe('fragments and run-ons are no entity', () => {
  test.each([
    ['The envoy to the United Nations Karen Holt said the vote was delayed.', 'United Nations', 'Karen Holt'],
    ['Critics of the United States Mark Dobson administration gathered.', 'United States', 'Mark Dobson'],
    ['A letter from the European Union Laura Benz signed was read aloud.', 'European Union', 'Laura Benz'],
    // A person the knowledge base knows, whatever the tagger knows of the first name.
    ['NATO Jens Stoltenberg said the alliance would meet in May.', 'NATO', 'Jens Stoltenberg'],
    ['A statement from Germany Olaf Scholz signed was read aloud.', 'Germany', 'Olaf Scholz'],
    // A known body run into the surname alone of a person the knowledge base knows.
    ['In remarks to the Associated Press Putin argued that the talks had stalled.', 'Associated Press', 'Vladimir Putin'],
  ])('a body or place before a person is two entities: %s', (text, body, person) => {
    const found = names(text);
    expect(found).toContain(person);
    expect(found.some((n) => n.includes(body) && n.includes(person))).toBe(false);
  });

  test.each([
    ['I’m not sure the plan will pass, the mayor told reporters.'],
    ['We’ve seen this before, said the councillor.'],
    ["That's the problem with the bill."],
  ])('a contraction is no entity: %s', (text) => {
    expect(names(text).filter((n) => /['\u2019]/.test(n))).toEqual([]);
  });
});

describe('the empty "it" refers to no one', () => {
  test.each([
    ['The ministry published its figures. It is hard to say what they mean, she said.'],
    ['Ruritania cut its rates. It is simply astounding that nobody noticed.'],
    ['Ruritania cut its rates. Perhaps it is a twist of fate.'],
  ])('%s', (text) => {
    const a = analyze(text);
    const it = text.search(/\b[Ii]t is\b/);
    const holder = a.entities.find((e) => e.mentions.some((m) => m.start === it));
    expect(holder?.name).toBeUndefined();
  });

  test.each([
    ['It is hard to say what the figures mean.', true],
    ["It's a shame that the talks failed.", true],
    ['It is simply astounding that nobody noticed.', true],
    ['Japan said on Monday that it was opposed to the sanctions.', false],
    ['The ministry said it is working on a reply.', false],
    ['The bill failed because it came too late.', false],
  ])('%s: expletive %s', (text, expletive) => {
    const it = entitiesOf(text).mentions.find((m) => m.key === 'it');
    expect(it).toBeDefined();
    expect(it!.expletive === true).toBe(expletive);
  });
});

describe('a capitalised common word or a headline is no entity', () => {
  test.each([
    ['Tourists wonder whether the city is safe. Most tourists stay away.', 'Tourists'],
    ['Federal courts blocked the order on Friday.', 'Federal'],
    ['Agricultural output fell in the north, the ministry said.', 'Agricultural'],
    ['Ruritania Expels Foreign Reporters After Critical Coverage\n\nRuritania expelled three reporters on Monday.', 'Critical Coverage'],
    ['Ruritania Expels Foreign Reporters After Critical Coverage\n\nRuritania expelled three reporters on Monday.', 'Ruritania Expels Foreign Reporters'],
  ])('%s: no "%s"', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['Brown said the plan was rushed. Officials asked Brown to wait.', 'Brown'],
    ['Dana Whitfield Wins Runoff\n\nDana Whitfield won the runoff on Tuesday.', 'Dana Whitfield'],
  ])('a name keeps its entity: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
