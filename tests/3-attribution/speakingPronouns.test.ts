/**
 * A speaking he/she/they that the entity stage left unresolved takes the speaker of the nearest
 * utterance before it (issue 13, class 1: "prefers the current speaker of a run of quotes"), only
 * when that speaker agrees and nobody else who could be meant is named in between. All sentences
 * are invented; the filler sentences put the earlier name out of the entity stage's reach.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../helpers.js';

const FILLER = 'The race is close. Polls open at nine. Few expect a surprise. The count may take days.';


describe('an unresolved speaking pronoun takes the speaker of the utterance before it', () => {
  test.each([
    [`“Harbor voters will decide,” Ann Lee said. ${FILLER} She also argued that the ferry must run.`, 'Ann Lee', 'She'],
    [`“Harbor voters will decide,” the Harbor Party said in a statement. ${FILLER} They also argued that the ferry must run.`, 'Harbor Party', 'They'],
  ])('%s', (text, speaker, mention) => {
    expect(sourceOf(text, 'the ferry must run')).toMatchObject({ speaker, mention });
  });

  test.each([
    // Another person named in between: either could be meant.
    [`“Harbor voters will decide,” Ann Lee said. Tom Hale spoke later. ${FILLER} She also argued that the ferry must run.`],
    // Gender and number must agree.
    [`“Harbor voters will decide,” Tom Hale said. ${FILLER} She also argued that the ferry must run.`],
    [`“Harbor voters will decide,” Tom Hale said. ${FILLER} They also argued that the ferry must run.`],
    // No utterance before it.
    [`${FILLER} She also argued that the ferry must run.`],
  ])('nobody: %s', (text) => {
    expect(sourceOf(text, 'the ferry must run').speaker).toBeNull();
  });
});

describe('a speaking pronoun is not the name its own verb governs', () => {
  test.each([
    // The only person named before is the one the pronoun's verb names: nobody is left to speak.
    ['Ivo Marsh spoke on Friday. The rebels mocked him. He called Marsh “a coward who hides behind his guards.”', 'a coward who hides'],
  ])('%s', (text, words) => {
    expect(sourceOf(text, words).speaker).not.toBe('Ivo Marsh');
  });
});
