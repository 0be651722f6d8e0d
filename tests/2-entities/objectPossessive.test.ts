/**
 * "their" in "praised the rebels for their courage" is the object's (src/2-entities/mention/
 * objectPossessive.ts): when the object is no entity of the article, the pronoun stands for no one,
 * not for the group named last.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name}>${s.target.name}:${s.polarity}`);

const OPENING = 'Analysts met reporters in the capital on Monday. ';

describe('the possessive after the object is the object’s', () => {
  test.each([
    [OPENING + 'Senator Ada Vale praised the volunteers for their courage.'],
    [OPENING + 'Senator Ada Vale accused the rebels of putting their careers first.'],
    [OPENING + 'Senator Ada Vale accused the rebels of “putting their careers first”.'],
  ])('%s', (text) => {
    // Neither group of the opening sentence is judged.
    expect(polar(text).filter((s) => /Analysts|reporters/.test(s))).toEqual([]);
  });
});

describe('elsewhere "their" still finds its group', () => {
  test.each([
    // The object is the group itself.
    [OPENING + 'Senator Ada Vale thanked the analysts for their patience.', 'Ada Vale>Analysts:praise'],
    // "of their" with no gerund: the object's own possessor ("the leaders of their party").
    ['Senate Republicans met on Monday. Ada Vale said the Republicans had betrayed the voters of their own states.', 'Ada Vale>Republican Party:criticism'],
  ])('%s', (text, expected) => {
    expect(polar(text)).toContain(expected);
  });
});
