/**
 * Source constructions of issue 13 (src/3-attribution/source/*): which words name the speaker of
 * a cue, one table per construction, each with sentences where the construction must not fire.
 * All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { describeUtterances, sourceOf } from '../../helpers.js';


describe('after "according to": the noun phrase, whatever the tagger made of its first word', () => {
  test.each([
    ['Turnout in the river towns fell sharply, according to exit polls.', 'Turnout in the river towns', 'exit polls'],
    ['The mayor will resign before the vote, according to sources.', 'The mayor will resign', 'sources'],
    ['The merger will be announced on Monday, according to people who saw the draft.', 'The merger will be announced', 'people'],
    ['Voters in the county favour the levy, according to recent polling.', 'Voters in the county', 'recent polling'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test.each([
    ['According to the mayor, the bridge will reopen in May.', 'the bridge will reopen', 'the mayor'],
  ])('a mention after the cue stays the source: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('the people a poll asked (source/polled.ts)', () => {
  test.each([
    ['Those surveyed said the economy was the top issue this year.', 'the economy was the top issue', 'Those surveyed'],
    ['Some 56 percent of farmers polled said the levy was fair.', 'the levy was fair', 'Some 56 percent of farmers polled'],
    ['Teachers interviewed last month say the new rules are too strict.', 'the new rules are too strict', 'Teachers interviewed'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.type).not.toBe('person');
  });

  test.each([
    ['The question asked about taxes confused many voters.'],
    ['The form was surveyed and filed.'],
  ])('no polled subject: %s', (text) => {
    for (const u of analyze(text).utterances) expect(u.speaker?.name ?? '').not.toMatch(/question|form/i);
  });
});

describe('shares and percentages as subjects', () => {
  test.each([
    ['On taxes, 42% say they are conservative.', 'they are conservative', '42%'],
    ['The tenants were angry; most said the rent had risen too fast.', 'the rent had risen', 'most'],
    ['The mayor named 40 retired teachers -- most of whom say the plan is cruel -- to the panel.', 'the plan is cruel', 'most of whom'],
  ])('%s', (text, words, mention) => {
    const s = sourceOf(text, words);
    expect(s.mention).toBe(mention);
    expect(s.type).toBe('group');
  });

  test.each([
    ['The hall was full. Many of her supporters think the tax is unfair.', 'the tax is unfair', 'Many of her supporters'],
    ['Nearly seven of 10 parents say the school day is too long.', 'the school day is too long', 'seven of 10 parents'],
  ])('a share of the people after "of" opens the source: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test('a number alone names no one', () => {
    for (const u of analyze('In 2019 the council met twice.').utterances) expect(u.speaker).toBeNull();
  });
});

describe('between the subject and the cue', () => {
  test.each([
    ['Before the storm, Senator Ada Quill seemed hopeful that the dam would hold.', 'the dam would hold', 'Ada Quill'],
    ['Governor Rhee himself seemed to recognize that the vote was lost.', 'the vote was lost', 'Rhee'],
    ['Tully said she would trim the budget.', 'she would trim the budget', 'Tully'],
    ['Rep. Dana Holt (D-N.Y) said the bill would pass in the spring.', 'the bill would pass', 'Dana Holt'],
    ['Voters overall said the schools needed more money.', 'the schools needed more money', 'Voters'],
    ['Last week Mayor Ann Lowe in a radio address appeared to blame the drivers for the strike.', 'the drivers', 'Ann Lowe'],
    ['Large crowds of nurses continued to demand more beds at the clinic.', 'more beds', 'Large crowds'],
    ['Nurses marching through the halls said that the wards were full.', 'the wards were full', 'Nurses'],
    ['Nurses marching along the river said that the wards were full.', 'the wards were full', 'Nurses'],
    ['Pupils walking to the town hall said the buses were late.', 'the buses were late', 'Pupils'],
    ['Farmers driving into the city told reporters that prices had fallen.', 'prices had fallen', 'Farmers'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test.each([
    ['Quickly said the word was gone.', 'Quickly'],
    ['Happily said the crowd, the fair would open again.', 'Happily'],
    ['Separately said to be ready, the plan went ahead.', 'Separately'],
  ])('an adverb that opens the sentence is no one: %s', (text, adverb) => {
    for (const u of analyze(text).utterances) expect(u.speaker?.name ?? '').not.toBe(adverb);
  });
});

describe('an inverted name with an apposition or a relative clause after it', () => {
  test.each([
    ['Schools are buried in paperwork, said Vale, a Toledo Republican who founded two companies.', 'Schools are buried in paperwork', 'Vale'],
    ['Schools are buried in paperwork, said Okafor, who joined the council in 2014.', 'Schools are buried in paperwork', 'Okafor'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });
});

describe('an inverted source that the tagger splits', () => {
  test.each([
    ['“The roof just fell,” said one of three neighbours who heard the noise.', 'The roof just fell', 'one of three neighbours'],
    ['“Nobody told us to stop,” said the camp chief known as Rook.', 'Nobody told us to stop', 'the camp chief'],
    ['The mill will close in June, according to one of her former staffers.', 'The mill will close', 'one of her former staffers'],
  ])('%s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });

  test('a share names the people after "of"', () => {
    expect(sourceOf('“The roof just fell,” said one of three neighbours who heard the noise.', 'The roof just fell').speaker).toBe('three neighbours');
  });
});

describe('a cue inside a relative clause: the relative pronoun is the source, named by its antecedent', () => {
  test.each([
    ['Senator Ted Vale of Ohio, who last year threatened to close the plant, spoke on Monday.', 'to close the plant', 'Ted Vale', 'who'],
    ['Senator Ted Vale of Ohio, who in 2010 said the plant would close, spoke on Monday.', 'the plant would close', 'Ted Vale', 'who'],
    ['The editor Bret Amsel, who, after a long quarrel with the host, said the paper was lost, resigned.', 'the paper was lost', 'Bret Amsel', 'who'],
    ['Bill Maron, who has backed the mayor, but has long denied the report, laughed.', 'the report', 'Bill Maron', 'who'],
    // A prepositional phrase between the pronoun and its verb group.
    ['Mara Quist, who in her youth had voiced a wish to sail around the world, told reporters she was happy.', 'a wish to sail around the world', 'Mara Quist', 'who'],
    ['Bill Maron, who at every meeting has long opposed the dam, laughed.', 'the dam', 'Bill Maron', 'who'],
  ])('%s', (text, words, speaker, mention) => {
    const s = sourceOf(text, words);
    expect(s.speaker).toBe(speaker);
    expect(s.mention).toBe(mention);
  });

  test.each([
    ['Nora Vance, who ran a bakery in Dayton, said the tax was too high.', 'the tax was too high', 'Nora Vance'],
    // A phrase after the pronoun that is followed by a verb of its own is no way to the cue.
    ['Mara Quist, who in Ohio schools taught for years, said the levy was fair.', 'the levy was fair', 'Mara Quist'],
  ])('the main verb after the closing comma is the antecedent\'s: %s', (text, words, mention) => {
    expect(sourceOf(text, words).mention).toBe(mention);
  });
});

describe('a head reached through prepositions', () => {
  test.each([
    ['The part of the hearing devoted to housing showed a rift between the parties.'],
  ])('a complement after a participle is not the subject: %s', (text) => {
    for (const u of analyze(text).utterances) expect(u.speaker?.name ?? '').not.toBe('housing');
  });

  test('a climb that ends after a preposition falls back on the phrase before the verb', () => {
    const text = 'In a long meeting with the board of the Courier Lowe said that the tax was obsolete.';
    expect(sourceOf(text, 'the tax was obsolete').mention).not.toMatch(/meeting|board/);
  });

  test('a phrase that is itself after a preposition opens an adjunct, not the subject', () => {
    const s = sourceOf('In a long meeting with the board of the Courier, Mayor Ann Lowe said that the tax was obsolete.', 'the tax was obsolete');
    expect(s.speaker).toBe('Ann Lowe');
  });

  test('"with" keeps its absolute subject', () => {
    expect(sourceOf('The governor gained ground, with 41 percent of farmers saying they trust him.', 'they trust him').mention).toBe('41 percent');
  });
});

describe('a hyphenated age as the subject', () => {
  test('the N-year-old', () => {
    const text = 'He shared the video on Friday. “Who pays for the bridge?” the 61-year-old asked in the caption.';
    expect(sourceOf(text, 'Who pays for the bridge').mention).toBe('the 61-year-old');
  });
});

describe('a quote after an attribution with a subordinate clause (sieves/05-conversation.ts)', () => {
  test.each([
    ['The council voted late. “That was a fair reply,” Dunmore said after Mayor Ruiz spoke. “My worry is the bridge.”', 'My worry is the bridge.', 'Dunmore'],
    ['“We are ready,” Okafor said as Governor Lind looked on. “The money is there.”', 'The money is there.', 'Okafor'],
  ])('the speaker goes on: %s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toBe(speaker);
  });

  test('a new subject of its own sentence still takes over', () => {
    const text = '“We are ready,” Okafor said. Later Governor Lind spoke to the crowd. “The money is not there.”';
    expect(sourceOf(text, 'The money is not there.').speaker).toBe('Lind');
  });
});

describe('an opening participle of asking: the main clause names the one asked, not the asker (source/inherited.ts)', () => {
  test.each([
    ['Asked whether the ferry would keep running, the harbour master said it would.', 'whether the ferry would keep running'],
    ['When asked whether the levy would pass, Councillor Dana Pike said she was sure of it.', 'whether the levy would pass'],
    ['Pressed on whether the clinic would close, the director said no decision had been made.', 'the clinic would close'],
    ['Questioned about the missing funds, the treasurer said the books were in order.', 'the missing funds'],
  ])('the question is nobody in the text: %s', (text, question) => {
    const a = analyze(text);
    // The question is reported by no one named (the asker is a reporter), or not reported at all.
    for (const u of a.utterances.filter((x) => x.text.includes(question))) expect(u.speaker, describeUtterances(text, a.utterances)).toBeNull();
  });

  test.each([
    // The main clause stays its subject's.
    ['Asked whether the ferry would keep running, the harbour master said it would.', 'it would', 'harbour master'],
    // Active forms: the subject asked.
    ['Having asked whether the ferry would keep running, Councillor Dana Pike said it should not.', 'whether the ferry would keep running', 'Dana Pike'],
    ['Asking whether the ferry would keep running, Councillor Dana Pike said it should not.', 'whether the ferry would keep running', 'Dana Pike'],
    ['Councillor Dana Pike asked whether the ferry would keep running.', 'whether the ferry would keep running', 'Dana Pike'],
    // Another participle still takes the main clause's subject.
    ['Speaking at the harbour, Councillor Dana Pike said the ferry would keep running.', 'the ferry would keep running', 'Dana Pike'],
  ])('%s', (text, words, speaker) => {
    expect(sourceOf(text, words).speaker).toContain(speaker);
  });
});
