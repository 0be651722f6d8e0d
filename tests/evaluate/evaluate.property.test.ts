import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadGoldDir } from '../../src/cli/loadGoldDir.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { evaluateCorpus } from '../../src/evaluate/evaluateCorpus.js';
import type { Analysis, UtteranceKind } from '../../src/index.js';

const golds = loadGoldDir(new URL('../../corpus/', import.meta.url).pathname).map((g) => g.gold);
const KINDS: UtteranceKind[] = ['direct', 'partial', 'embedded', 'post', 'turn', 'indirect'];

/** Any analysis of a text of length `n`: random spans, kinds, names (known, unknown, empty) and stances. */
const analysisOf = (n: number, names: string[]) =>
  fc
    .record({
      utterances: fc.array(fc.record({ a: fc.nat(n), b: fc.nat(n), kind: fc.constantFrom(...KINDS), speaker: fc.option(fc.oneof(fc.constantFrom(...names), fc.string())) }), { maxLength: 30 }),
      stances: fc.array(fc.record({ u: fc.nat(40), source: fc.oneof(fc.constantFrom(...names), fc.string()), target: fc.oneof(fc.constantFrom(...names), fc.string()), polarity: fc.constantFrom('praise', 'criticism', 'neutral') as fc.Arbitrary<'praise' | 'criticism' | 'neutral'> }), { maxLength: 30 }),
    })
    .map(({ utterances, stances }): Analysis => ({
      length: n,
      entities: [],
      issues: [],
      utterances: utterances.map((u, i) => ({
        id: `u${i}`, start: Math.min(u.a, u.b), end: Math.max(u.a, u.b), text: '', kind: u.kind,
        speaker: u.speaker === null ? null : { entityId: 'x', name: u.speaker }, sentiment: { score: 0, comparative: 0 }, confidence: 1,
      })),
      stances: stances.map((s, i) => ({
        id: `s${i}`, utteranceId: `u${s.u}`, polarity: s.polarity, score: 0, evidence: [],
        source: { entityId: 'a', name: s.source }, target: { entityId: 'b', name: s.target },
      })),
    }));

describe('evaluate on any analysis', () => {
  test.each(golds.map((g) => [g.id, g] as const))('%s: never throws, every figure in [0, 1], counts consistent', (_id, gold) => {
    const names = gold.entities.flatMap((e) => [e.name, ...e.aliases]);
    fc.assert(
      fc.property(analysisOf(gold.text.length, names), (analysis) => {
        const e = evaluate(gold, analysis);
        for (const x of [e.quoteDetection.precision, e.quoteDetection.recall, e.quoteAttribution.f1, e.quoteAttribution.precision, e.indirectSpeech.recall, e.stance.f1, e.stanceEvidence.recall, e.asymmetry.accuracy]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        const c = e.counts;
        expect(c.quotesCorrect).toBeLessThanOrEqual(c.quotesDetected);
        expect(c.quotesDetected).toBeLessThanOrEqual(c.quotesPredicted);
        expect(c.quotesRight).toBeLessThanOrEqual(c.quotesFound);
        expect(c.stancesCorrect).toBeLessThanOrEqual(Math.min(c.stancesPredicted, c.stancesGold));
        expect(e.spurious.length).toBe(c.quotesPredicted - c.quotesDetected);
      }),
      { numRuns: 40 },
    );
  });

  test('pooling is order-free: a corpus scores the same in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(golds, { minLength: 1 }), (subset) => {
        const evaluations = subset.map((g) => evaluate(g, { length: g.text.length, entities: [], utterances: [], stances: [], issues: [] }));
        const forward = evaluateCorpus(evaluations);
        const backward = evaluateCorpus([...evaluations].reverse());
        expect(backward.counts).toEqual(forward.counts);
        expect(backward.stance).toEqual(forward.stance);
      }),
      { numRuns: 20 },
    );
  });
});
