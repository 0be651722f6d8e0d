/**
 * "according to <document> of X": after a document that examines something ("a survey of
 * voters"), or one that names its author ("a Harbor Institute survey"), "of" opens what was examined, not
 * the author (source/accordingTo.ts). Elsewhere "of", "by" and "from" keep naming the author.
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('according to a document of what it examined', () => {
  test.each([
    ['Turnout fell in the north, according to a recent Harbor Institute survey of county clerks.', 'Turnout fell', 'Harbor Institute'],
    ['The plan failed, according to a survey of county clerks.', 'plan failed', 'a survey'],
    ['Rents in the city rose sharply, according to a Harbor Institute analysis of court records.', 'rose sharply', 'Harbor Institute'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['The plan failed, according to a report of the harbor commission.', 'plan failed', 'the harbor commission'],
    ['The plan failed, according to a report by the harbor commission.', 'plan failed', 'the harbor commission'],
    ['The plan failed, according to a letter from the mayor.', 'plan failed', 'the mayor'],
  ])('%s → stays %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
