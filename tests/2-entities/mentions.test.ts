import { describe, expect, test } from 'vitest';
import { entitiesOf, mentionOf } from '../helpers.js';

describe('names with their titles', () => {
  test.each([
    ['Russian President Vladimir Putin met the envoy in Moscow.', 'Russian President Vladimir Putin', 'Vladimir Putin', 'president', 'Russia'],
    ['German Chancellor Olaf Scholz flew to Washington on Monday.', 'German Chancellor Olaf Scholz', 'Olaf Scholz', 'chancellor', 'Germany'],
    ['Secretary of State Antony Blinken met the delegation.', 'Secretary of State Antony Blinken', 'Antony Blinken', 'secretary of state', undefined],
    ['Prime Minister Fumio Kishida spoke in Tokyo.', 'Prime Minister Fumio Kishida', 'Fumio Kishida', 'prime minister', undefined],
    ['Rep. Nancy Pelosi left the chamber early.', 'Rep. Nancy Pelosi', 'Nancy Pelosi', 'rep.', undefined],
    ['Sen. Mitch McConnell blocked the vote.', 'Sen. Mitch McConnell', 'Mitch McConnell', 'sen.', undefined],
    ['Crown Prince Mohammed bin Salman hosted the summit.', 'Crown Prince Mohammed bin Salman', 'Mohammed bin Salman', 'crown prince', undefined],
    ['Rep. Alexandria Ocasio-Cortez introduced the bill.', 'Rep. Alexandria Ocasio-Cortez', 'Alexandria Ocasio-Cortez', 'rep.', undefined],
    ['Governor Gavin Newsom signed the order.', 'Governor Gavin Newsom', 'Gavin Newsom', 'governor', undefined],
  ])('%s', (text, phrase, name, title, of) => {
    const { mentions } = entitiesOf(text);
    const m = mentionOf(text, phrase, mentions);
    expect(m, `no mention "${phrase}" in ${JSON.stringify(mentions.map((x) => text.slice(x.start, x.end)))}`).toBeDefined();
    expect(m!.kind).toBe('name');
    expect(m!.text).toBe(name);
    expect(m!.title).toBe(title);
    expect(m!.of).toBe(of);
    expect(m!.type).toBe('person');
  });

  // Bug reported to the lead: "of <place>" is read as a name particle and a two-word office before a name stays in the name.
  test.each([
    ['Senator Amy Klobuchar of Minnesota voted against the bill.', 'Amy Klobuchar'],
    ['Treasury Secretary Janet Yellen testified on Tuesday.', 'Janet Yellen'],
  ])('the name of %s leaves out the state and the office', (text, name) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toContain(name);
  });
});

