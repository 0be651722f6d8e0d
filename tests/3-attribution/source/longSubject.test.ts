/**
 * Issue 13: a long subject whose head is followed by a participle with its object and by
 * prepositional phrases ("Several lawyers handling the lawsuits about … have cited …"): the phrase
 * that opens the clause speaks, not the last noun before the verb (source/longSubject.ts); so does a
 * phrase naming people past a chain of prepositions ("Residents of the town near the plant"). And a
 * collective number before "of" keeps its whole phrase before a participle ("a wide array of
 * singers writing …"). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../../helpers.js';

describe('the phrase that opens a long subject speaks', () => {
  test.each([
    ['Several lawyers handling the lawsuits have cited the budget as a reason to delay.', 'the budget as a reason', 'Several lawyers'],
    ["Several lawyers handling lawsuits about Mark Dole's time as head of housing have cited the budget as a reason to delay.", 'the budget as a reason', 'Several lawyers'],
    ['Nurses working at clinics in the north of the county have argued that the rules are unfair.', 'the rules are unfair', 'Nurses'],
    ['Reporters covering the story of farmers blocking roads said the police had left.', 'the police had left', 'Reporters'],
    // (A paragraph's opening space opens the clause as the sentence start does.)
    ['The vote was close.\n\nTeachers running schools in the valley of the river said the funds were late.', 'the funds were late', 'Teachers'],
    // Past prepositions alone (one the climb does not list, or more than two hops): a phrase naming people.
    ['Residents of the town near the chemical plant complained that the air smelled of sulfur.', 'the air smelled', 'Residents'],
    ['A source close to the talks between the two countries said a deal was near.', 'a deal was near', 'A source'],
    ['The father of one of the victims of the crash told reporters that the airline had lied.', 'the airline had lied', 'The father'],
    ['Dozens of protesters outside the offices of the company demanded that it close the mine.', 'it close the mine', 'Dozens of protesters'],
    // A participle before its agent or its complement: "groups opposed to …", "the plant owned by …".
    ['A coalition of groups opposed to the pipeline through the valley said it would sue.', 'it would sue', 'A coalition of groups'],
    ['The man accused of knowingly steering a truck into a fence near the depot told officers that he was tired.', 'he was tired', 'The man'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // No participle after a noun: the preposition climb of the subject reader decides, as before.
    ['Critics from across the region said the tax was unfair.', 'tax was unfair', 'Critics'],
    ['Nurses marching along the river said the plan was dead.', 'the plan was dead', 'Nurses'],
    // An opening preposition makes an adjunct: the name before the verb speaks.
    ['In a meeting with the board of the bank handling the loans Reyes said the plan was dead.', 'the plan was dead', 'Reyes'],
    // A head that names a thing is no speaker: the cue's own subject is found as before.
    ['The epidemic of officers shooting unarmed men must end, Lee said.', 'must end', 'Lee'],
    // Past prepositions alone, a phrase that names no people or body stays out ("Video" is a recording).
    ['Video of the stop shows her with her arms in the air just before the car drove off.', 'her arms in the air', null],
    // A time word opens a clause: the walk stops there ("Years after …" is no subject).
    ['Years after Tom Vale claimed that the dam was safe, it failed.', 'the dam was safe', 'Tom Vale'],
    // A finite verb in -ed before a preposition is no participle: the walk stops there.
    ['In June, the senator called on voters to reject the plan after the developer claimed that the inspector was biased.', 'the inspector was biased', 'the developer'],
  ])('unchanged: %s → %s', (text, words, mention: string | null) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a collective number before "of" keeps its phrase before a participle', () => {
  test.each([
    ['While Mayor Tom Greer had a whole chorus of poets writing verses about him, his rival had none.', 'verses about him', 'a whole chorus of poets'],
    ['While the mayor had an army of volunteers writing songs about him, his rival had none.', 'songs about him', 'an army of volunteers'],
    ['A chorus of senators said the bill was dead.', 'the bill was dead', 'A chorus of senators'],
  ])('%s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    // A share of people that is no collective noun: the people after "of" do the participle.
    ['The share of young drivers saying they need a new bridge is rising.', 'they need a new bridge', 'young drivers'],
  ])('unchanged: %s → %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});
