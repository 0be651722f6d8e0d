/**
 * A plural noun of people that opens a sentence ("Critics said …") is capitalised for its place:
 * a group, named as written, not an organisation (src/2-entities/mention/readName.ts, loneWord;
 * words.ts, pluralPeopleAtStart). A word the text capitalises inside a sentence, or a name the
 * knowledge base or compromise knows, stays a name.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const typeOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.type;

describe('a sentence-initial plural of people is a group', () => {
  test.each([
    ['The council met on Monday. Critics said the plan had ignored the fishermen.', 'Critics'],
    ['Analysts warned that the bond sale would fail.', 'Analysts'],
    ['Residents told the mayor that the road was unsafe.', 'Residents'],
    ['Lawmakers said the budget was late again.', 'Lawmakers'],
    ['Opponents said the plan went too far.', 'Opponents'],
    ['Economists said the rise in rates came too early.', 'Economists'],
    ['Critics of Mayor Ann Lee said the tax was unfair.', 'Critics'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('group');
  });
});

describe('what stays a name, or is no entity', () => {
  test.each([
    // Capitalised inside a sentence too: a band's name.
    ['Critics played in Leeds. The band Critics sold out the hall.', 'Critics', 'organization'],
    // Surnames ending in -s.
    ['Sanders said the bill was a disgrace.', 'Sanders', 'person'],
    ['Rogers said the deal was done.', 'Rogers', 'person'],
  ])('%s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  // A plural of people that is no group noun is read as in lower case: no entity, as "tourists" is none.
  test.each([['Tourists wonder whether the old bridge is safe.', 'Tourists']])('%s', (text, name) => {
    expect(analyze(text).entities.map((e) => e.name)).not.toContain(name);
  });
});
