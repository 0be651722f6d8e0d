/**
 * The complement right after a cue whose clause no construction read (issue 13: "anchor found but
 * no clause read"), reported when the counted table src/data/anchorComplements.json (learned on
 * PolNeAR train by scripts/learn-anchor-complements.mjs) keeps the cue's lemma with that kind of
 * complement. All sentences are invented.
 */
import { describe, expect, test } from 'vitest';
import data from '../../../src/data/anchorComplements.json' with { type: 'json' };
import { AnchorComplements, anchorComplements, complementRowFor, type AnchorComplementKind } from '../../../src/3-attribution/cues/anchorComplements.js';
import { analyze } from '../../../src/analyze.js';
import { peoplePlural } from '../../../src/3-attribution/reported/anchorComplement.js';

/** [speaker, cue, text, form] of the indirect utterances. */
function reports(text: string): [string | null, string | null, string, string][] {
  return analyze(text).utterances.filter((u) => u.kind === 'indirect').map((u) => [u.speaker?.name ?? null, u.cue?.text ?? null, u.text, u.form ?? '']);
}

describe('the counted table (src/data/anchorComplements.json)', () => {
  test('matches its schema and says where it comes from', () => {
    const parsed = AnchorComplements.parse(data);
    expect(parsed.origin.generatedBy).toMatch(/^node scripts\/learn-anchor-complements\.mjs/);
    expect(parsed.origin.data).toMatch(/PolNeAR train/);
    expect(parsed.rows.length).toBe(data.origin.entries);
  });

  test('every row has the support it was kept with and gains content F1 at the baseline it was learned on', () => {
    const { minSupport, goldAttributions, baseline } = data.origin;
    const { precision: P, recall: R, predictions } = baseline;
    for (const r of data.rows) {
      expect(r.support).toBeGreaterThanOrEqual(minSupport);
      expect(r.hits).toBeLessThanOrEqual(r.support);
      expect((R * R * (r.hits - P * r.support)) / predictions + (P * P * r.found) / goldAttributions).toBeGreaterThan(0);
    }
  });

  test('one row per lemma and complement', () => {
    expect(anchorComplements().size).toBe(data.rows.length);
  });

  test('every back-off class has the support it was kept with, gains content F1, and no counted construction is kept twice', () => {
    const { minSupport, goldAttributions, baseline } = data.origin;
    const { precision: P, recall: R, predictions } = baseline;
    expect(data.classes.length).toBe(data.origin.classEntries);
    for (const r of data.classes) {
      expect(r.lemma).toMatch(/^(speech|writing|post|belief|intention|perception)\/(verb|noun|phrase|adjective)$/);
      expect(r.support).toBeGreaterThanOrEqual(minSupport);
      expect((R * R * (r.hits - P * r.support)) / predictions + (P * P * r.found) / goldAttributions).toBeGreaterThan(0);
    }
    const counted = new Set(data.counted);
    for (const r of data.rows) expect(counted.has(`${r.lemma}|${r.complement}`)).toBe(true);
  });
});

