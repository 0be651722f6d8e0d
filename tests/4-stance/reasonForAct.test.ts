import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The polar stances of a text, as "holder > target: polarity". */
const polar = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity !== 'neutral').map((s) => `${s.source.name} > ${s.target.name}: ${s.polarity}`);

describe('the object of an act is judged, not a name in the reason for it', () => {
  test.each([
    // The act's object is a noun; the name (or its pronoun) is in "for …", the reason.
    ['Minister Cristina Dobre criticised the new rules for the Harbor Union’s members.', []],
    ['The Harbor Union met on Monday. Minister Cristina Dobre then praised the volunteers for their calm.', []],
    // The object is the name: it is judged.
    ['Minister Cristina Dobre praised Mayor Ion Marin for his courage.', ['Cristina Dobre > Ion Marin: praise']],
    ['Minister Cristina Dobre met Mayor Ion Marin. She praised his courage.', ['Cristina Dobre > Ion Marin: praise']],
    ['Minister Cristina Dobre criticised the plan of Mayor Ion Marin.', ['Cristina Dobre > Ion Marin: criticism']],
  ])('%s', (text, expected) => {
    expect(polar(text)).toEqual(expected);
  });
});
