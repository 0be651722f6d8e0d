/**
 * The steps of scoreStances (src/4-stance/scoring/) called directly on invented sentences:
 * which mentions an utterance offers as targets, which entity a writer's frame gives a partial
 * quote, and what each source of evidence credits (or must not credit).
 */
import { describe, expect, test } from 'vitest';
import { assignHits } from '../../src/4-stance/assignHits.js';
import { Accumulators } from '../../src/4-stance/scoring/accumulate.js';
import { cueEvidence } from '../../src/4-stance/scoring/cue.js';
import { nearestTo } from '../../src/4-stance/scoring/emit.js';
import { frameEvidence, frameTarget } from '../../src/4-stance/scoring/frame.js';
import { grammaticalTargets, heldEvaluations } from '../../src/4-stance/scoring/heldEvaluations.js';
import { articleTargets, readUtterance, type UtteranceReading } from '../../src/4-stance/scoring/targets.js';
import type { StanceInput } from '../../src/4-stance/stance.js';
import { spanOf, stanceInput } from './helpers.js';

/** The utterance of `input` as the scoring steps read it. */
function read(input: StanceInput): { r: UtteranceReading; names: Map<string, string> } {
  const r = readUtterance(input.doc, input.utterances, 0, articleTargets(input.entities, undefined));
  if (!r) throw new Error('utterance not read');
  return { r, names: new Map(input.entities.map((e) => [e.id, e.name])) };
}

/** What a set of accumulators credits: target name → summed weight (rounded), and whether grammatical. */
function credited(accs: Accumulators, names: Map<string, string>): Record<string, { sum: number; grammatical: boolean }> {
  return Object.fromEntries([...accs.byKey].map(([k, a]) => [names.get(k) ?? k, { sum: Math.round(a.sum * 100) / 100, grammatical: a.grammatical }]));
}

describe('readUtterance: the targets of an utterance', () => {
  test.each([
    // text, quote, speaker, entities, expected target names
    ['"Olsen is a fine mayor," Berg said.', 'Olsen is a fine mayor,', 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] }, ['Olsen']],
    ['"I trust Olsen and my party," Berg said.', 'I trust Olsen and my party,', 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] }, ['Olsen']],
    ['"Berg will win," Berg said.', 'Berg will win,', 'Berg', { Berg: ['Berg'] }, []],
    ['"It would be a mistake to wait," Berg said.', 'It would be a mistake to wait,', 'Berg', { Berg: ['Berg'], Council: ['It'] }, []],
  ])('%s', (text, quote, speaker, entities, targets) => {
    const { r, names } = read(stanceInput(text, quote, speaker, entities));
    expect(r.targets.map((t) => names.get(t.key))).toEqual(targets);
  });
});

