/**
 * A phrase cue led by its verb ("called for", "pushed for") in a relative aside speaks for the
 * relative pronoun's antecedent, as a one-word verb cue does (source.ts, relativeSubjectOf), also
 * as a second verb of the aside ("who marched … and called for") and past a place adverb after
 * the antecedent ("the nurses here, who …"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('a verb-led phrase cue in a relative aside', () => {
  test.each([
    ['The mayor met the nurses, who have marched for weeks and called for a raise.', 'a raise', 'nurses'],
    ['The mayor met the nurses here, who have marched for weeks and called for a raise.', 'a raise', 'nurses'],
    ['The levy is back on the agenda. Dana Holt — who has called for a cut in the levy — spoke first.', 'a cut', 'Dana Holt'],
  ])('%s → %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    ['Nurses called for a raise.', 'a raise', 'Nurses'],
    ['The mayor, who visited the ward, called for a raise.', 'a raise', 'mayor'],
  ])('%s → stays %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});

describe('"who" stands for people, not the thing its phrase climbs to', () => {
  test.each([
    ['The square became a focal point for marchers here, who have walked for days and called for a recount.', 'a recount', 'marchers'],
    ['The park became a refuge for local families, who said it was safe.', 'it was safe', 'local families'],
    ['The law was a victory for the mayor, who said it was fair.', 'it was fair', 'mayor'],
  ])('%s → %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    // "which" keeps the thing; a head that can speak keeps its phrase.
    ['The council, which met on Monday, said the budget was late.', 'budget was late', 'council'],
    ['Nurses from the county hospital, who marched on Monday, said the wards were full.', 'wards were full', 'Nurses'],
  ])('%s → stays %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});
