import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

/** The speaker's polar stances toward the governor in a quote, as "polarity[evidence]". */
const toward = (quote: string) =>
  analyze(`“${quote},” Senator Maria Ostrander said.`)
    .stances.filter((s) => s.polarity !== 'neutral' && s.target.name.endsWith('Welling'))
    .map((s) => `${s.polarity}[${s.evidence.map((e) => e.text).join(',')}]`);

describe('implicit criticism and praise: acts that judge their doer', () => {
  test.each([
    ['Governor Tom Welling has chosen to silence his critics', 'criticism[silence]'],
    ['This is the aid that Governor Tom Welling keeps blocking', 'criticism[blocking]'],
    ['Governor Tom Welling keeps blocking the reforms', 'criticism[blocking]'],
    ['Governor Tom Welling listened to the families', 'praise[listened]'],
    ['Governor Tom Welling protected the workers', 'praise[protected]'],
    // The tagger reads "blocking" before "is" as a noun; after "keeps" it is the act all the same.
    ['The aid that Governor Tom Welling keeps blocking is food for the children', 'criticism[blocking]'],
    ['The reporters that Governor Tom Welling continues silencing work for small papers', 'criticism[silencing]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['Governor Tom Welling met the families on Monday'],
    ['Governor Tom Welling has chosen to visit the coast'],
    ['The aid that Governor Tom Welling sent arrived on time'],
    ['Governor Tom Welling did not block the reforms'],
    ['The aid that Governor Tom Welling keeps sending is welcome'],
    ['Governor Tom Welling keeps talking about the blocking of the bill'],
  ])('no act: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism and praise: qualities named as the target’s', () => {
  test.each([
    ['We saw the courage of Governor Tom Welling', 'praise[courage]'],
    ['Governor Welling’s menacing build-up of troops must end', 'criticism[menacing]'],
    ['The failure of Governor Tom Welling is total', 'criticism[failure]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['I saw the courage of the firefighters who worked with Governor Tom Welling'],
    ['The people of Governor Tom Welling’s state are waiting'],
  ])('no quality of the target: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});
