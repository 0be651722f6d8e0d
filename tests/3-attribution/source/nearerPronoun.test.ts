/**
 * A cue that continues a clause takes that clause's source; when a subject pronoun of the same
 * speaker opens a nearer clause ("when he …", ", where she …"), that pronoun is the source phrase,
 * the speaker unchanged (source/nearerPronoun.ts). Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('the nearer subject pronoun of the same speaker is the source phrase', () => {
  test.each([
    ['Colonel Brask started the row when he brought up the budget and later said the army was underfunded.', 'the army was underfunded', 'Brask', 'he'],
    ['Mayor Lane toured the port, where she met the crews and later said the docks were unsafe.', 'the docks were unsafe', 'Lane', 'she'],
  ])('%s', (text, words, speaker, mention) => {
    expect(sourceOf(text, words)).toMatchObject({ speaker, mention });
  });
});

describe('the main subject stays the source phrase', () => {
  test.each([
    // The pronoun is the subject of what was said, not of a clause the cue continues.
    ['Hale said he would run again, adding that the port was safe.', 'the port was safe', 'Hale', 'Hale'],
    ['Hale said that he would run again and added that the port was safe.', 'the port was safe', 'Hale', 'Hale'],
    // No pronoun between the subject and the cue.
    ['Mayor Lane toured the port and later said the docks were unsafe.', 'the docks were unsafe', 'Lane', 'Mayor Lane'],
  ])('%s', (text, words, speaker, mention) => {
    expect(sourceOf(text, words)).toMatchObject({ speaker, mention });
  });
});
