import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** A two-party transcript: the first speaker's line, then the second's. */
const transcript = (first: string, second: string) =>
  `PRIME MINISTER ADAMS:  It is good to be here with you today.\n\nCHANCELLOR BRANDT:  ${first}\n\nPRIME MINISTER ADAMS:  We will talk again soon.\n\nCHANCELLOR BRANDT:  ${second}`;

const praiseOf = (text: string) =>
  analyze(text).stances.filter((s) => s.polarity === 'praise').map((s) => `${s.source.name} > ${s.target.name}`);

describe('"you" in a transcript turn is the other party', () => {
  test.each([
    ['Thank you for your generous support of our farmers.', 'Okay.'],
    ['Thank you for the invitation and for this meeting.', 'Fine.'],
    // A courtesy's verb with more than a courtesy after it is thanks for something.
    ['I want to thank Prime Minister Adams for being a tireless friend of our farmers.', 'Fine.'],
    ['I thank Prime Minister Adams for having the courage to sign the treaty.', 'Fine.'],
  ])('gratitude for something praises the addressee: %s', (first, second) => {
    expect(praiseOf(transcript(first, second))).toContain('Brandt > Adams');
  });

  test.each([
    ['Thank you.', 'Yes.'],
    ['Thank you very much.', 'Good.'],
    ['Thank you, Prime Minister.', 'Yes.'],
    ['Thank you for joining us.', 'Good.'],
    ['Thank you for having me.', 'Good.'],
    ['Thank you for your time.', 'Good.'],
    ['I want to thank Prime Minister Adams for being here.', 'Good.'],
  ])('a bare "thank you", or one for the courtesies of a meeting, is a formula, not praise: %s', (first, second) => {
    expect(praiseOf(transcript(first, second))).not.toContain('Brandt > Adams');
  });
});

describe('transcript labels name their speakers', () => {
  test('an office in the label keeps a namesake who never held it out ("PRIME MINISTER ADAMS" is no mayor Adams)', () => {
    const a = analyze(transcript('Thank you for coming.', 'Yes.'));
    expect(a.utterances.map((u) => u.speaker?.name)).toEqual(['Adams', 'Brandt', 'Adams', 'Brandt']);
    expect(a.entities.find((e) => e.name === 'Adams')?.kbId).toBeUndefined();
  });
});
