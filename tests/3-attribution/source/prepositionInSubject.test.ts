/**
 * Issue 13: the speaker is the head of the subject phrase, never the object of a preposition inside
 * it (source/nounPhrase.ts, withHead). A clause opened by "whether" or "if" (which the tagger may
 * read as prepositions) has its own subject; "some in the town" is counted by its quantifier; "a
 * number of senators" and "Hundreds of farmers" are the senators and the farmers, with the phrase
 * opening at the quantity (never an entity named "Hundreds"); a year after its
 * preposition ("in 2019 local fishermen said") closes that adjunct, and a past form right after it is
 * the verb ("porters in 2011 sent a petition"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('the head of a subject with a prepositional phrase speaks', () => {
  test.each([
    ['It is unclear whether the clerks in the county offices will say that the count was fair.', 'count was fair', 'the clerks'],
    ['Nobody knew if the members of the jury would say that the verdict was fair.', 'verdict was fair', 'the members'],
    ['Lee spoke first. Some in the town said that the market must reopen.', 'market must reopen', 'Some in the town'],
    ['Many in the party say that the leader must go.', 'leader must go', 'Many in the party'],
    ['A number of senators said the bill was dead.', 'bill was dead', 'A number of senators'],
    ['A group of nurses wrote to the board on Monday, demanding a raise.', 'a raise', 'A group of nurses'],
    // A quantity capitalised at the start of a sentence (the tagger reads it as a name) counts the people too.
    ['Hundreds of farmers blocked the road on Tuesday, saying the deal was unfair.', 'the deal was unfair', 'Hundreds of farmers'],
    ['Dozens of nurses said the wards were full.', 'the wards were full', 'Dozens of nurses'],
    // A hyphen between spaces is a dash after the dateline, not part of the phrase.
    ['ORVELLE, May 2 (Wire) - Hundreds of farmers blocked the road, saying the deal was unfair.', 'the deal was unfair', 'Hundreds of farmers'],
    // A year after its preposition closes the adjunct: the subject starts after it.
    ['At the hearing in 2019 local fishermen said that the dam leaked.', 'dam leaked', 'local fishermen'],
    ['Since 2019 local farmers have argued that the dam is unsafe.', 'dam is unsafe', 'local farmers'],
    // A past form right after such a year is the verb, though the tagger reads "2019 sent" as a
    // number and a noun: a participle after its object takes the subject before the year.
    ['A group of porters in 2011 sent a petition to the mayor, demanding a raise.', 'a raise', 'A group of porters'],
    ['Porters in 2011 sent a petition to the mayor, calling for his removal.', 'his removal', 'Porters'],
    // A time word before people opens a clause whose subject they are, not a prepositional adjunct.
    ['The strike went on after negotiators for the shipping firms rejected a new wage offer.', 'a new wage offer', 'negotiators'],
    ['The talks ended before the leader of the union warned that the strike would spread.', 'the strike would spread', 'the leader'],
    // A share of people the entity stage left alone opens the phrase too.
    ['Some of the nurses at the clinic said the wards were full.', 'the wards were full', 'Some of the nurses'],
    ['One of the authors of the study said the results were surprising.', 'the results were surprising', 'One of the authors'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // Nothing changes where the phrase after the preposition is no subject's complement.
    ['Most of the members said the plan was fine.', 'plan was fine', 'Most of the members'],
    ['In a letter to the council, the mayor said the road would reopen.', 'road would reopen', 'the mayor'],
    ['Critics from across the region said the tax was unfair.', 'tax was unfair', 'Critics'],
    ['Some said the vote was rigged.', 'vote was rigged', 'Some'],
    ['The 2019 report said the dam was unsafe.', 'dam was unsafe', 'The 2019 report'],
    // A thing after the time word is its object: the adjunct ends before the subject.
    ['After a meeting with the board of the bank officials said the plan was dead.', 'the plan was dead', 'the bank officials'],
    ['Most of the members said the plan was fine.', 'plan was fine', 'Most of the members'],
  ])('%s → stays %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test('"a number of senators" is the senators, not a number', () => {
    expect(sourceOf('A number of senators said the bill was dead.', 'bill was dead').type).toBe('group');
  });
});
