import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const typeOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.type;

describe('a name right after the head of a body’s description is that body', () => {
  test.each([
    ['A spokeswoman for the shipping firm Marlow Lines said the delays would end soon.', 'Marlow Lines', 'organization'],
    ['The airline Norvik said the flights would resume on Monday.', 'Norvik', 'organization'],
    ['Shares of the company Brannock Tessel fell after the ruling.', 'Brannock Tessel', 'organization'],
    ['The newspaper Harlow Gazette said the mayor had misled voters.', 'Harlow Gazette', 'organization'],
    // A given name says a person: "the company Ann Lee founded" is Lee's company, and Lee a person.
    ['The company Ann Lee founded in 2009 now employs 400 people.', 'Ann Lee', 'person'],
    // Not after the head: "the firm's lawyer Tom Brandt" is a person.
    ['The firm hired Tom Brandt as its lawyer.', 'Tom Brandt', 'person'],
  ])('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a quantity, an editor’s label, an abstract noun or a hyphenated adjective is no entity', () => {
  test.each([
    ['Thousands of nurses walked off the job on Tuesday.'],
    ['Dozens of farmers blocked the motorway, and hundreds more joined them.'],
    ['Millions of voters stayed at home.'],
    ['Transcript: Governor Dalby on the flood defences'],
    ['“Fairness is not a favour,” the governor told the crowd.'],
    ['Inflation rose again in May, the bank said.'],
    ['A Kremlin-style purge of the ministry is feared.'],
  ])('%s', (text) => {
    expect(analyze(text).entities.map((e) => e.name)).toEqual(expect.not.arrayContaining(['Thousands', 'Dozens', 'Millions', 'Transcript', 'Fairness', 'Inflation', 'Kremlin-style']));
  });
});

test('a body whose name has an abstract noun’s ending stays one when the text capitalises it inside a sentence', () => {
  const names = analyze('Solidarity said the strike would go on. Leaders of Solidarity met on Monday.').entities.map((e) => e.name);
  expect(names).toContain('Solidarity');
});

test('a capitalised abstract noun that speaks is a body’s name', () => {
  expect(typeOf('Solidarity accused the minister of corruption.', 'Solidarity')).toBe('organization');
});
