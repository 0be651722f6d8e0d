import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The type of the entity with a mention starting at `name`'s first occurrence in `text`. */
function typeAt(text: string, name: string): string | undefined {
  const a = analyze(text);
  const start = text.indexOf(name);
  return a.entities.find((e) => e.mentions.some((m) => m.start === start))?.type;
}

describe('a name in a dateline’s place line is a place', () => {
  test.each([
    // Two words in capitals, a region after the comma: both are places, and so is the town later on.
    ['FORT MALLORY, Ost. — The mayor said the storm had passed. Fort Mallory was spared.', ['FORT MALLORY', 'Ost.', 'Fort Mallory']],
    // One word in capitals with a date and an agency in brackets.
    ['BRENNVIK, March 3 (Seawire) — The ferry strike will end on Friday, the union said.', ['BRENNVIK']],
    ['NORTH KELBY — The mill will close in the spring, the owners said.', ['NORTH KELBY']],
    // A region of two words, one of which opens like a month, is still the region.
    ['PORT ELLIS, Nova Scotia — The ferry will run again on Friday, the operator said.', ['PORT ELLIS', 'Nova Scotia']],
    // A name the knowledge base knows only as a person's is the town here.
    ['JACKSON, Miss. — The levee held overnight, engineers said.', ['JACKSON']],
  ])('%s', (text, names) => {
    for (const name of names) expect(typeAt(text, name), name).toBe('place');
  });

  test('a plural pronoun after a dateline is not the town', () => {
    const text = 'ORVELLE, May 2 (Wire) — Hundreds of farmers blocked the road on Tuesday against a deal that they say will ruin them.';
    const a = analyze(text);
    const they = text.indexOf('they say');
    const entity = a.entities.find((e) => e.mentions.some((m) => m.start === they));
    expect(entity?.name).not.toBe('ORVELLE');
  });

  test.each([
    // One word joined by a hyphen, with neither region nor brackets: it may be a body's name.
    ['AFL-CIO — The federation will back the senator, its president said.', 'AFL-CIO'],
    // The same name outside a dateline keeps the reader's type.
    ['The mayor said Fort Mallory Holdings would pay for the repairs.', 'Fort Mallory Holdings'],
    // Capitals that open a sentence with no dash: no dateline.
    ['ANN PRICE said the vote would be close.', 'ANN PRICE'],
    // A given name and a surname in capitals before a dash open a candidate's paragraph, not a town.
    ['DANA QUIST — The former governor said she would run. Dana Quist said she was ready.', 'DANA QUIST'],
  ])('not made a place: %s', (text, name) => {
    expect(typeAt(text, name)).not.toBe('place');
  });
});
