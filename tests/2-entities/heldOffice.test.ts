/**
 * A definite description of a current public office ("the environment secretary", "the mayor")
 * is not a person the article gives other offices only (src/2-entities/resolution/
 * 03-rolesAndGroups.ts, definiteDescription; HELD_OFFICES in vocabulary/roles.ts). The holder of
 * the title (or of one ending in it, "foreign minister"), a person named with no title, a past
 * role or a description anyone may fit still point back.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

/** The entity the phrase's mention belongs to, or undefined when it is no one's. */
function entityOf(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  const e = analyze(text).entities.find((x) => x.mentions.some((m) => m.start === at && m.end === at + phrase.length));
  return e && e.name !== phrase.replace(/^the /, '') ? e.name : undefined;
}

const OPENING = 'Mayor Nadia Brook met reporters on Monday. ';

describe('a current office is not someone the article gives another office', () => {
  test.each([
    [OPENING + 'Fiona Marsh later criticised the environment secretary for the delay.', 'the environment secretary'],
    [OPENING + 'Fiona Marsh later criticised the governor for the delay.', 'the governor'],
    [OPENING + 'Fiona Marsh later met the Ostlandic ambassador in private.', 'the Ostlandic ambassador'],
  ])('%s', (text, phrase) => {
    expect(entityOf(text, phrase)).toBeUndefined();
  });
});

describe('the holder of the title, or a description anyone may fit, is found', () => {
  test.each([
    ['Mayor Nadia Brook met reporters on Monday. Fiona Marsh later criticised the mayor for the delay.', 'the mayor', 'Nadia Brook'],
    ['Nadia Brook, the environment secretary, met reporters. Fiona Marsh later criticised the secretary for the delay.', 'the secretary', 'Nadia Brook'],
    [OPENING + 'Fiona Marsh later criticised the former intelligence officer for the delay.', 'the former intelligence officer', 'Nadia Brook'],
    ['Foreign Minister Nadia Brook spoke on Monday. The minister later met Fiona Marsh.', 'The minister', 'Nadia Brook'],
    ['Nadia Brook, a senator from Ostland, spoke on Monday. The senator later met Fiona Marsh.', 'The senator', 'Nadia Brook'],
  ])('%s', (text, phrase, name) => {
    expect(entityOf(text, phrase)).toBe(name);
  });
});
