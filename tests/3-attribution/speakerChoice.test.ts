// Which mention of a sentence speaks for a cue (issue 13, classes 2, 3, 4 and 7): the subject of
// the cue verb, the name in an apposition, the author of a post or document — never the object
// of a preposition inside the subject phrase, and never the word "tweet" or "post".
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';
import { prepare, sourceOfCue } from './sieves/prepare.js';

/** The source phrase `findSource` gives the cue whose first word is `cue`. */
const source = (text: string, cue: string) => sourceOfCue(prepare(text), cue);

/** The speaker names analyze() gives the utterances of `text`, in order. */
const speakers = (text: string) => analyze(text).utterances.map((u) => u.speaker?.name ?? null);

describe('class 2: the subject of the cue, not a noun inside the subject phrase', () => {
  test.each([
    ['Another senior official speaking to the Courier said, “The talks have stalled.”', 'said', 'Another senior official'],
    ['Dana Reyes of Northfield University and a contributor to the Ledger wrote, “This is a bad idea.”', 'wrote', 'Dana Reyes'],
    ['Tom Hale of Westbrook College and contributor to the Ledger wrote, “The rule will not survive.”', 'wrote', 'Tom Hale'],
    ['An adviser to the governor said the bill would pass.', 'said', 'An adviser'],
    ['Many people involved in the talks assumed that the deal was done.', 'assumed', 'Many people'],
    ['Officials familiar with the plan said it would be announced on Friday.', 'said', 'Officials'],
    ['Those close to the mayor say she will not run again.', 'say', 'Those close to the mayor'],
    ['The union posted a note which said, “Every member must vote by Friday.”', 'said', 'The union'],
    ['The council issued a letter that said the road would close in May.', 'said', 'The council'],
  ])('%s (%s) → %s', (text, cue, expected) => {
    expect(source(text, cue)).toBe(expected);
  });

  test.each([
    // The object of a preposition, a participle or an adjective inside the subject phrase never speaks.
    ['An official speaking to the Courier said the talks had stalled.', 'said', 'Courier'],
    ['A lawyer for the union and a member of the board wrote that the plan was unfair.', 'wrote', 'board'],
    ['Officials familiar with the plan said it would be announced on Friday.', 'said', 'plan'],
  ])('%s (%s) is not → %s', (text, cue, wrong) => {
    expect(source(text, cue) ?? '').not.toContain(wrong);
  });

  test.each([
    ['Dana Reyes and Omar Said wrote that the plan was a bad idea.'],
    ['Tom Hale and colleagues wrote that the rule would not survive.'],
  ])('a second speaker joined by "and" is no description of the first: %s', (text) => {
    expect(source(text, 'wrote')).not.toMatch(/^(?:Dana Reyes|Tom Hale)$/);
  });

  test('a note with no verb that made it speaks for itself', () => {
    // (The relative pronoun right before the cue is the source phrase, as PolNeAR marks it; the note names the speaker.)
    expect(source('A note which said the road would close was found on the door.', 'said')).toBe('which');
    expect(speakers('A note which said the road would close was found on the door.')).toEqual(['note']);
  });

  test('"those close to him" is a group, not a person', () => {
    const a = analyze('Those close to the mayor say she will not run again.');
    expect(a.entities.find((e) => e.name.startsWith('Those'))?.type).toBe('group');
  });
});

describe('class 3: a colon after the clause whose subject speaks', () => {
  test.each([
    ['The minister rejected the proposal: “It would ruin the farmers of the north.”', 'minister'],
    ['The ministry called the raid “lawful and necessary”: “Our officers followed the law at every step.”', 'ministry'],
  ])('%s → %s', (text, expected) => {
    expect(speakers(text).at(-1)).toBe(expected);
  });

  test('a colon after another speaker\'s clause gives that speaker', () => {
    expect(speakers('Ms. Alder said the report was “a mess”. Critics disagreed: “It is the best report in years.”').at(-1)).toBe('Critics');
  });
});

