import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { expectUtterance, utterancesOf } from '../helpers.js';

const QUOTE = 'We are open to dialogue,';

describe('speakers by name, title, description and pronoun', () => {
  test.each([
    ['full name', '“We are open to dialogue,” Vladimir Putin said.', 'Vladimir Putin', 'Vladimir Putin'],
    ['surname', 'Vladimir Putin met the envoy. “We are open to dialogue,” Putin said.', 'Vladimir Putin', 'Putin'],
    ['title and surname', '“We are open to dialogue,” President Putin said.', 'Vladimir Putin', 'President Putin'],
    ['description after a name', 'Vladimir Putin met the envoy. “We are open to dialogue,” the Russian president said.', 'Vladimir Putin', 'the Russian president'],
    ['former office', 'Vladimir Putin met the envoy. “We are open to dialogue,” the former KGB officer said.', 'Vladimir Putin', 'the former KGB officer'],
    ['pronoun', 'Vladimir Putin met the envoy. “We are open to dialogue,” he said.', 'Vladimir Putin', 'he'],
    ['female pronoun', 'Angela Merkel met Vladimir Putin. “We are open to dialogue,” she said.', 'Angela Merkel', 'she'],
    ['name and title before the quote', 'German Chancellor Olaf Scholz said: “We are open to dialogue, but not at any price.”', 'Olaf Scholz', 'German Chancellor Olaf Scholz'],
  ])('%s', (_name, input, speaker, mention) => {
    const text = input.includes('but not at any price') ? 'We are open to dialogue, but not at any price.' : QUOTE;
    expectUtterance(input, { text, speaker, mention });
  });

  test.each([
    ['“We are open to dialogue,” the Russian president said.', 'Vladimir Putin', '2016-05-01'],
    ['“We are open to dialogue,” the American president said.', 'Barack Obama', '2010-05-01'],
    ['“We are open to dialogue,” the American president said.', 'Donald Trump', '2018-05-01'],
    ['“We are open to dialogue,” the German chancellor said.', 'Angela Merkel', '2016-05-01'],
    ['“We are open to dialogue,” the German chancellor said.', 'Olaf Scholz', '2023-05-01'],
  ])('by the article’s date: %s (%s)', (input, speaker, date) => {
    expectUtterance(input, { text: QUOTE, speaker, mention: input.slice(input.indexOf('the '), input.indexOf(' said')) }, { date });
  });

  test('two speakers in one paragraph keep their own quotes', () => {
    const input = 'Angela Merkel met Emmanuel Macron. “We agree,” Macron said. “Europe must act,” Merkel added.';
    expectUtterance(input, { text: 'We agree,', speaker: 'Emmanuel Macron', mention: 'Macron' });
    expectUtterance(input, { text: 'Europe must act,', speaker: 'Angela Merkel', mention: 'Merkel', cue: 'added' });
  });

  test.each([
    ['Senator Lisa Grant said the plan was dead.', 'Lisa Grant'],
    ['Senator Lisa Grant arrived in Kyiv on Monday. She said the aid package would pass within weeks.', 'Lisa Grant'],
  ])('a surname that is also a verb: %s', (input, speaker) => {
    const us = utterancesOf(input);
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((u) => u.speaker?.name === speaker)).toBe(true);
  });

  // Bug reported to the lead: a surname that is also a month or modal (May) is cut from the name ("Theresa" becomes an organisation).
  test.each([
    ['Theresa May met the envoy. “We are open to dialogue,” she said.', 'Theresa May'],
    ['Theresa May said the deal was good.', 'Theresa May'],
  ])('a surname that is also a word: %s', (input, speaker) => {
    const us = utterancesOf(input);
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((u) => u.speaker?.name === speaker)).toBe(true);
  });

  // Bug reported to the lead: "the <Capitalised words> said" after a quote is dropped, like "the Kremlin said".
  test.each([
    ['Prime Minister Keir Starmer met the king. “The vote was a turning point,” the Prime Minister said.', 'The vote was a turning point,', 'Keir Starmer', 'the Prime Minister'],
    ['Vladimir Putin spoke in Moscow. “We are ready,” the Head of State said.', 'We are ready,', 'Vladimir Putin', 'the Head of State'],
  ])('a capitalised title after "the", after the quote: %s', (input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, mention, cue: 'said' });
  });
});

