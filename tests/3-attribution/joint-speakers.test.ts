import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Analysis } from '../../src/model/index.js';

const speakersOf = (text: string) =>
  analyze(text).utterances.map((u) => [u.speaker?.name ?? null, ...(u.coSpeakers ?? []).map((c) => c.name)]);

describe('speakers named together', () => {
  test.each<[string, (string | null)[][]]>([
    ['Senator Dick Durbin and Representative Adam Schiff said the plan was reckless.', [['Adam Schiff', 'Dick Durbin']]],
    ['“The plan is reckless,” said Senator Dick Durbin and Representative Adam Schiff.', [['Dick Durbin', 'Adam Schiff']]],
    ['Britain, France and Germany said the sanctions would stay.', [['Germany', 'United Kingdom', 'France']]],
    ['Senator Chuck Schumer of New York and Senator Dick Durbin said the bill was dead.', [['Dick Durbin', 'Chuck Schumer']]],
    ['“The bill is dead,” said Senator Chuck Schumer of New York and Senator Dick Durbin of Illinois.', [['Chuck Schumer', 'Dick Durbin']]],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, (string | null)[][]]>([
    // An apposition is one speaker; an object of a verb or a place of origin is no speaker.
    ['Dick Durbin, the Senate whip, said the plan was reckless.', [['Dick Durbin']]],
    ['Donald Trump met Vladimir Putin and Xi Jinping said the talks were good.', [['Xi Jinping']]],
    ['Senator Dick Durbin of Illinois said the plan was reckless.', [['Dick Durbin']]],
    ['Donald Trump told Mike Pence and Mike Pompeo that the plan was good.', [['Donald Trump']]],
    // A conjunct with a verb of its own opens a new clause.
    ['“We will win this fight,” said Nancy Pelosi, and Donald Trump responded with a tweet.', [['Nancy Pelosi']]],
  ])('one speaker in %s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('each joint speaker holds the stances, and the analysis stays valid', () => {
    const a = analyze('Senator Chuck Schumer and Senator Dick Durbin said President Donald Trump was reckless.');
    const polar = a.stances.filter((s) => s.polarity !== 'neutral').map((s) => [s.source.name, s.target.name, s.polarity]);
    expect(polar).toEqual([['Dick Durbin', 'Donald Trump', 'criticism'], ['Chuck Schumer', 'Donald Trump', 'criticism']]);
    expect(a.stances.map((s) => s.id)).toEqual(a.stances.map((_, k) => `s${k + 1}`));
    expect(Analysis.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
    for (const c of a.utterances[0]!.coSpeakers ?? []) expect(a.entities.some((e) => e.id === c.entityId)).toBe(true);
  });
});

test.each<[string, (string | null)[][]]>([
  ['Senator Dick Durbin and Senator Chuck Schumer both questioned the plan.', [['Chuck Schumer', 'Dick Durbin']]],
  ['Senator Dick Durbin and Senator Chuck Schumer have jointly criticized the plan.', [['Chuck Schumer', 'Dick Durbin']]],
])('"both", "jointly" between the speakers and the cue: %s', (text, expected) => {
  expect(speakersOf(text)).toEqual(expected);
});