describe('class 4: appositions and labels around a name', () => {
  test.each([
    ['A Democrat, Mark Doe, told reporters that the bill was dead.', 'told', 'Mark Doe'],
    ['Chancellor Weber’s spokesperson, Paul Kern, said the meeting would go ahead.', 'said', 'Paul Kern'],
    ['Chancellor Weber\'s spokesperson, Paul Kern, said the meeting would go ahead.', 'said', 'Paul Kern'],
    ['The governor, Ana Ruiz, said the levee would hold.', 'said', 'Ana Ruiz'],
    ['The director of Norway\'s Red Cross, Lena Berg, said the camp was full.', 'said', 'Lena Berg'],
    // A capitalised title after a party's or a people's word: an office, not a body's name.
    ['The Conservative MP for Hexley, Priya Nandan, said the closure was a scandal.', 'said', 'Priya Nandan'],
    ['The Hungarian President, Anna Kovacs, said the border would stay open.', 'said', 'Anna Kovacs'],
    ['The Labour MP, Tom Ashby, said the figures were wrong.', 'said', 'Tom Ashby'],
    // A title alone, then "for" or "from" and its place: an office too.
    ['The MP for Dunmore, Keri Walsh, said the depot would close.', 'said', 'Keri Walsh'],
    ['The Minister for Fisheries, Olan Dray, told reporters the quota was fair.', 'told', 'Olan Dray'],
    // "whose N, Name," with the cue as the relative clause's verb: the possessed noun's name speaks.
    ['Lina Voss criticised Marovia, whose trade minister, Emil Rask, had said the tariffs were fair.', 'said', 'Emil Rask'],
  ])('%s (%s) → %s', (text, cue, expected) => {
    expect(source(text, cue)).toBe(expected);
  });

  test.each([
    // A name before its own description stays the speaker.
    ['Mark Doe, a Democrat, told reporters that the bill was dead.', 'told', 'Mark Doe'],
    ['Paul Kern, the chancellor’s spokesperson, said the meeting would go ahead.', 'said', 'Paul Kern'],
    // A relative clause with a verb of its own closes before the cue: its antecedent speaks.
    ['Mr. Olsen, whose firm, Brightline, sells ferries, said the tax was unfair.', 'said', 'Mr. Olsen'],
  ])('%s (%s) → %s (the name before its description)', (text, cue, expected) => {
    expect(source(text, cue)).toBe(expected);
  });
});

describe('an office or a spokesperson speaks for its possessor, whatever the genitive', () => {
  test.each([
    ['Governor Ines Reyes signed the bill. Reyes\'s office said the cuts were small.', 'Ines Reyes'],
    ['Governor Ines Reyes signed the bill. Reyes\' office said the cuts were small.', 'Ines Reyes'],
    ['Governor Ines Reyes signed the bill. Reyes’ office said the cuts were small.', 'Ines Reyes'],
  ])('%s → %s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});

describe('class 7: posts speak for their authors', () => {
  test.each([
    ['“The bridge will reopen in March,” according to a tweet on Thursday by Senator Ada Vale.', 'Ada Vale'],
    ['According to a post late Sunday by Governor Tom Reyes, the schools will close early.', 'Tom Reyes'],
    ['According to a tweet by Senator Ada Vale, the vote will be held on Friday.', 'Ada Vale'],
    ['Senator Ada Vale tweeted, “The vote will be held on Friday, no matter what.”', 'Ada Vale'],
    ['“The vote will be held on Friday,” Ada Vale wrote in a post on Facebook.', 'Ada Vale'],
  ])('%s → %s', (text, expected) => {
    const names = speakers(text);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toBe(expected);
  });

  test('"tweet" and "post" are never speakers', () => {
    for (const text of ['According to a tweet on Thursday by Senator Ada Vale, the vote is off.', 'According to a post late Sunday by the governor, the schools will close early.']) {
      for (const n of speakers(text)) expect(n ?? '').not.toMatch(/\b(?:tweet|post)\b/i);
    }
  });
});