describe('organisations, outlets and spokespeople', () => {
  test.each([
    ['outlet through "it wrote"', 'The Washington Post obtained the memo. “The White House knew for months,” it wrote.', 'The White House knew for months,', 'The Washington Post', 'it'],
    ['"a Kremlin spokesperson" speaks for the Kremlin', 'The Kremlin issued a statement. “We are open to dialogue,” a Kremlin spokesperson said.', QUOTE, 'Kremlin', 'a Kremlin spokesperson'],
    ['"a spokesperson" for the organisation just named', 'The Kremlin issued a statement on Monday. “We are open to dialogue,” a spokesperson said.', QUOTE, 'Kremlin', 'a spokesperson'],
    ['"the ministry"', '“We are open to dialogue,” the ministry said.', QUOTE, 'ministry', 'the ministry'],
    ['an acronym', '“We are open to dialogue,” NATO said.', QUOTE, 'NATO', 'NATO'],
  ])('%s', (_name, input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, mention });
  });

  test.each([
    ['The Kremlin said the talks had been useful.', 'the talks had been useful', 'Kremlin'],
    ['A Kremlin spokesperson said the meeting would take place in Geneva.', 'the meeting would take place in Geneva', 'Kremlin'],
    ['The Washington Post published the memo on Friday. It wrote that the White House had known for months.', 'the White House had known for months', 'The Washington Post'],
  ])('reported speech of organisations: %s', (input, text, speaker) => {
    expectUtterance(input, { text, kind: 'indirect', speaker });
  });
});

describe('appositions and affiliations', () => {
  test.each([
    ['“The sanctions will stay,” said Dmitry Peskov, the Kremlin spokesman.', 'The sanctions will stay,', 'Dmitry Peskov', 'Dmitry Peskov'],
    ['“The plan is dead,” Jane Doe, a senior adviser to the governor, said.', 'The plan is dead,', 'Jane Doe', 'Jane Doe'],
    ['Jane Doe, a senior adviser to the governor, said the plan was dead.', 'the plan was dead', 'Jane Doe', 'Jane Doe'],
    ['Keir Starmer of the Labour Party said the vote was a turning point.', 'the vote was a turning point', 'Keir Starmer', 'Keir Starmer'],
    ['“The vote was a turning point,” said Keir Starmer of the Labour Party.', 'The vote was a turning point,', 'Keir Starmer', 'Keir Starmer'],
  ])('%s', (input, text, speaker, mention) => {
    expectUtterance(input, { text, speaker, mention });
  });
});

describe('the mention is the span the cue attaches to', () => {
  test.each([
    ['Senator Ann Price arrived late. “This deal is dead,” she said.', 'she'],
    ['“This deal is dead,” said Senator Ann Price.', 'Senator Ann Price'],
    ['Senator Ann Price said: “This deal is dead.”', 'Senator Ann Price'],
  ])('%s', (input, mention) => {
    const [u] = utterancesOf(input);
    expect(u?.speaker?.mention).toBeDefined();
    const m = u!.speaker!.mention!;
    expect(input.slice(m.start, m.end)).toBe(mention);
    expect(input.lastIndexOf(mention)).toBe(m.start);
  });

  test('every speaker id names an entity of the analysis, and the mention is among its mentions', () => {
    const input = 'Vladimir Putin met the envoy. “We are open to dialogue,” he said. The Kremlin said the talks had been useful.';
    const a = analyze(input);
    expect(a.utterances.length).toBe(2);
    for (const u of a.utterances) {
      const e = a.entities.find((x) => x.id === u.speaker?.entityId);
      expect(e?.name).toBe(u.speaker?.name);
      expect(e!.mentions).toContainEqual(u.speaker!.mention);
    }
  });
});

describe('speaking pronouns that nothing nearby resolves', () => {
  test.each([
    [
      'Senator Ann Price toured the plant. Price met workers. The plant makes engines for trucks. It employs 400 people. Output rose by a third last year. The owners expect more orders. Orders come from three states. “We are proud of it,” she said.',
      'We are proud of it,',
      'Ann Price',
    ],
    ['County health agencies can handle that. Clinics have to follow the guidance, they said.', 'Clinics have to follow the guidance', 'County health agencies'],
    ['County offices of public health can handle that, they said.', 'County offices of public health can handle that', 'County offices'],
    ['He waved a sign he had painted. “We remember the flood,” it says.', 'We remember the flood,', 'sign'],
    ['Senator Ann Price released a letter on Monday. “We expect answers,” it said.', 'We expect answers,', 'Ann Price'],
  ])('%s', (input, text, speaker) => {
    expectUtterance(input, { text, speaker });
  });

  test.each([
    ['The plant makes engines for trucks. It employs 400 people. “We are proud of it,” he said.', 'We are proud of it,'],
  ])('no one named, no one guessed: %s', (input, text) => {
    expectUtterance(input, { text, speaker: null });
  });
});
