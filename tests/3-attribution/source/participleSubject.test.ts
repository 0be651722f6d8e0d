/**
 * Who does a participle cue right after a noun phrase ("<phrase> saying …", no comma): the people
 * after "of" in "the share of <people> saying", and the object of a verb that presents what its
 * object says ("the speech included Reyes vowing", "the rally included voters saying"). Issue
 * 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('"the share of <people> saying": the people after "of" do the participle', () => {
  test.each([
    ['The share of young drivers saying they need a new bridge is rising.', 'they need a new bridge', 'young drivers'],
    ['The rhetoric of the candidates blasting the treaty grew louder.', 'the treaty', 'the candidates'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A singular noun after "of" is no people; a preposition or a verb's object before the phrase keeps the clause's subject.
    ['The head of the union saying the tax was fair lost the vote.', 'the tax was fair', 'The head'],
    ['The parents sent a note to the school board urging a new vote.', 'a new vote', 'The parents'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a verb that presents its object: the object does the participle after it', () => {
  test.each([
    ['The speech included Lane vowing to cut taxes.', 'to cut taxes', 'Lane'],
    ['The rally included voters saying the tax was unfair.', 'the tax was unfair', 'voters'],
    // A share before "of": the people (or ads) after it do the participle; the phrase opens with the share.
    ['The ferry union kept up the pressure, with one of its flyers asking, “Who pays for the delays?”', 'Who pays for the delays', 'one of its flyers'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A verb that makes a document: its subject speaks through it.
    ['Reyes sent a letter to the council urging a vote.', 'a vote', 'Reyes'],
    // A recording that shows someone speaks itself (PolNeAR's reading): the object does not.
    ['A 2012 video shows Lane talking about the dam.', 'the dam', 'A 2012 video'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('"those <participle>": those people do it, whatever stands before "those"', () => {
  test.each([
    ['Lane trails by nine points among those describing their views as liberal.', 'their views as liberal', 'those'],
    ['Even those not publicly blaming the council want a new vote.', 'the council', 'those'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.type).toBe('group');
  });

  test.each([
    ['Those calling for a recount say the count was wrong.', 'the count was wrong', 'Those calling'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
