import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';

const said = (text: string) => analyze(text).utterances.map((u) => [u.kind, u.text, u.speaker?.name ?? null]);

describe('the source phrase after a cue is no report of its own', () => {
  test.each([
    ['“The river has never been this high,” said Elena Popa of Danube Watch.', [['direct', 'The river has never been this high,', 'Elena Popa']]],
    ['“We are tired of waiting,” said a teacher using the name Mira.', [['direct', 'We are tired of waiting,', 'teacher']]],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    // The source inside its report is the writer's aside: the report stands.
    ['Acts of protest, Ana Ruiz said, are acts of hope.', 'Acts of protest, Ana Ruiz said, are acts of hope'],
    ['The budget, the minister said, will balance by 2030.', 'The budget, the minister said, will balance by 2030'],
  ])('a source inside its report: %s', (text, words) => {
    expect(said(text).map((u) => u[1])).toContain(words);
  });
});
