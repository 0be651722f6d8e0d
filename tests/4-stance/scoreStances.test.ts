import { describe, expect, test } from 'vitest';
import { scoreStances } from '../../src/4-stance/index.js';
import { readTokens } from '../../src/adapters/wink.js';
import { Stance, type Utterance } from '../../src/model/index.js';
import { stanceInput } from './helpers.js';

type Row = [text: string, quote: string, speaker: string, entities: Record<string, string[]>, target: string, polarity: 'praise' | 'criticism'];

describe('scoreStances', () => {
  test.each<Row>([
    ['“He’s a very lively man, talented without doubt,” Putin said of Trump.', 'He’s a very lively man, talented without doubt,', 'Putin', { Putin: ['Putin'], Trump: ['Trump', 'He'] }, 'Trump', 'praise'],
    ['“Biden is weak and corrupt,” Trump told the rally.', 'Biden is weak and corrupt,', 'Trump', { Trump: ['Trump'], Biden: ['Biden'] }, 'Biden', 'criticism'],
    ['“I thank John very much for his service,” the president wrote.', 'I thank John very much for his service,', 'Trump', { Trump: ['president'], Bolton: ['John', 'his'] }, 'Bolton', 'praise'],
    ['“Putin’s genius move surprised everyone,” Trump said.', 'Putin’s genius move surprised everyone,', 'Trump', { Trump: ['Trump'], Putin: ['Putin'] }, 'Putin', 'praise'],
    ['“Thank you very much, Mr. President,” Zelensky said.', 'Thank you very much, Mr. President,', 'Zelensky', { Zelensky: ['Zelensky'], Biden: ['Mr. President'] }, 'Biden', 'praise'],
    ['“Obama attacked me for years,” Trump said.', 'Obama attacked me for years,', 'Trump', { Trump: ['Trump'], Obama: ['Obama'] }, 'Obama', 'criticism'],
    ['Cooper said Boris Johnson is trying to grab power, which is a deeply dangerous and irresponsible way to govern.', 'Boris Johnson is trying to grab power, which is a deeply dangerous and irresponsible way to govern', 'Cooper', { Cooper: ['Cooper'], Johnson: ['Boris Johnson'] }, 'Johnson', 'criticism'],
    // The negation denies "the problem", not the evaluation inside the that-clause.
    ['“The problem is not that Merkel is smart,” the senator said.', 'The problem is not that Merkel is smart,', 'Senator', { Senator: ['senator'], Merkel: ['Merkel'] }, 'Merkel', 'praise'],
    ['The senator said Merkel was “more experienced and highly respected” than her rivals.', 'more experienced and highly respected', 'Senator', { Senator: ['senator'], Merkel: ['Merkel'] }, 'Merkel', 'praise'],
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
    ['“We will not strike unless Korea’s sovereignty is violated,” the general said.', 'We will not strike unless Korea’s sovereignty is violated,', 'General', { General: ['general'], Korea: ['Korea'] }],
    ['“The occupied villages of Ukraine need help,” the envoy said.', 'The occupied villages of Ukraine need help,', 'Envoy', { Envoy: ['envoy'], Ukraine: ['Ukraine'] }],
    ['The governor said the state is “in the middle of a crisis at the border.”', 'in the middle of a crisis at the border.', 'Governor', { Governor: ['governor'], State: ['the state'] }],
    ['“Poland’s victory was a relief,” the coach said.', 'Poland’s victory was a relief,', 'Coach', { Coach: ['coach'], Poland: ['Poland'] }],
    ['“The authorities are doing everything to stop the war,” the mayor said.', 'The authorities are doing everything to stop the war,', 'Mayor', { Mayor: ['mayor'], Authorities: ['The authorities'] }],
    ['“This decision is a stab in the back for the Kurds,” the commander said.', 'This decision is a stab in the back for the Kurds,', 'Commander', { Commander: ['commander'], Kurds: ['the Kurds'] }],
    ['“The statement was a surprise and we can say that it is a stab in the back for the Kurds,” Gabriel said.', 'The statement was a surprise and we can say that it is a stab in the back for the Kurds,', 'Gabriel', { Gabriel: ['Gabriel'], Kurds: ['the Kurds', 'we'] }],
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
    ['“They are trying to weaken the alliance,” Stoltenberg said of the two leaders.', 'They are trying to weaken the alliance,', 'Stoltenberg', { Stoltenberg: ['Stoltenberg'], Leaders: ['leaders', 'They'], Alliance: ['the alliance'] }, 'Leaders', 'criticism'],
    ['“Our eastern provinces, as we all know, are occupied by the Russian army,” the minister said.', 'Our eastern provinces, as we all know, are occupied by the Russian army,', 'Minister', { Minister: ['minister'], 'Russian army': ['the Russian army'] }, 'Russian army', 'criticism'],
    ['“And Canada, our closest partner and staunch supporter, stood with us,” the minister said.', 'And Canada, our closest partner and staunch supporter, stood with us,', 'Minister', { Minister: ['minister'], Canada: ['Canada'] }, 'Canada', 'praise'],
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
