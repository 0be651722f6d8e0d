/**
 * Nouns of an attitude ("gratitude", "respect", "contempt") are about the one the attitude is
 * owed, given or addressed to, and held by their possessor or the clause's subject
 * (src/4-stance/scoring/attitudeTarget.ts): "Kovic deserves our gratitude" is praise of Kovic,
 * "they showed no respect for Kovic" is no stance of the speaker's about Kovic.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);

describe('an attitude is about the one it is owed or addressed to', () => {
  test.each([
    { text: '"Kovic deserves our gratitude," Petrov said.', expected: 'Petrov>Kovic:praise' },
    { text: '"Governor Hale deserves the nation\'s gratitude," Senator Lee said.', expected: 'Lee>Hale:praise' },
    { text: '"Mayor Lund has earned our respect," said Tom Brown.', expected: 'Tom Brown>Lund:praise' },
    { text: '"We owe Judge Ruth Green our thanks," said Tom Brown.', expected: 'Tom Brown>Ruth Green:praise' },
    { text: '"I have great respect for Senator Hale," said Tom Brown.', expected: 'Tom Brown>Hale:praise' },
    { text: 'Tom Brown said he had enormous respect for Senator Hale.', expected: 'Tom Brown>Hale:praise' },
    { text: '"We have nothing but contempt for Senator Hale," said Tom Brown.', expected: 'Tom Brown>Hale:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('an attitude that someone else holds, or an idiom, is no stance of the speaker toward the name', () => {
  test.each([
    { text: '"They showed no respect for Senator Hale," said Tom Brown.', absent: /Brown>Hale/ },
    // Hale holds the admiration: neither Hale nor Kovic is judged by the speaker.
    { text: '"Senator Hale\'s admiration for Kovic is well known," said Tom Brown.', absent: /Brown>(Kovic|Hale)/ },
    { text: '"Trade fell this year, thanks to Senator Hale," said Tom Brown.', absent: /Brown>Hale:praise/ },
    { text: '"I doubt there will be a deal with respect to Ostland," said Tom Brown.', absent: /Brown>Ostland/ },
    { text: '"Senator Hale deserves our gratitude," Hale said of himself.', absent: /Hale>Hale/ },
  ])('$text', ({ text, absent }) => {
    expect(polar(text).filter((s) => absent.test(s))).toEqual([]);
  });
});
