import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';

const said = (text: string) => analyze(text).utterances.map((u) => [u.text, u.speaker?.name ?? null]);

describe('a naming participle after a noun calls no one anything', () => {
  test.each([
    // "a man called X <verb>": the man is X; "called" is no cue.
    ['A man called Tom Reyes said the bridge was unsafe.', [['the bridge was unsafe', 'Tom Reyes']]],
    ['Officials say a leader of a group called Harbor Front deserves a place on the watch list.', [['a leader of a group called Harbor Front deserves a place on the watch list', 'Officials']]],
    ['A charity named Hope Now runs the shelter, the council said.', [['A charity named Hope Now runs the shelter', 'council']]],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // The name is the object of "called": a naming act of the subject.
    ['The senator called Tom Reyes a liar.', 'Tom Reyes a liar', 'senator'],
    ['The minister called the plan reckless.', 'the plan reckless', 'minister'],
  ])('a naming act stays one: %s', (text, words, speaker) => {
    expect(said(text)).toContainEqual([words, speaker]);
  });
});
