import { describe, expect, test } from 'vitest';
import data from '../../src/data/learnedCues.json' with { type: 'json' };
import { LearnedCues, learnedCues } from '../../src/3-attribution/cues/learnedCues.js';
import { complementAfter, learnedPrecision, MIN_LEARNED_PRECISION } from '../../src/3-attribution/reported/learnedComplement.js';
import { reportedSpeech } from '../../src/3-attribution/sieves/07-reportedSpeech.js';
import { readTokens } from '../../src/adapters/wink.js';
import { analyze } from '../../src/index.js';
import { prepare, words } from './sieves/prepare.js';

/** The indirect reports sieve 07 makes on an invented text: [source phrase, words]. */
function reports(text: string): [string | null, string | null][] {
  const st = prepare(text);
  reportedSpeech(st);
  return st.drafts.filter((d) => d.kind === 'indirect').map((d) => [words(st, d.mention), words(st, d)]);
}

describe('the learned cue table (src/data/learnedCues.json)', () => {
  test('matches its schema and says where it comes from', () => {
    const parsed = LearnedCues.parse(data);
    expect(parsed.origin.generatedBy).toMatch(/^node scripts\/learn-cues\.mjs/);
    expect(parsed.origin.data).toMatch(/PolNeAR train/);
    expect(parsed.cues.length).toBe((data.origin as { entries: number }).entries);
  });

  test('every entry keeps the thresholds it was written with, and its share is its counts', () => {
    const { minSupport, minPrecision } = data.origin.thresholds;
    for (const c of data.cues) {
      expect(c.support).toBeGreaterThanOrEqual(minSupport);
      expect(c.precision).toBeGreaterThanOrEqual(minPrecision);
      expect(Math.abs(c.precision - c.hits / c.support)).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });

  test('one entry per word and complement', () => {
    expect(learnedCues().size).toBe(data.cues.length);
  });
});

describe('the complement after a cue word', () => {
  test.each([
    ['She hoped to win the county.', 1, 'to'],
    ['He noted that rents rose.', 1, 'that'],
    ['They asked whether the dam would hold.', 1, 'wh'],
    ['He pointed to the deficit.', 1, 'prep:to'],
    ['She defended the budget.', 1, 'np'],
    ['She defended raising the tax.', 1, 'np'],
    ['He left.', 1, null],
    ['He left quickly.', 1, null],
  ])('%s (token %i) → %s', (text, head, expected) => {
    expect(complementAfter(readTokens(text).tokens, head)).toBe(expected);
  });
});

describe('learned constructions report their complement', () => {
  test.each([
    // verb + infinitive ("hope to")
    ['Mayor Lena Ortiz hopes to reopen the harbor bridge before the summer.', [['Mayor Lena Ortiz', 'to reopen the harbor bridge before the summer']]],
    // verb + noun phrase ("voiced", "touted")
    ['Senator Paul Adeyemi voiced strong doubts about the levee plan.', [['Senator Paul Adeyemi', 'strong doubts about the levee plan']]],
    ['Governor Hal Brenner touted the new rail line.', [['Governor Hal Brenner', 'the new rail line']]],
    // verb + preposition ("hoped for")
    ['Councilwoman Dana Reyes hoped for a quick settlement with the unions.', [['Councilwoman Dana Reyes', 'a quick settlement with the unions']]],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  test.each([
    // The same words with no complement, or a place, a common noun or a preposition's object as the holder.
    ['Mayor Lena Ortiz hopes so.'],
    ['The harbor looked calm on Sunday.'],
    ['Portugal voiced strong doubts about the levee plan.'],
    ['The report pointed to the rising cost of rents.'],
    ['Rents rose in the city, and the harbor stayed closed.'],
    // A person as the object of the learned preposition; a weak evidence verb with a person as its subject.
    ['Mayor Lena Ortiz hoped for him to win.'],
    ['Governor Hal Brenner showed the visitors around the farm.'],
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('a construction is learned only above the chosen share', () => {
    const tokens = readTokens('The river ran to the sea.').tokens;
    expect(learnedPrecision(tokens, 2)).toBeLessThan(MIN_LEARNED_PRECISION);
    expect(learnedPrecision(readTokens('She hoped to win.').tokens, 1)).toBeGreaterThanOrEqual(MIN_LEARNED_PRECISION);
  });
});

/** The indirect reports of analyze() on an invented text, the main clause's speaker resolved: [speaker, words]. */
function analyzed(text: string): [string | undefined, string][] {
  return analyze(text).utterances.map((u) => [u.speaker?.name, u.text]);
}

describe('clause boundaries', () => {
  test.each([
    // An opening participle's report ends where the main clause starts, and the main clause is the next cue's.
    ['Asked whether the bridge would reopen, Mayor Lena Ortiz said she did not know.', [['Lena Ortiz', 'whether the bridge would reopen'], ['Lena Ortiz', 'she did not know']]],
    ['Speaking to reporters, Mayor Lena Ortiz said the bridge would reopen.', [['Lena Ortiz', 'the bridge would reopen']]],
  ])('%s', (text, expected) => {
    expect(analyzed(text)).toEqual(expected);
  });

  test.each([
    // A clause right after the cue starts the report, before a later "that".
    ['Mayor Lena Ortiz said she liked the plan and that the bridge would reopen.', [['Mayor Lena Ortiz', 'she liked the plan and that the bridge would reopen']]],
    // An addressee is still skipped up to "that".
    ['Governor Hal Brenner told the farmers at the fair that the levee would hold.', [['Governor Hal Brenner', 'the levee would hold']]],
    // "according to X," after a mere adjunct: the clause after the aside is the report.
    ['Since last winter, according to Mayor Lena Ortiz, the city has hired forty nurses.', [['Mayor Lena Ortiz', 'Since last winter, according to Mayor Lena Ortiz, the city has hired forty nurses']]],
    // …but after a clause of its own, only that clause.
    ['The bridge will reopen in May, according to Mayor Lena Ortiz, and the ferry will stop.', [['Mayor Lena Ortiz', 'The bridge will reopen in May']]],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});
