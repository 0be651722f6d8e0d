import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Analysis } from '../../src/model/index.js';

const speakersOf = (text: string) =>
  analyze(text).utterances.map((u) => [u.speaker?.name ?? null, ...(u.coSpeakers ?? []).map((c) => c.name)]);

describe('speakers named together', () => {
  test.each<[string, (string | null)[][]]>([
    ['Senator Ann Price and Representative Tom Reyes said the plan was reckless.', [['Tom Reyes', 'Ann Price']]],
    ['“The plan is reckless,” said Senator Ann Price and Representative Tom Reyes.', [['Ann Price', 'Tom Reyes']]],
    ['Britain, France and Germany said the sanctions would stay.', [['Germany', 'United Kingdom', 'France']]],
    ['Senator Lena Ortiz of Ohio and Senator Ann Price said the bill was dead.', [['Ann Price', 'Lena Ortiz']]],
    ['“The bill is dead,” said Senator Lena Ortiz of Ohio and Senator Ann Price of Iowa.', [['Lena Ortiz', 'Ann Price']]],
    // Names after an article, and a group the subject names only by count.
    ['The Harlow Water Board and the Ostland Pipe Company said the levy would hurt them.', [['Ostland Pipe Company', 'Harlow Water Board']]],
    ['The Harlow Water Board and two other suppliers said the levy would hurt them.', [['other suppliers', 'Harlow Water Board']]],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, (string | null)[][]]>([
    // An apposition is one speaker; an object of a verb or a place of origin is no speaker.
    ['Ann Price, the budget chair, said the plan was reckless.', [['Ann Price']]],
    ['Donald Trump met Vladimir Putin and Xi Jinping said the talks were good.', [['Xi Jinping']]],
    ['Senator Ann Price of Iowa said the plan was reckless.', [['Ann Price']]],
    ['Donald Trump told Mike Pence and Mike Pompeo that the plan was good.', [['Donald Trump']]],
    // A conjunct with a verb of its own opens a new clause.
    ['“We will win this fight,” said Nancy Pelosi, and Donald Trump responded with a tweet.', [['Nancy Pelosi']]],
  ])('one speaker in %s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('each joint speaker holds the stances, and the analysis stays valid', () => {
    const a = analyze('Senator Lena Ortiz and Senator Ann Price said Governor Mark Hale was reckless.');
    const polar = a.stances.filter((s) => s.polarity !== 'neutral').map((s) => [s.source.name, s.target.name, s.polarity]);
    expect(polar).toEqual([['Ann Price', 'Mark Hale', 'criticism'], ['Lena Ortiz', 'Mark Hale', 'criticism']]);
    expect(a.stances.map((s) => s.id)).toEqual(a.stances.map((_, k) => `s${k + 1}`));
    expect(Analysis.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
    for (const c of a.utterances[0]!.coSpeakers ?? []) expect(a.entities.some((e) => e.id === c.entityId)).toBe(true);
  });
});

test.each<[string, (string | null)[][]]>([
  ['Senator Ann Price and Senator Lena Ortiz both questioned the plan.', [['Lena Ortiz', 'Ann Price']]],
  ['Senator Ann Price and Senator Lena Ortiz have jointly criticized the plan.', [['Lena Ortiz', 'Ann Price']]],
])('"both", "jointly" between the speakers and the cue: %s', (text, expected) => {
  expect(speakersOf(text)).toEqual(expected);
});
