/**
 * "The head of the Harbor Council said": "head" before "of" and a body is a role, and the one who
 * speaks (mention/headOfBody.ts, read by readRole); a name in apposition to a role and its "of"
 * complement is that person ("The head of the teachers' union, Mara Quill,", "Arno Pell, the
 * director of the Ostland Institute,": resolution/03-rolesAndGroups.ts, closeAfterRole); and the
 * head of a body is no person named before without that title (definiteDescription).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

const speakerOf = (text: string) => analyze(text).utterances[0]?.speaker?.name;
const entityWithMention = (text: string, mention: string) => {
  const at = text.indexOf(mention);
  return analyze(text).entities.find((e) => e.mentions.some((m) => m.start === at))?.name;
};

describe('the head of a body speaks, not the body', () => {
  test.each([
    ['The head of the Harbor Council said the pier would close.', 'head'],
    ['Mayor Tom Ewell opened the pier. The head of the Harbor Council said the pier would close.', 'head'],
    ['The head of the union said the strike would go ahead.', 'head'],
    ["The head of the teachers' union, Mara Quill, said the strike would go ahead.", 'Mara Quill'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  test('the head is a role, not an organisation', () => {
    expect(analyze('The head of the Harbor Council said the pier would close.').entities.find((e) => e.name === 'head')?.type).toBe('role');
  });
});

describe('a role and its "of" complement in apposition with a name is that person', () => {
  test.each([
    ["Mayor Tom Ewell opened the pier. The head of the teachers' union, Mara Quill, said the strike would go ahead.", 'The head', 'Mara Quill'],
    ['Soldiers arrested Arno Pell, the head of the Ostland Harbor Guard, on Monday.', 'the head', 'Arno Pell'],
    ['"We are late," said Dana Roe, the director of the Ostland Institute for Tides.', 'the director', 'Dana Roe'],
    ['Mayor Tom Ewell spoke first. Lena Ortiz, the chief executive of Brightwater Bank, said rates would rise.', 'the chief executive', 'Lena Ortiz'],
  ])('%s', (text, mention, name) => {
    expect(entityWithMention(text, mention)).toBe(name);
  });
});

describe('what is no role, or no one named before', () => {
  test.each([
    ['Mayor Tom Ewell opened the pier. The head of the Harbor Council said the pier would close.', 'The head'],
    ['Mayor Tom Ewell said a head of lettuce now costs more than a loaf.', 'head'],
    ['Mayor Tom Ewell stood at the head of the queue for an hour.', 'head'],
  ])('%s', (text, mention) => {
    expect(entityWithMention(text, mention)).not.toBe('Tom Ewell');
  });

  test.each([
    ['Mayor Tom Ewell said a head of lettuce now costs more than a loaf.'],
    ['Mayor Tom Ewell stood at the head of the queue for an hour.'],
  ])('%s', (text) => {
    expect(analyze(text).entities.map((e) => e.name)).toEqual(['Tom Ewell']);
  });
});
