/**
 * A place named after a locative preposition is where something happens, not who does it: an
 * evaluation near it judges no one (src/4-stance/scoring/locative.ts). A place that acts keeps its
 * stances: as a subject, an agent, a possessor, or after a head naming the state ("the regime in …").
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { polarStances as polar } from './helpers.js';

const targets = (text: string) => analyze(text).stances.map((s) => s.target.name);

describe('a place as a location is nobody\'s target', () => {
  test.each([
    { text: 'Sen. Mara Lind said the talks in Lisbon were constructive and fair.', place: 'Lisbon' },
    { text: 'Jane Doe said the corrupt elections in Ruritania were a disgrace.', place: 'Ruritania' },
    { text: 'Jane Doe said the vote in Russia was a fraud.', place: 'Russia' },
    { text: 'Jane Doe said the shameful killings across Ruritania must stop.', place: 'Ruritania' },
    { text: 'Jane Doe said the crimes committed in Ukraine by Russia were shameful.', place: 'Ukraine' },
  ])('$text', ({ text, place }) => {
    expect(targets(text)).not.toContain(place);
  });
});

describe('a place that acts is still judged', () => {
  test.each([
    { text: 'Jane Doe said France was brave and honest.', expected: 'Jane Doe>France:praise' },
    { text: 'Jane Doe said the government in France had been brave and honest.', expected: 'Jane Doe>France:praise' },
    { text: 'Jane Doe said the regime in Tehran is cruel.', expected: 'Jane Doe>Iran:criticism' },
    { text: 'Jane Doe said the crimes committed in Ukraine by Russia were shameful.', expected: 'Jane Doe>Russia:criticism' },
    { text: 'Jane Doe said Russia was cruel in Syria.', expected: 'Jane Doe>Russia:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});
