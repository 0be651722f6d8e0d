// Reported-speech constructions common in news that plaudit used to miss: short subjects before an
// aside cue, trailing evidence and belief cues, evidence verbs with a bare object, "citing".
import { describe, expect, test } from 'vitest';
import { reportedSpeech } from '../../../src/3-attribution/sieves/07-reportedSpeech.js';
import { prepare, words } from './prepare.js';

/** The indirect reports sieve 07 makes: [source phrase, words]. */
function reports(text: string): [string | null, string | null][] {
  const st = prepare(text);
  reportedSpeech(st);
  return st.drafts.filter((d) => d.kind === 'indirect').map((d) => [words(st, d.mention), words(st, d)]);
}

describe('a cue set off by commas after a short subject reports both sides', () => {
  test.each([
    ['The program, the mayor said, will cost more than the city can pay.', 'The program, the mayor said, will cost more than the city can pay'],
    ['Tariffs, Governor Hal Brenner said, would hurt the farms.', 'Tariffs, Governor Hal Brenner said, would hurt the farms'],
    ['The new levee, Mayor Lena Ortiz said, is already leaking.', 'The new levee, Mayor Lena Ortiz said, is already leaking'],
  ])('%s', (text, expected) => {
    expect(reports(text).map(([, w]) => w)).toContain(expected);
  });
  test.each([
    // A clause of its own after the aside: the word before it sets the scene, it is not the report.
    ['Yesterday, Mayor Lena Ortiz said, the levee broke.', 'the levee broke'],
  ])('the scene stays out: %s', (text, expected) => {
    expect(reports(text).map(([, w]) => w)).toEqual([expected]);
  });
});

describe('a weaker cue that closes its sentence right after its subject reports what came before', () => {
  test.each([
    ['The senator leads in three states, new polls show.', 'new polls', 'The senator leads in three states'],
    ['The river is cleaner than a decade ago, a state study found.', 'study', 'The river is cleaner than a decade ago'],
    ['Prices will fall by the spring, Mayor Lena Ortiz believes.', 'Mayor Lena Ortiz', 'Prices will fall by the spring'],
  ])('%s', (text, source, expected) => {
    const found = reports(text);
    expect(found.map(([, w]) => w)).toContain(expected);
    expect(found.find(([, w]) => w === expected)![0]).toContain(source);
  });
  test.each([
    // Not at the sentence end, or no subject right after the comma: no report.
    ['The senator leads in three states, and new polls show a tight race in the fourth.', 'The senator leads in three states'],
    ['Prices will fall by the spring, which Mayor Lena Ortiz believes with all her heart.', 'Prices will fall by the spring'],
    ['Farmers planted early, hoping for rain.', 'Farmers planted early'],
  ])('nothing before: %s', (text, notExpected) => {
    expect(reports(text).map(([, w]) => w)).not.toContain(notExpected);
  });
});

describe('evidence verbs report the clause or noun phrase after them', () => {
  test.each([
    ['The audit found large gaps in the payroll records.', 'large gaps in the payroll records'],
    ['A new poll showed a slim lead for the mayor.', 'a slim lead for the mayor'],
    ['New polls show the senator leading in three states.', 'the senator leading in three states'],
    ['Campaign records show he gave money to both parties.', 'he gave money to both parties'],
    ['The audit found the city had paid the same bill twice.', 'the city had paid the same bill twice'],
  ])('%s', (text, expected) => {
    expect(reports(text).map(([, w]) => w)).toContain(expected);
  });
  test.each([
    // A person who finds or shows a thing reports nothing.
    ['Mayor Lena Ortiz found a new job in May.'],
    ['Governor Hal Brenner showed the visitors around the farm.'],
  ])('nothing: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });
});

describe('"citing": what the subject of the clause cites', () => {
  test.each([
    ['Mayor Lena Ortiz spoke for an hour, citing the rising cost of housing.', 'Mayor Lena Ortiz', 'the rising cost of housing'],
    ['Two of the council members voted against the plan, citing the cost of the new bridge.', 'council members', 'the cost of the new bridge'],
  ])('%s', (text, source, expected) => {
    const hit = reports(text).find(([, w]) => w === expected);
    expect(hit).toBeDefined();
    expect(hit![0]).toContain(source);
  });
  test('the clause before "citing" is no report of what is cited', () => {
    expect(reports('The plant closed in May, citing the rising cost of power.').map(([, w]) => w)).not.toContain('The plant closed in May');
  });
});

describe('a report that holds another one keeps both (nested attributions)', () => {
  test.each([
    ['The board had warned that rents would rise, Mayor Lena Ortiz said.', ['Mayor Lena Ortiz', 'The board had warned that rents would rise'], ['board', 'rents would rise']],
    ['Most farmers believe the tariff will pass, Governor Hal Brenner said on Friday.', ['Governor Hal Brenner', 'Most farmers believe the tariff will pass'], ['Most farmers', 'the tariff will pass']],
  ])('%s', (text, outer, inner) => {
    const found = reports(text);
    expect(found.map(([, w]) => w)).toContain(outer[1]);
    expect(found.find(([, w]) => w === outer[1])![0]).toContain(outer[0]);
    expect(found.map(([, w]) => w)).toContain(inner[1]);
  });
  test('the inner report is a child of the outer one', () => {
    const st = prepare('The board had warned that rents would rise, Mayor Lena Ortiz said.');
    reportedSpeech(st);
    const inner = st.drafts.find((d) => words(st, d) === 'rents would rise')!;
    expect(words(st, st.drafts[inner.parent!])).toBe('The board had warned that rents would rise');
  });
});

describe('a naming verb with no quote: the object and the name given to it', () => {
  test.each([
    ['Senator Paul Adeyemi called him a reckless opportunist.', 'him a reckless opportunist'],
    ['Mayor Lena Ortiz called the decision reckless.', 'the decision reckless'],
    ['Governor Hal Brenner called her divisive and accused her of lying.', 'her divisive'],
  ])('%s', (text, expected) => {
    expect(reports(text).map(([, w]) => w)).toContain(expected);
  });
  test.each([
    ['Mayor Lena Ortiz called the police on Friday.'],
    ['Governor Hal Brenner called his mother a day later.'],
    ['After ten hours the workers called it a day.'],
  ])('nothing: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });
});