describe('a lexicon cue too rare to be counted alone backs off to its class (cues/anchorComplements.ts, complementRowFor)', () => {
  test.each([
    ['Mayor Ortiz underlined the need for a new ferry.', ['Ortiz', 'underlined', 'the need for a new ferry', 'topic']],
    ['Mayor Ortiz recited the names of the missing sailors.', ['Ortiz', 'recited', 'the names of the missing sailors', 'topic']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual([expected]);
  });

  test.each([
    // A cue only the learned cues make ("paint … as") has no class.
    ['Mayor Ortiz painted the old fence.'],
    // A say-verb's rare complement is an addressee, not a report.
    ['Mayor Ortiz said to the crowd at the harbor.'],
    // No cue.
    ['Mayor Ortiz parked the old truck near the harbor.'],
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('a cue whose own construction was counted and not kept does not back off', () => {
    const counted = new Set(data.counted);
    const kept = new Set(data.rows.map((r) => `${r.lemma}|${r.complement}`));
    const rejected = [...counted].find((k) => !kept.has(k))!;
    const [lemma, complement] = rejected.split('|') as [string, string];
    expect(complementRowFor({ lemma, kind: 'speech', form: 'verb', complement: ['object'] }, complement as AnchorComplementKind)).toBeUndefined();
    expect(complementRowFor({ lemma: 'no-such-cue', kind: 'speech', form: 'verb', complement: ['object'] }, 'np')?.lemma).toBe('speech/verb');
    expect(complementRowFor({ lemma: 'no-such-cue', kind: 'speech', form: 'verb', complement: ['object', 'quote'] }, 'np')).toBeUndefined();
    expect(complementRowFor({ lemma: 'no-such-cue', kind: 'speech', form: 'verb', complement: ['object'], learned: true }, 'np')).toBeUndefined();
  });
});

describe('a cue reports the complement the table keeps for it (reported/anchorComplement.ts)', () => {
  test.each([
    // A noun phrase: what the act was about.
    ['Senator Vale challenged the new budget plan in federal court.', ['Vale', 'challenged', 'the new budget plan in federal court', 'topic']],
    ['Senator Vale defended the new budget plan on Tuesday.', ['Vale', 'defended', 'the new budget plan', 'topic']],
    ['Reyes challenged the ruling in federal court.', ['Reyes', 'challenged', 'the ruling in federal court', 'topic']],
    // A day or "last week" after the object is the act's time, not its object.
    ['Vale defended the new budget plan last week.', ['Vale', 'defended', 'the new budget plan', 'topic']],
    // A pronoun object and "to": what the person was urged to do.
    ['Vale urged them to vote against the measure.', ['Vale', 'urged', 'to vote against the measure', '']],
    // An intention's bare object of two words or more: the position the holder took, as a topic
    // (on PolNeAR train the object of want is gold content 16 times in 21, of seek 19 in 31).
    ['Reyes wants a new stadium for the city.', ['Reyes', 'wants', 'a new stadium for the city', 'topic']],
    ['Mayor Ortiz sought a delay of the harbor vote.', ['Ortiz', 'sought', 'a delay of the harbor vote', 'topic']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual([expected]);
  });

  test.each([
    // A bare object of one common noun is a thing wanted, not a position.
    ['She wants a sandwich.'],
    // The bare object of a verb that takes a quote, a question and an object is the person addressed.
    ['Vale asked the governor for a meeting.'],
    // A passive cue's object is what others said of its subject.
    ['Senator Vale was called a fraud by his rivals.'],
    ['Senator Vale has been called a fraud for years.'],
    // A time phrase is when, not what.
    ['Governor Hal Brenner called his sister two weeks later.'],
    // A negated cue.
    ['Ms. Vale did not say much about the harbor plan.'],
    // A reflexive or personal pronoun is whom the act was about, not what was said.
    ['Reyes defended himself.'],
    ['Mayor Reyes sought him out after the meeting.'],
    // A day is when, not what.
    ['Vale said Monday.'],
    // No cue at all.
    ['Vale parked the car behind the library.'],
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test.each([
    // A group named by a plural noun phrase holds a position as a named holder does.
    ['Voters want lower taxes.', ['Voters', 'want', 'lower taxes', 'topic']],
    ['Many farmers want cheaper diesel and better roads.', ['Many farmers', 'want', 'cheaper diesel and better roads', 'topic']],
    ['Workers at the plant sought a new contract.', ['Workers', 'sought', 'a new contract', 'topic']],
  ])('a group holder: %s', (text, expected) => {
    expect(reports(text)).toEqual([expected]);
  });

  test.each([
    // A singular common noun is no holder a learned reading may credit, nor the object of a preposition.
    ['The senator wants a new stadium for the city.'],
    ['The mayor of the city wants a new stadium.'],
    ['A letter from the residents sought a new bridge.'],
    // A bare object of one common noun is a thing wanted, whoever wants it.
    ['The children want ice cream.'],
    ['Dogs want food.'],
  ])('no holder or no position: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('a learned reading (learnedComplement.ts) drops a time it ends in ("agreed on Monday" reports nothing)', () => {
    expect(reports('Senator Vale agreed on Monday.')).toEqual([]);
    expect(reports('Senator Vale agreed on a new schedule on Monday.').map(([, cue, t]) => [cue, t])).toEqual([['agreed', 'a new schedule']]);
  });

  test('a group credits only a reading of the counted table, not a learned cue\'s', () => {
    expect(reports('The two sides agreed on a new schedule on Monday.')).toEqual([]);
  });

  test.each([
    ['voters', true], ['members', true], ['farmers', true], ['parents', true], ['activists', true], ['historians', true],
    ['massacres', false], ['colony', false], ['company', false], ['numbers', false], ['voter', false],
  ])('peoplePlural(%s) is %s', (word, expected) => {
    expect(peoplePlural(word)).toBe(expected);
  });

  test('a raised passive stays the whole clause (sieve 09), not the infinitive after the cue', () => {
    expect(reports('The council is expected to approve the budget.').map(([, cue, t]) => [cue, t])).toEqual([['is expected', 'The council is expected to approve the budget']]);
  });

  test('a report ends before a relative word that another cue follows', () => {
    expect(reports('Vale urged the board to act who warned that rents would rise.').map(([, cue, t]) => [cue, t])).not.toContainEqual(['urged', 'to act who warned that rents would rise']);
  });

  test('a report ends before a comma that another cue follows', () => {
    const found = reports('Other mayors urged the state to fund the bridge, such as Lena Ortiz, who denounced the delay as reckless.');
    expect(found.find(([s]) => s === 'Lena Ortiz')?.[2]).toBe('the delay as reckless');
  });
});

describe('a weak lexicon row lifted by the table with the complement after it (anchors.ts, liftedRow)', () => {
  test.each([
    ['Governor Vale released a plan to cut emissions by half.', ['Vale', 'released', 'a plan to cut emissions by half', '']],
    ['Senator Reyes attempted to block the vote on the bridge.', ['Reyes', 'attempted', 'to block the vote on the bridge', '']],
  ])('%s', (text, expected) => {
    expect(reports(text)).toEqual([expected]);
  });

  test.each([
    // A bare object of one common noun: a thing released, not a position.
    ['Mayor Ortiz released the prisoners.'],
    // A reflexive object after a lifted row.
    ['Reyes pushed himself to the front of the line.'],
  ])('nothing reported: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  test('a speech quote later in the sentence keeps its own cue: the weak row is not lifted', () => {
    const u = analyze('Governor Vale released a statement which read, "We will appeal the ruling."').utterances;
    expect(u.map((x) => [x.kind, x.speaker?.name ?? null, x.cue?.text ?? null])).toEqual([['direct', 'Vale', 'read']]);
  });
});
