import { describe, expect, test } from 'vitest';
import data from '../../src/data/cueModel.json' with { type: 'json' };
import { complementAfter, CueModel, cueFeatures, cueModel, cueProbability, FEATURE_SCHEMA } from '../../src/3-attribution/cues/cueModel.js';
import { learnedPrecision, MIN_LEARNED_PRECISION } from '../../src/3-attribution/reported/learnedComplement.js';
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

describe('the learned cue model (src/data/cueModel.json)', () => {
  test('matches its schema and says where it comes from', () => {
    const parsed = CueModel.parse(data);
    expect(parsed.origin.generatedBy).toMatch(/^node scripts\/learn-cue-model\.mjs/);
    expect(parsed.origin.data).toMatch(/PolNeAR train/);
    expect(parsed.schema).toBe(FEATURE_SCHEMA);
  });

  test('its threshold is the one chosen on PolNeAR dev, and the dev figures are recorded', () => {
    const dev = (data.origin as { dev?: { threshold: number; contentF1: number; attributionF1: number }[] }).dev ?? [];
    expect(dev.length).toBeGreaterThan(1);
    const best = Math.max(...dev.map((r) => r.contentF1 + r.attributionF1));
    const chosen = dev.find((r) => r.threshold === data.threshold)!;
    expect(chosen.contentF1 + chosen.attributionF1).toBe(best);
  });

  test('every lemma it knows is a candidate word, and every weight a feature of the scheme', () => {
    for (const l of data.lemmas) expect(l).toMatch(/^[a-z][a-z -]*$/);
    for (const f of Object.keys(data.weights)) expect(f).toMatch(/^(l|k|c|s|sc|ls|t|tc|lt|b|x|p|n|sn|w|kw|e|q|m|r|rl):/);
    expect(cueModel().lemmas.size).toBe(data.lemmas.length);
  });
});

describe('the features of a candidate', () => {
  const features = (text: string, i: number): string[] | null => cueFeatures(readTokens(text).tokens, i, null);
  test.each([
    ['Senator Vale argued that the tax was unfair.', 2, ['s:name', 'c:that', 't:past']],
    ['She argued that the tax was unfair.', 1, ['s:person', 'c:that']],
    ['The committee argued for hours.', 2, ['s:noun', 'c:prep:for', 'sn:committee']],
    ['He did not argue that the tax was unfair.', 3, ['s:person', 'n:1', 't:base']],
    ['The critics voiced doubts about the plan.', 2, ['s:noun', 'c:np', 'k:voice|np', 'sn:critic']],
  ])('%s (token %i) has %j', (text, i, expected) => {
    expect(features(text, i)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['The river ran quickly.', 2],
    ['He left.', 1],
    ['The harbor is calm.', 1],
  ])('no candidate: %s (token %i)', (text, i) => {
    expect(features(text, i)).toBeNull();
  });

  test.each([
    // A name inside a prepositional phrase is no subject to credit; a quotation after the word is the quote sieves'.
    ['The head of the Harbor Party voiced strong doubts about the levee plan.', 'voiced'],
    ['Senator Paul Adeyemi voiced strong doubts, saying "the levee will not hold".', 'voiced'],
  ])('the model stays out: %s', (text, word) => {
    const { tokens } = readTokens(text);
    expect(cueProbability(tokens, tokens.findIndex((t) => t.value === word))).toBe(0);
  });

  test('any token of any string gets a probability in [0, 1] and never throws', () => {
    for (const text of ['', '  ', '!!!', 'argued', 'The senator argued that', '“Yes,” she argued.']) {
      const { tokens } = readTokens(text);
      for (let i = -1; i <= tokens.length; i++) {
        const p = cueProbability(tokens, i);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
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
    // A clause after a verb of speech.
    ['The senator argued that the tax was unfair.', [['The senator', 'the tax was unfair']]],
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
    // The same verbs with no report after them.
    ['The committee argued for hours.'],
    // An object that is a person named by a role: no report ("recall its ambassador" is no memory).
    ['Ostland will recall its ambassador from Varnia next week.'],
    ['Mayor Lena Ortiz would recall the two envoys before the vote.'],
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
    // (The question of a passive "Asked" is the asker's, a reporter's, not the mayor's: it has no speaker.)
    ['Asked whether the bridge would reopen, Mayor Lena Ortiz said she did not know.', [[undefined, 'whether the bridge would reopen'], ['Lena Ortiz', 'she did not know']]],
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
