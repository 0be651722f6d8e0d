/**
 * A subject whose head the tagger read as a verb or an adjective ("Another ranking says", "the
 * same survey suggests", "Some analyses suggest"): a determiner before it shows a noun phrase,
 * which is the source. Issue 13; all sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('a noun the tagger read as a verb heads the subject after a determiner', () => {
  test.each([
    ['Another ranking says the firm is worth far less.', 'the firm is worth', 'Another ranking'],
    ['Yet the same polling suggests Lane could win.', 'Lane could win', 'the same polling'],
    ['Some analyses suggest that the dam will fail.', 'the dam will fail', 'Some analyses'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.speaker).not.toBeNull();
  });

  test.each([
    // A relative clause, the object of a preposition, a noun tagged as a noun: the reading stays.
    ['The figures that emerged suggest Lane leads.', 'Lane leads', 'The figures'],
    ['Mayor Ann Lowe in a radio address appeared to blame the drivers.', 'the drivers', 'Mayor Ann Lowe'],
    ['The new survey says Lane leads.', 'Lane leads', 'The new survey'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a possessive determiner opens the subject phrase: nothing before it joins', () => {
  test.each([
    ['At the party convention in Dayton his aides forced a change, calling for a new vote.', 'a new vote', 'his aides'],
    ['After the rally in Toledo their volunteers said the turnout was low.', 'the turnout was low', 'their volunteers'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['Several longtime party volunteers said the turnout was low.', 'the turnout was low', 'Several longtime party volunteers'],
  ])('unchanged: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