describe('frameTarget: the entity a partial quote is predicated of', () => {
  test.each([
    ['Berg said Olsen is "a disgrace to the office".', 'a disgrace to the office', 'Olsen'],
    ['Berg called Olsen "a coward".', 'a coward', 'Olsen'],
  ])('%s → %s', (text, quote, target) => {
    const input = stanceInput(text, quote, 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const { r, names } = read(input);
    const frame = frameTarget(input.doc.tokens, articleTargets(input.entities, undefined).mentions, r);
    expect(frame && names.get(frame.key)).toBe(target);
  });

  test.each([
    ['Berg met Olsen and spoke of "a hard winter".', 'a hard winter'],
    ['Berg is "very tired".', 'very tired'],
  ])('none: %s', (text, quote) => {
    const input = stanceInput(text, quote, 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const { r } = read(input);
    expect(frameTarget(input.doc.tokens, articleTargets(input.entities, undefined).mentions, r)).toBeUndefined();
  });

  test('frameEvidence: evaluations of people in the quote go to the framed entity', () => {
    const text = 'Berg called Olsen "a coward".';
    const input = stanceInput(text, 'a coward', 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const { r, names } = read(input);
    const tokens = input.doc.tokens;
    const frame = frameTarget(tokens, articleTargets(input.entities, undefined).mentions, r)!;
    const accs = new Accumulators(tokens, text);
    frameEvidence(tokens, r, frame, assignHits(tokens, r.uf, r.ul, r.slots, r.skip), accs);
    expect(credited(accs, names).Olsen?.sum).toBeLessThan(0);
  });
});

describe('cueEvidence: an evaluative cue before indirect speech', () => {
  test('"Berg criticized Olsen\'s budget" judges Olsen', () => {
    const text = "Berg criticized Olsen's budget plan.";
    const input = stanceInput(text, "Olsen's budget plan", 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const u = input.utterances[0]!;
    const withCue = { ...input, utterances: [{ ...u, kind: 'indirect' as const, cue: { ...spanOf(text, 'criticized'), text: 'criticized' } }] };
    const { r, names } = read(withCue);
    const accs = new Accumulators(input.doc.tokens, text);
    cueEvidence(input.doc, r, accs);
    expect(credited(accs, names).Olsen?.sum).toBeLessThan(0);
  });

  test('a neutral cue credits nothing', () => {
    const text = "Berg discussed Olsen's budget plan.";
    const input = stanceInput(text, "Olsen's budget plan", 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const u = input.utterances[0]!;
    const withCue = { ...input, utterances: [{ ...u, kind: 'indirect' as const, cue: { ...spanOf(text, 'discussed'), text: 'discussed' } }] };
    const { r, names } = read(withCue);
    const accs = new Accumulators(input.doc.tokens, text);
    cueEvidence(input.doc, r, accs);
    expect(credited(accs, names)).toEqual({});
  });

  test('a name deep inside the reported words is not the cue\'s object', () => {
    const text = 'Berg condemned the decision to close the harbour and said the money had come from Olsen.';
    const quote = 'the decision to close the harbour and said the money had come from Olsen';
    const input = stanceInput(text, quote, 'Berg', { Berg: ['Berg'], Olsen: ['Olsen'] });
    const u = input.utterances[0]!;
    const withCue = { ...input, utterances: [{ ...u, kind: 'indirect' as const, cue: { ...spanOf(text, 'condemned'), text: 'condemned' } }] };
    const { r, names } = read(withCue);
    const accs = new Accumulators(input.doc.tokens, text);
    cueEvidence(input.doc, r, accs);
    expect(credited(accs, names)).toEqual({});
  });
});

describe('heldEvaluations and grammaticalTargets', () => {
  /** Runs the two steps on one quote and returns what they credit. */
  function held(text: string, quote: string, entities: Record<string, string[]>): Record<string, { sum: number; grammatical: boolean }> {
    const input = stanceInput(text, quote, 'Berg', entities);
    const { r, names } = read(input);
    const tokens = input.doc.tokens;
    const accs = new Accumulators(tokens, text);
    heldEvaluations(tokens, r, assignHits(tokens, r.uf, r.ul, r.slots, r.skip), accs);
    grammaticalTargets(tokens, r, accs);
    return credited(accs, names);
  }

  test.each([
    ['"Olsen is a liar," Berg said.', 'Olsen is a liar,', 'Olsen', 'criticism'],
    ['"Olsen has been a wonderful partner," Berg said.', 'Olsen has been a wonderful partner,', 'Olsen', 'praise'],
    ['"They attacked us again," Berg said of the Greens.', 'They attacked us again,', 'Greens', 'criticism'],
  ])('the speaker judges: %s', (text, quote, target, polarity) => {
    const got = held(text, quote, { Berg: ['Berg'], Olsen: ['Olsen'], Greens: ['They'] });
    const sum = got[target]?.sum ?? 0;
    expect(polarity === 'praise' ? sum > 0 : sum < 0, JSON.stringify(got)).toBe(true);
  });

  test('someone else\'s praise, reported, is not the speaker\'s', () => {
    const got = held('"Olsen praised Dahl," Berg said.', 'Olsen praised Dahl,', { Berg: ['Berg'], Olsen: ['Olsen'], Dahl: ['Dahl'] });
    expect(got.Dahl?.sum ?? 0).toBe(0);
    expect(got.Olsen?.sum ?? 0).toBe(0);
  });

  test('a target talked about without judgement is grammatical (a neutral stance)', () => {
    const got = held('"Olsen arrives on Monday," Berg said.', 'Olsen arrives on Monday,', { Berg: ['Berg'], Olsen: ['Olsen'] });
    expect(got.Olsen).toEqual({ sum: 0, grammatical: true });
  });
});

describe('nearestTo: how far the nearest word lies from a mention', () => {
  // The mention at characters 10–15; words before it, after it, touching it, over it, or none.
  test.each([
    [[{ start: 2, end: 6 }], 4],
    [[{ start: 18, end: 22 }], 3],
    [[{ start: 2, end: 6 }, { start: 17, end: 20 }], 2],
    [[{ start: 15, end: 19 }], 0],
    [[{ start: 12, end: 14 }], 0],
    [[], Infinity],
  ])('%j → %s', (words, distance) => {
    expect(nearestTo({ start: 10, end: 15 }, words)).toBe(distance);
  });
});
