import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { polarStances } from './helpers.js';

/** The speaker's polar stances toward the governor in a quote, as "polarity[evidence]". */
const toward = (quote: string) =>
  analyze(`“${quote},” Senator Maria Ostrander said.`)
    .stances.filter((s) => s.polarity !== 'neutral' && s.target.name.endsWith('Welling'))
    .map((s) => `${s.polarity}[${s.evidence.map((e) => e.text).join(',')}]`);

describe('implicit criticism and praise: acts that judge their doer', () => {
  test.each([
    ['Governor Tom Welling has chosen to silence his critics', 'criticism[silence]'],
    ['This is the aid that Governor Tom Welling keeps blocking', 'criticism[blocking]'],
    ['Governor Tom Welling keeps blocking the reforms', 'criticism[blocking]'],
    // After a preposition, a name right before a gerund is its subject.
    ['The families are angry about Governor Tom Welling blocking the aid', 'criticism[blocking]'],
    ['Governor Tom Welling listened to the families', 'praise[listened]'],
    ['Governor Tom Welling saved the miners', 'praise[saved]'],
    ['Governor Tom Welling has poisoned the debate for years', 'criticism[poisoned]'],
    ['Governor Tom Welling tried to blackmail the judges', 'criticism[blackmail]'],
    // The tagger reads "blocking" before "is" as a noun; after "keeps" it is the act all the same.
    ['The aid that Governor Tom Welling keeps blocking is food for the children', 'criticism[blocking]'],
    ['The reporters that Governor Tom Welling continues silencing work for small papers', 'criticism[silencing]'],
    // An act asked for is the asker's: the one asked is no doer.
    ['Governor Tom Welling told his officers to silence the reporters', 'criticism[silence]'],
    ['Governor Tom Welling has urged the council to block the aid', 'criticism[block]'],
    ['Governor Tom Welling called on the guards to rescue the miners', 'praise[rescue]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['Governor Tom Welling met the families on Monday'],
    ['Governor Tom Welling has chosen to visit the coast'],
    ['The aid that Governor Tom Welling sent arrived on time'],
    ['Governor Tom Welling did not block the reforms'],
    ['Governor Tom Welling never poisoned anyone'],
    ['The aid that Governor Tom Welling keeps sending is welcome'],
    ['Governor Tom Welling keeps talking about the blocking of the bill'],
    // Left out of the act classes by the labelled data (scripts/survey-act-verbs.mjs --check).
    ['Governor Tom Welling protected the workers'],
    // A name in a prepositional phrase before the verb is not its doer.
    ['The campaign against Governor Tom Welling could undermine the party'],
    ['Farmers in the state of Governor Tom Welling keep blocking the roads'],
    ['A feud between the mayor and Governor Tom Welling keeps blocking the budget'],
    // Asked not to, or asked by someone else.
    ['Governor Tom Welling never told anyone to silence the reporters'],
    ['The mayor told Governor Tom Welling to block the aid'],
  ])('no act: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism and praise: qualities named as the target’s', () => {
  test.each([
    ['We saw the courage of Governor Tom Welling', 'praise[courage]'],
    ['Governor Welling’s menacing build-up of troops must end', 'criticism[menacing]'],
    ['The failure of Governor Tom Welling is total', 'criticism[failure]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['I saw the courage of the firefighters who worked with Governor Tom Welling'],
    ['The people of Governor Tom Welling’s state are waiting'],
  ])('no quality of the target: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism: care denied', () => {
  test.each([
    ['Governor Tom Welling refused to listen to the families', 'criticism[listen]'],
    ['Governor Tom Welling did not listen to the nurses', 'criticism[listen]'],
    ['Governor Tom Welling never listened to the nurses', 'criticism[listened]'],
    ['Governor Tom Welling failed to help the farmers', 'criticism[failed,help]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['Governor Tom Welling did not respond to a request for comment'],
    ['Governor Tom Welling did not give any details'],
    ['Governor Tom Welling did not offer any details'],
    ['Governor Tom Welling offered a plan'],
    // Offering no plan is not read as an act: no labelled data checks it.
    ['Governor Tom Welling did not offer any proposal to end the strike'],
    ['Governor Tom Welling did not cause the violence'],
    // The mention before a passive verb is its patient; the subject of "for X to" is hypothetical.
    ['Governor Tom Welling was ignored by the board'],
    ['There are many chances for Governor Tom Welling to block it'],
  ])('nothing denied: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit praise: answering the voice of others', () => {
  test.each([
    ['Governor Tom Welling heard the demands of the nurses', 'praise[heard]'],
    ['Governor Tom Welling has heeded the concerns of parents', 'praise[heeded]'],
    ['Governor Tom Welling responded to the grievances of the miners', 'praise[responded]'],
    ['Governor Tom Welling finally answered the pleas of the flooded villages', 'praise[answered]'],
    // Denied, it is a complaint against the doer.
    ['Governor Tom Welling refused to hear the pleas of the families', 'criticism[hear]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['Governor Tom Welling heard the case on Tuesday'],
    ['Governor Tom Welling answered questions from reporters'],
    ['Governor Tom Welling responded to the report within a week'],
    // A wish or a guess is no deed; the one whose voice is heard is no doer.
    ['Governor Tom Welling will heed the call of the party'],
    ['Governor Tom Welling should hear the demands of the nurses'],
    ['The council heard the demands of Governor Tom Welling'],
  ])('no voice answered: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism: a harm caused', () => {
  test.each([
    ['Governor Tom Welling fuelled the violence in the north', 'criticism[fuelled]'],
    ['Governor Tom Welling contributed to the chaos', 'criticism[chaos,contributed]'],
    ['Governor Tom Welling keeps feeding the violent ambitions of the junta', 'criticism[feeding]'],
    // A participle adjunct's doer is the subject of the clause before its comma.
    ['Governor Tom Welling sends rifles to the gangs, fuelling the violence', 'criticism[fuelling]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['Governor Tom Welling contributed to the fund for the victims'],
    ['Governor Tom Welling tried to stop the bloodshed'],
    ['Governor Tom Welling sought to end the suffering'],
    ['Governor Tom Welling ships grain to the islands, feeding thousands of families'],
    ['The rebels met Governor Tom Welling, fuelling the violence'],
    ['After the rebels met Governor Tom Welling, fuelling the violence was easy'],
  ])('no harm caused: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism: a move called a stratagem', () => {
  test.each([
    ['This is a plot by Governor Tom Welling to stay in power', 'criticism[plot]'],
    ['The tricks of Governor Tom Welling will not work', 'criticism[tricks]'],
    ['It was a power grab by Governor Tom Welling', 'criticism[power grab]'],
    // "hoax" is an evaluative word and a stratagem: one piece of evidence, not two.
    ['Everything we saw was the hoax of Governor Tom Welling', 'criticism[hoax]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    ['The plot of the film was written before Governor Tom Welling took office'],
    ['We will stop the plot against Governor Tom Welling'],
    ['Governor Tom Welling’s tactics will not work'],
  ])('no stratagem of the target: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit criticism: a harm done by the target, in the passive', () => {
  test.each([
    ['We remember the atrocities committed by Governor Tom Welling', 'criticism[atrocities committed]'],
    ['The farmers counted the losses inflicted by Governor Tom Welling', 'criticism[losses inflicted]'],
    // A harm word already credited to the agent counts once.
    ['The town still suffers from the chaos caused by Governor Tom Welling', 'criticism[chaos]'],
  ])('%s', (quote, expected) => {
    expect(toward(quote)).toEqual([expected]);
  });

  test.each([
    // A good word in the passive is no quality of its agent.
    ['The pledge was committed by Governor Tom Welling in May'],
    ['The plan was praised by Governor Tom Welling last week'],
    // Nor is a harm the agent fought.
    ['The damage was repaired by Governor Tom Welling'],
  ])('no harm of the target: %s', (quote) => {
    expect(toward(quote)).toEqual([]);
  });
});

describe('implicit acts in whole texts', () => {
  const FREIGHT = 'Regulators barred the freight carrier Norland Cargo from the port. ';
  test.each([
    [FREIGHT + '"The carrier sends rifles to the gangs, fuelling the violence," said Ada Vale.', ['Ada Vale>Norland Cargo:criticism']],
    ['Carla Diaz said Mayor Tom Welling had "heard the demands of the tenants".', ['Carla Diaz>Tom Welling:praise']],
  ])('%s', (text, expected) => {
    expect(polarStances(text)).toEqual(expected);
  });

  test.each([
    [FREIGHT + '"The carrier ships grain to the islands," said Ada Vale.'],
    ['The rebels blocked the road, witnesses said.'],
    ['Carla Diaz said Judge Tom Hale heard the case on Monday.'],
  ])('nothing: %s', (text) => {
    expect(polarStances(text)).toEqual([]);
  });
});
