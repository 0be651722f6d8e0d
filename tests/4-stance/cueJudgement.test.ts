/**
 * A cue that is a noun, an adjective or a phrase rather than a verb of the stance lexicon judges
 * its object by the sign the attribution lexicon gives it: "his criticism of Y", "critical of Y",
 * "supportive of Y" (src/4-stance/scoring/cueJudgement.ts, read by scoring/cue.ts).
 */
import { describe, expect, test } from 'vitest';
import { readTokens } from '../../src/adapters/wink.js';
import { cueJudgement } from '../../src/4-stance/scoring/cueJudgement.js';
import { polarStances as polar } from './helpers.js';

describe('a noun or adjective cue judges its object', () => {
  test.each([
    { text: 'Senator Ada Quill has been critical of Governor Tom Brandt for months.', expected: 'Ada Quill>Tom Brandt:criticism' },
    { text: 'Mayor Lena Ortiz renewed her criticism of Councillor Paul Greer on Monday.', expected: 'Lena Ortiz>Paul Greer:criticism' },
    { text: 'Senator Ada Quill has been supportive of Governor Tom Brandt since the spring.', expected: 'Ada Quill>Tom Brandt:praise' },
    { text: 'The union was sharply critical of Acme Corp. over the layoffs.', expected: 'union>Acme Corp.:criticism' },
    { text: 'Senator Ada Quill has been critical of her rival Tom Brandt for months.', expected: 'Ada Quill>Tom Brandt:criticism' },
  ])('$text', ({ text, expected }) => {
    expect(polar(text)).toContain(expected);
  });
});

describe('a cue without a judgement, or a negated one, judges nothing by itself', () => {
  test.each([
    'Senator Ada Quill was not critical of Governor Tom Brandt.',
    'Senator Ada Quill was aware of Governor Tom Brandt and his staff.',
    'Mayor Lena Ortiz spoke of Councillor Paul Greer at the dinner.',
    'Senator Ada Quill made a claim about Governor Tom Brandt and the budget.',
    // The cue's object is a claim; the name inside the claim's clause is not what it judges.
    'The clerk disputes the idea that Mayor Lena Ortiz ordered the closure.',
  ])('%s', (text) => {
    expect(polar(text)).toEqual([]);
  });
});

describe('cueJudgement', () => {
  test.each([
    { text: 'Quill has been critical of Brandt.', at: 'critical', weight: -3 },
    { text: 'Quill is supportive of Brandt.', at: 'supportive', weight: 3 },
    { text: 'Quill said that Brandt left.', at: 'said', weight: 0 },
    { text: 'Quill has been critical', at: 'critical', weight: 0 },
  ])('$text', ({ text, at, weight }) => {
    const { tokens } = readTokens(text);
    const i = tokens.findIndex((t) => t.value === at);
    expect(cueJudgement(tokens, i, i + 1)).toBe(weight);
  });
});