describe("a body's name run into a person's name", () => {
  test.each([
    ['At the hearing, House Intelligence Committee Adam Schiff spoke first.', 'House Intelligence Committee', 'Adam Schiff'],
    ['Harbor News Host Dana Reyes said the plan was reckless.', 'Harbor News Host', 'Dana Reyes'],
  ])('%s', (text, body, person) => {
    const names = entitiesOf(text).mentions.filter((m) => m.kind === 'name').map((m) => m.text);
    expect(names).toContain(person);
    expect(names).toContain(body);
  });

  test.each([
    // A body named after a person, or a person's name alone, stays one name.
    ['The Bill Gates Foundation funded the study.', 'Bill Gates Foundation'],
    ['Ford Motor Company said sales rose.', 'Ford Motor Company'],
    ['Bank of America Merrill Lynch cut its forecast.', 'Bank of America Merrill Lynch'],
    ['The Dunmore Chamber of Commerce backed the port plan.', 'Dunmore Chamber of Commerce'],
    ['Senator Elizabeth Warren spoke first.', 'Elizabeth Warren'],
  ])('one name in %s', (text, name) => {
    expect(entitiesOf(text).mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual([name]);
  });
});

describe('roles, descriptions and groups', () => {
  test.each([
    ['The former KGB officer spoke for an hour.', 'The former KGB officer', 'role', 'officer'],
    ['A Kremlin spokesperson declined to comment.', 'A Kremlin spokesperson', 'role', 'spokesperson'],
    ['The Prime Minister left early.', 'The Prime Minister', 'role', 'prime minister'],
    ['White House officials briefed reporters.', 'White House officials', 'group', 'officials'],
    ['Democratic lawmakers walked out of the chamber.', 'Democratic lawmakers', 'group', 'lawmakers'],
  ])('%s', (text, phrase, kind, title) => {
    const { mentions } = entitiesOf(text);
    const m = mentionOf(text, phrase, mentions);
    expect(m, `no mention "${phrase}" in ${JSON.stringify(mentions.map((x) => text.slice(x.start, x.end)))}`).toBeDefined();
    expect(m!.kind).toBe(kind);
    expect(m!.title).toBe(title);
  });

  test('"the Chinese foreign minister" is tied to China', () => {
    const text = 'The Chinese foreign minister arrived in Berlin.';
    const m = entitiesOf(text).mentions.find((x) => x.kind === 'role');
    expect(m?.of).toBe('China');
  });

  test('"a Kremlin spokesperson" keeps Kremlin as its qualifier', () => {
    const text = 'A Kremlin spokesperson declined to comment.';
    expect(entitiesOf(text).mentions[0]?.qualifier).toBe('Kremlin');
  });
});

describe('pronouns', () => {
  test('every personal pronoun outside a quote is a mention, with its gender', () => {
    const text = 'She said he and they would see it later.';
    const { mentions } = entitiesOf(text);
    expect(mentions.map((m) => [m.kind, m.text, m.gender])).toEqual([
      ['pronoun', 'She', 'female'],
      ['pronoun', 'he', 'male'],
      ['pronoun', 'they', undefined],
      ['pronoun', 'it', undefined],
    ]);
  });

  test('"US" in capitals is the country, not the pronoun', () => {
    const text = 'US troops left the base.';
    expect(entitiesOf(text).mentions.filter((m) => m.kind === 'pronoun')).toEqual([]);
  });
});

describe('organisations and places', () => {
  test.each([
    ['The European Union imposed new tariffs.', 'European Union', 'organization'],
    ['NATO expanded its presence in the east.', 'NATO', 'organization'],
    ['The Washington Post published the memo.', 'Washington Post', 'organization'],
    ['The Taliban seized the border crossing.', 'Taliban', 'organization'],
    ['The envoy flew to Ohio on Monday.', 'Ohio', 'place'],
  ])('%s', (text, phrase, type) => {
    const { mentions } = entitiesOf(text);
    const m = mentionOf(text, phrase, mentions);
    expect(m).toBeDefined();
    expect(m!.type).toBe(type);
  });
});

describe('what is nobody', () => {
  test.each([
    ['Yesterday was cold. Monday was warm. However, the talks went on.'],
    ['The bill passed by a vote of 52 to 48.'],
    ['The Helsinki Summit ended without a statement.'],
    ['The Clay Davis Show aired the interview.'],
    ['Russian television showed the parade.'],
    ['The markets rallied after the vote.'],
  ])('%s', (text) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind !== 'pronoun').map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  test.each([['Prices fell, wages rose and the markets rallied.']])('%s', (text) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind !== 'pronoun').map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  // A sentence-initial common noun that neither compromise's lexicon nor the tagger knows: read by its ending.
  // (Still a known gap: one without an abstract noun's ending, "Turnout rose sharply".)
  test.each([['Inflation rose sharply in March and April.'], ['Unemployment fell in the north.']])('%s', (text) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind !== 'pronoun').map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  test.fails.each([['Turnout rose sharply in March and April.']])('known gap: %s', (text) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind !== 'pronoun').map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('a word capitalised only because it opens the sentence', () => {
  test.each([
    ['Ironically, the senator voted for the bill she had attacked.', 'Ironically'],
    ['Predictably, Governor Okafor vetoed the measure.', 'Predictably'],
    ["Winning Maria Lopez's trust took the mayor two years.", 'Winning'],
    ['Courting Senator Hardy is the new fashion in the capital.', 'Courting'],
  ])('%s: no name holds "%s"', (text, word) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.map((m) => text.slice(m.start, m.end)).filter((s) => s.includes(word))).toEqual([]);
  });

  test.each([
    ["Winning Maria Lopez's trust took the mayor two years.", 'Maria Lopez'],
    ['Predictably, Governor Okafor vetoed the measure.', 'Okafor'],
    ['Sterling Ruiz said the vote would be close.', 'Sterling Ruiz'],
    ['Kelly, the chief of staff, said no.', 'Kelly'],
  ])('%s: the name %s is still read', (text, name) => {
    const { mentions } = entitiesOf(text);
    expect(mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toContain(name);
  });
});
