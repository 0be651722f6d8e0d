import { describe, expect, test } from 'vitest';
import { scoreStances } from '../../src/4-stance/stance.js';
import { readTokens } from '../../src/adapters/wink.js';
import { Stance, type Utterance } from '../../src/model/index.js';
import { stanceInput } from './helpers.js';

type Row = [text: string, quote: string, speaker: string, entities: Record<string, string[]>, target: string, polarity: 'praise' | 'criticism'];

describe('scoreStances', () => {
  test.each<Row>([
    ['“She’s a truly brilliant woman, gifted beyond doubt,” Orban said of Meloni.', 'She’s a truly brilliant woman, gifted beyond doubt,', 'Orban', { Orban: ['Orban'], Meloni: ['Meloni', 'She'] }, 'Meloni', 'praise'],
    ['“Biden is weak and corrupt,” Trump told the rally.', 'Biden is weak and corrupt,', 'Trump', { Trump: ['Trump'], Biden: ['Biden'] }, 'Biden', 'criticism'],
    ['“I want to thank Mary for her years of loyal work,” the governor wrote.', 'I want to thank Mary for her years of loyal work,', 'Governor', { Governor: ['governor'], Mary: ['Mary', 'her'] }, 'Mary', 'praise'],
    ['“Putin’s genius move surprised everyone,” Trump said.', 'Putin’s genius move surprised everyone,', 'Trump', { Trump: ['Trump'], Putin: ['Putin'] }, 'Putin', 'praise'],
    ['“Thank you so much, Madam Chancellor,” the mayor said.', 'Thank you so much, Madam Chancellor,', 'Mayor', { Mayor: ['mayor'], Merkel: ['Madam Chancellor'] }, 'Merkel', 'praise'],
    ['“Sanchez attacked me for years,” Feijoo said.', 'Sanchez attacked me for years,', 'Feijoo', { Feijoo: ['Feijoo'], Sanchez: ['Sanchez'] }, 'Sanchez', 'criticism'],
    ['Ruiz said the premier is packing the courts, which is a reckless and dangerous way to run a country.', 'the premier is packing the courts, which is a reckless and dangerous way to run a country', 'Ruiz', { Ruiz: ['Ruiz'], Premier: ['the premier'] }, 'Premier', 'criticism'],
    // The negation denies "the problem", not the evaluation inside the that-clause.
    ['“My worry isn’t that Macron is clever,” the senator said.', 'My worry isn’t that Macron is clever,', 'Senator', { Senator: ['senator'], Macron: ['Macron'] }, 'Macron', 'praise'],
    ['The senator said Ardern was “wiser and far more capable” than her rivals.', 'wiser and far more capable', 'Senator', { Senator: ['senator'], Ardern: ['Ardern'] }, 'Ardern', 'praise'],
    ['The senator called Bannon “a disgrace to the party”.', 'a disgrace to the party', 'Senator', { Senator: ['senator'], Bannon: ['Bannon'] }, 'Bannon', 'criticism'],
    ['“Merkel is not smart,” he said, according to the senator.', 'Merkel is not smart,', 'Senator', { Senator: ['senator'], Merkel: ['Merkel'] }, 'Merkel', 'criticism'],
    ['“We strongly condemn Lukashenko and his regime,” the chancellor said.', 'We strongly condemn Lukashenko and his regime,', 'Scholz', { Scholz: ['chancellor'], Lukashenko: ['Lukashenko', 'his'] }, 'Lukashenko', 'criticism'],
  ])('%s', (text, quote, speaker, entities, target, polarity) => {
    const stances = scoreStances(stanceInput(text, quote, speaker, entities));
    const polar = stances.filter((s) => s.polarity !== 'neutral');
    expect(polar.map((s) => [s.source.name, s.target.name, s.polarity])).toEqual([[speaker, target, polarity]]);
    const s = polar[0]!;
    expect(Stance.safeParse(s).success).toBe(true);
    expect(Math.sign(s.score)).toBe(polarity === 'praise' ? 1 : -1);
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test.each<[string, string, string, Record<string, string[]>]>([
    ['“We met Putin in Helsinki,” Trump said.', 'We met Putin in Helsinki,', 'Trump', { Trump: ['Trump'], Putin: ['Putin'] }],
    ['“I am a genius, a very stable genius,” Trump said.', 'I am a genius, a very stable genius,', 'Trump', { Trump: ['Trump'] }],
    ['“Merkel is not a dictator,” Macron said.', 'Merkel is not a dictator,', 'Macron', { Macron: ['Macron'], Merkel: ['Merkel'] }],
    ['“Is Biden a good leader?” Trump asked.', 'Is Biden a good leader?', 'Trump', { Trump: ['Trump'], Biden: ['Biden'] }],
    ['“Obama praised Clinton at the convention,” Trump said.', 'Obama praised Clinton at the convention,', 'Trump', { Trump: ['Trump'], Obama: ['Obama'], Clinton: ['Clinton'] }],
    ['“The weather in Helsinki was terrible, but Putin arrived on time,” Trump said.', 'The weather in Helsinki was terrible, but Putin arrived on time,', 'Trump', { Trump: ['Trump'], Putin: ['Putin'] }],
    ['“We will not retaliate unless Chile’s borders are violated,” the general said.', 'We will not retaliate unless Chile’s borders are violated,', 'General', { General: ['general'], Chile: ['Chile'] }],
    ['“The occupied villages of Moldova need food,” the envoy said.', 'The occupied villages of Moldova need food,', 'Envoy', { Envoy: ['envoy'], Moldova: ['Moldova'] }],
    ['The governor said the city is “in the grip of a crisis at the port.”', 'in the grip of a crisis at the port.', 'Governor', { Governor: ['governor'], City: ['the city'] }],
    ['“Poland’s victory was a relief,” the coach said.', 'Poland’s victory was a relief,', 'Coach', { Coach: ['coach'], Poland: ['Poland'] }],
    ['“The council is doing everything to end the war,” the mayor said.', 'The council is doing everything to end the war,', 'Mayor', { Mayor: ['mayor'], Council: ['The council'] }],
    ['“This ruling is a stab in the back for the farmers,” the commander said.', 'This ruling is a stab in the back for the farmers,', 'Commander', { Commander: ['commander'], Farmers: ['the farmers'] }],
    ['“We all felt that the vote was a slap in the face for the Basques,” Otegi said.', 'We all felt that the vote was a slap in the face for the Basques,', 'Otegi', { Otegi: ['Otegi'], Basques: ['the Basques', 'We'] }],
    ['“Biden will visit Tokyo next week,” the spokesman said.', 'Biden will visit Tokyo next week,', 'Spokesman', { Spokesman: ['spokesman'], Biden: ['Biden'] }],
  ])('no praise or criticism in %s', (text, quote, speaker, entities) => {
    const stances = scoreStances(stanceInput(text, quote, speaker, entities));
    expect(stances.filter((s) => s.polarity !== 'neutral')).toEqual([]);
  });

  test('“I” in a quote is its speaker even when the entity stage resolved it elsewhere', () => {
    const text = '“I am proud of this genius plan,” Trump said. Putin agreed.';
    const base = stanceInput(text, 'I am proud of this genius plan,', 'Trump', { Trump: ['Trump'], Putin: ['Putin', 'I'] });
    expect(scoreStances(base).filter((s) => s.polarity !== 'neutral')).toEqual([]);
  });

  test('an embedded quote’s words belong to its own speaker', () => {
    const text = '“Trump told me ‘Merkel is a disaster’ and I disagreed,” Macron said.';
    const base = stanceInput(text, 'Trump told me ‘Merkel is a disaster’ and I disagreed,', 'Macron', { Macron: ['Macron'], Trump: ['Trump'], Merkel: ['Merkel'] });
    const outer = base.utterances[0]!;
    const trump = base.entities.find((e) => e.name === 'Trump')!;
    const start = text.indexOf('Merkel is');
    const inner: Utterance = { ...outer, id: 'u2', kind: 'embedded', parentId: 'u1', start, end: start + 'Merkel is a disaster'.length, text: 'Merkel is a disaster', speaker: { entityId: trump.id, name: 'Trump' } };
    const stances = scoreStances({ ...base, utterances: [outer, inner] }).filter((s) => s.polarity !== 'neutral');
    expect(stances.map((s) => [s.source.name, s.target.name, s.polarity, s.utteranceId])).toEqual([['Trump', 'Merkel', 'criticism', 'u2']]);
  });

  test('ids in text order, article id and date copied', () => {
    const text = '“Biden is weak,” Trump said. “Macron is a great friend,” Trump said.';
    const base = stanceInput(text, 'Biden is weak,', 'Trump', { Trump: ['Trump'], Biden: ['Biden'], Macron: ['Macron'] });
    const u1 = base.utterances[0]!;
    const s2 = text.indexOf('Macron is');
    const u2: Utterance = { ...u1, id: 'u2', start: s2, end: s2 + 'Macron is a great friend,'.length, text: 'Macron is a great friend,' };
    const stances = scoreStances({ ...base, utterances: [u2, u1], articleId: 'a1', date: '2024-05-01' });
    expect(stances.map((s) => [s.id, s.target.name, s.polarity, s.articleId, s.date])).toEqual([
      ['s1', 'Biden', 'criticism', 'a1', '2024-05-01'],
      ['s2', 'Macron', 'praise', 'a1', '2024-05-01'],
    ]);
  });

  test('utterances without a speaker hold no stance', () => {
    const base = stanceInput('“Biden is weak,” someone said. Trump.', 'Biden is weak,', 'Trump', { Trump: ['Trump'], Biden: ['Biden'] });
    expect(scoreStances({ ...base, utterances: base.utterances.map((u) => ({ ...u, speaker: null })) })).toEqual([]);
  });

  test('empty input', () => {
    expect(scoreStances({ doc: readTokens(''), utterances: [], entities: [] })).toEqual([]);
  });
});

describe('scoreStances: first-person pronouns are the speaker', () => {
  test.each<Row>([
    ['“I have always admired Merkel,” Macron said.', 'I have always admired Merkel,', 'Macron', { Macron: ['Macron'], Merkel: ['Merkel'] }, 'Merkel', 'praise'],
    ['“We condemn Lukashenko in the strongest terms,” the minister said.', 'We condemn Lukashenko in the strongest terms,', 'Minister', { Minister: ['minister'], Lukashenko: ['Lukashenko'] }, 'Lukashenko', 'criticism'],
    ['“Canada has always supported our farmers,” the minister said.', 'Canada has always supported our farmers,', 'Minister', { Minister: ['minister'], Canada: ['Canada'] }, 'Canada', 'praise'],
    ['“She routinely ignores the courts,” the governor said of the mayor.', 'She routinely ignores the courts,', 'Governor', { Governor: ['governor'], Mayor: ['mayor', 'She'] }, 'Mayor', 'criticism'],
    ['“They keep trying to undermine the alliance,” the envoy said of the two rulers.', 'They keep trying to undermine the alliance,', 'Envoy', { Envoy: ['envoy'], Rulers: ['rulers', 'They'], Alliance: ['the alliance'] }, 'Rulers', 'criticism'],
    ['“Two northern valleys, as everyone knows, were invaded by the rebel militia,” the minister said.', 'Two northern valleys, as everyone knows, were invaded by the rebel militia,', 'Minister', { Minister: ['minister'], Militia: ['the rebel militia'] }, 'Militia', 'criticism'],
    ['“Norway, our oldest ally and a loyal friend, stood with us,” the minister said.', 'Norway, our oldest ally and a loyal friend, stood with us,', 'Minister', { Minister: ['minister'], Norway: ['Norway'] }, 'Norway', 'praise'],
    ['“They have betrayed us again,” Kurdish commanders said of the Americans.', 'They have betrayed us again,', 'Commanders', { Commanders: ['commanders'], Americans: ['Americans', 'They'] }, 'Americans', 'criticism'],
  ])('%s', (text, quote, speaker, entities, target, polarity) => {
    const stances = scoreStances(stanceInput(text, quote, speaker, entities)).filter((s) => s.polarity !== 'neutral');
    expect(stances.map((s) => [s.source.name, s.target.name, s.polarity])).toEqual([[speaker, target, polarity]]);
  });

  test.each<[string, string, string, Record<string, string[]>]>([
    ['“I am proud of my record,” Johnson said.', 'I am proud of my record,', 'Johnson', { Johnson: ['Johnson'] }],
    ['“We did a fantastic job,” Trump said.', 'We did a fantastic job,', 'Trump', { Trump: ['Trump'] }],
  ])('no self-stance in %s', (text, quote, speaker, entities) => {
    expect(scoreStances(stanceInput(text, quote, speaker, entities))).toEqual([]);
  });
});
