/**
 * Short forms of a body's name (src/2-entities/resolution/organisationShortForms.ts): the name
 * without its kind word ("Air", "Holdings", "Party") or without "of" and its place is the same
 * body, when no other name of the article claims the short form.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const entityOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('a short form names the body named in full', () => {
  test.each([
    ['Norvik Air flew cargo to the coast, officials said. Norvik denied it on Friday.', 'Norvik Air', 'Norvik'],
    ['Calder Holdings bought the port last year. Calder said the deal would create jobs.', 'Calder Holdings', 'Calder'],
    ['The Velora Unity Party won nine seats. Velora Unity said it would join the coalition.', 'Velora Unity Party', 'Velora Unity'],
    ['Trevane Airways cancelled 40 flights. A spokesman said Trevane regretted the delays.', 'Trevane Airways', 'Trevane'],
    // Without "of" and its place, then without the kind word too.
    ['Norvik Air of Ruritania cut 300 jobs on Monday. Norvik Air said the cuts were needed. Norvik later hired again.', 'Norvik Air of Ruritania', 'Norvik Air'],
    ['Norvik Air of Ruritania cut 300 jobs on Monday. Norvik said the cuts were needed.', 'Norvik Air of Ruritania', 'Norvik'],
    ['The Marsh Harbour Trust of Norway sold the land. The Marsh Harbour Trust said nothing more.', 'Marsh Harbour Trust of Norway', 'Marsh Harbour Trust'],
    // The short form first: the body still has one entity.
    ['Calder signed the lease in May. Calder Holdings said the rent was fair.', 'Calder Holdings', 'Calder'],
  ])('%s', (text, full, short) => {
    const e = entityOf(text, full);
    expect(e?.name).toBe(full);
    expect(e?.type).toBe('organization');
    expect(e?.aliases).toContain(short);
    expect(names(text)).not.toContain(short);
  });
});

describe('a short form that is no one body’s stays apart', () => {
  test.each([
    // Two bodies shorten to it.
    ['Harwick Bank and Harwick Savings Bank merged last year. Harwick said the merger was a success.', 'Harwick'],
    ['Harwick Air and Harwick Bank share an owner. Harwick said it would sell both.', 'Harwick'],
    // An ordinary word, a body's kind or a place is no short form.
    ['The World Bank lent the money in March. World leaders said it came too late.', 'World'],
    ['Portugal Air cut its prices. Portugal said it would sell its stake.', 'Portugal'],
    ['Tom Reyes of the University of Westbrook met Ann Cole of the University of Dorland.', 'University'],
  ])('%s', (text, short) => {
    const shortOf = analyze(text).entities.filter((e) => e.aliases.includes(short));
    expect(shortOf).toEqual([]);
  });

  test('a river delta is not the airline', () => {
    const r = analyze('Delta Air Lines flew over the Mekong Delta. The delta floods every year.');
    expect(r.entities.find((e) => e.name === 'Delta Air Lines')?.mentions).toHaveLength(1);
  });

  test('two universities stay two bodies', () => {
    const n = names('Tom Reyes of the University of Westbrook met Ann Cole of the University of Dorland.');
    expect(n).toContain('University of Westbrook');
    expect(n).toContain('University of Dorland');
  });

  test.each([
    ['Ann Calder met the board of Calder Holdings. Calder said the talks went well.', 'Ann Calder'],
    ['Norvik Air hired Lena Norvik as its chief pilot. Norvik said the planes were safe.', 'Lena Norvik'],
  ])('a person with the surname keeps it: %s', (text, person) => {
    expect(analyze(text).utterances[0]?.speaker?.name).toBe(person);
  });

  test('a titled person is never the body', () => {
    const r = analyze('Calder Holdings fired its chief in June. Mr. Calder said he was shocked.');
    expect(r.entities.find((e) => e.name === 'Calder')?.type).toBe('person');
    expect(r.utterances[0]?.speaker?.name).toBe('Calder');
  });
});
