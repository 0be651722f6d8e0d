import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asymmetries } from '../../src/5-graph/asymmetries.js';
import { asymmetry } from '../../src/5-graph/asymmetry.js';
import { bootstrapAsymmetry } from '../../src/5-graph/bootstrapAsymmetry.js';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { findNode } from '../../src/5-graph/findNode.js';
import { normalizeName } from '../../src/5-graph/normalizeName.js';
import { oneSided } from '../../src/5-graph/oneSided.js';
import { rankings } from '../../src/5-graph/rankings.js';
import { reciprocity } from '../../src/5-graph/reciprocity.js';
import { PlauditError, type PraiseGraph, type Stance, type StancePolarity } from '../../src/model/index.js';
import { makeAnalysis, sanctions, summit, TRUMP, PUTIN, BIDEN } from './fixtures.js';

const corpus = buildPraiseGraph([summit, sanctions]);
const EMPTY: PraiseGraph = { nodes: [], edges: [] };

describe('normalizeName', () => {
  test.each([
    ['The Kremlin', 'kremlin'],
    ["Putin's", 'putin'],
    ['Putin\u2019s', 'putin'],
    ['  Donald   Trump ', 'donald trump'],
    ['U.S.', 'us'],
    ['the Democrats\u2019', 'democrats'],
    ['An Post', 'post'],
  ])('%j → %j', (name, key) => expect(normalizeName(name)).toBe(key));

  test.each([['Theresa May'], ['Anastasiades'], ['Athens'], ['Ross'], ['The']])('%j keeps its words', (name) => {
    expect(normalizeName(name)).toBe(name.toLowerCase());
  });
});

describe('findNode', () => {
  test.each([
    ['donald-trump', 'donald-trump'],
    ['Donald Trump', 'donald-trump'],
    ['donald trump', 'donald-trump'],
    ['Trump', 'donald-trump'],
    ['PUTIN', 'vladimir-putin'],
    ['Kremlin', 'kremlin'],
    ["the Kremlin's", 'kremlin'],
  ])('%j finds %s', (query, id) => expect(findNode(corpus, query)?.id).toBe(id));

  test.each([['Ivanka Trump'], ['Vladimir'], [''], ['<script>'], ['Merkel']])('%j finds nothing', (query) => {
    expect(findNode(corpus, query)).toBeUndefined();
  });
});

describe('asymmetry', () => {
  test('Trump → Putin 4 praises against Putin → Trump 1 praise and 1 criticism: Trump is the warmer', () => {
    const a = asymmetry(corpus, 'Donald Trump', 'Vladimir Putin');
    // index = (net 4 − net 0) / (4 + 2 praise and criticism)
    expect(a).toEqual({ aToB: 1, bToA: 0, index: 4 / 6, stances: { aToB: 4, bToA: 2 } });
    expect(a.index).toBeGreaterThan(0);
  });

  test.each([
    ['Trump', 'Putin'],
    ['Biden', 'Putin'],
    ['Kremlin', 'Biden'],
    ['Putin', 'Biden'],
    ['Trump', 'Biden'],
  ])('is antisymmetric for %s and %s', (a, b) => {
    const ab = asymmetry(corpus, a, b);
    const ba = asymmetry(corpus, b, a);
    expect(ab.index + ba.index).toBe(0);
    expect([ab.aToB, ab.bToA]).toEqual([ba.bToA, ba.aToB]);
  });

  test.each([
    ['an empty graph', EMPTY, 'Trump', 'Putin'],
    ['an unknown name', corpus, 'Trump', 'Angela Merkel'],
    ['a pair without stances', corpus, 'Trump', 'Kremlin'],
    ['one entity with itself', corpus, 'Trump', 'donald-trump'],
  ])('is 0 without evidence: %s', (_, graph, a, b) => {
    expect(asymmetry(graph, a, b)).toEqual({ aToB: 0, bToA: 0, index: 0, stances: { aToB: 0, bToA: 0 } });
  });

  test('neutral stances dilute a direction\'s tone, and do not count in the index', () => {
    // Putin → Biden: one neutral stance; Biden → Putin: two criticisms. index = (0 − (−2)) / (0 + 2)
    expect(asymmetry(corpus, 'Putin', 'Biden')).toEqual({ aToB: 0, bToA: -1, index: 1, stances: { aToB: 1, bToA: 2 } });
  });

  test('lies in [-1, 1] and is antisymmetric for any stances (property)', () => {
    const names = ['Donald Trump', 'Vladimir Putin', 'Joe Biden', 'Xi Jinping'];
    const stance = fc.record({
      s: fc.integer({ min: 0, max: 3 }),
      t: fc.integer({ min: 0, max: 3 }),
      polarity: fc.constantFrom<StancePolarity>('praise', 'criticism', 'neutral'),
      score: fc.double({ min: -1, max: 1, noNaN: true }),
      u: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(stance, { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (list, i, j) => {
        const stances: Stance[] = list.map((x, k) => ({
          id: `s${k}`,
          utteranceId: `u${x.u}`,
          source: { entityId: `e${x.s}`, name: names[x.s]! },
          target: { entityId: `e${x.t}`, name: names[x.t]! },
          polarity: x.polarity,
          score: x.score,
          evidence: [],
        }));
        const g = buildPraiseGraph(stances);
        const ab = asymmetry(g, names[i]!, names[j]!);
        const ba = asymmetry(g, names[j]!, names[i]!);
        return ab.index + ba.index === 0 && Math.abs(ab.index) <= 1 && Math.abs(ab.aToB) <= 1 && (i !== j || ab.index === 0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('reciprocity', () => {
  test('counts relations returned and praise returned with praise', () => {
    expect(reciprocity(corpus)).toEqual({ edges: 5, reciprocated: 4, ratio: 0.8, praiseEdges: 2, praiseReciprocated: 2, praiseRatio: 1 });
  });

  test.each([
    ['an empty graph', EMPTY],
    ['a graph with only a self loop', buildPraiseGraph(makeAnalysis({ entities: [TRUMP], quotes: [{ sentence: '"Nobody builds walls better than me," Trump said.', speaker: 'donald-trump', stances: [['donald-trump', 'praise', 0.6, 'better']] }] }))],
  ])('is 0 for %s', (_, g) => {
    expect(reciprocity(g)).toEqual({ edges: 0, reciprocated: 0, ratio: 0, praiseEdges: 0, praiseReciprocated: 0, praiseRatio: 0 });
  });
});

describe('oneSided', () => {
  const g = buildPraiseGraph(
    makeAnalysis({
      id: 'nato',
      entities: [TRUMP, PUTIN, BIDEN],
      quotes: [
        { sentence: '"Putin is a strong leader," Trump said.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.6, 'strong']] },
        { sentence: '"He is very savvy," Trump said.', speaker: 'donald-trump', stances: [['vladimir-putin', 'praise', 0.5, 'savvy']] },
        { sentence: '"Trump is a puppet," Biden said.', speaker: 'joe-biden', stances: [['donald-trump', 'criticism', -0.7, 'puppet']] },
        { sentence: '"Biden is a decent man," Trump once said.', speaker: 'donald-trump', stances: [['joe-biden', 'praise', 0.5, 'decent']] },
        { sentence: '"Biden is experienced," Putin said.', speaker: 'vladimir-putin', stances: [['joe-biden', 'praise', 0.4, 'experienced']] },
        { sentence: '"Putin has no soul," Biden said.', speaker: 'joe-biden', stances: [['vladimir-putin', 'criticism', -0.8, 'no soul']] },
      ],
    }),
  );

  test('lists praise that is never returned, most praise first', () => {
    expect(oneSided(g)).toEqual([
      { source: 'donald-trump', target: 'vladimir-putin', praise: 2, neutral: 0, reverse: { criticism: 0, neutral: 0 }, utteranceIds: ['nato:u1', 'nato:u2'] },
      { source: 'donald-trump', target: 'joe-biden', praise: 1, neutral: 0, reverse: { criticism: 1, neutral: 0 }, utteranceIds: ['nato:u4'] },
      { source: 'vladimir-putin', target: 'joe-biden', praise: 1, neutral: 0, reverse: { criticism: 1, neutral: 0 }, utteranceIds: ['nato:u5'] },
    ]);
  });

  test.each([
    ['praise returned with praise', corpus],
    ['an empty graph', EMPTY],
  ])('finds nothing in %s', (_, graph) => {
    expect(oneSided(graph)).toEqual([]);
  });
});

describe('rankings', () => {
  test('most praised, criticised, praising and critical', () => {
    const r = rankings(corpus, { limit: 2 });
    expect(r.mostPraised.map((e) => [e.name, e.count])).toEqual([['Vladimir Putin', 4], ['Donald Trump', 1]]);
    expect(r.mostCriticised.map((e) => [e.name, e.count])).toEqual([['Vladimir Putin', 2], ['Joe Biden', 1]]);
    expect(r.mostPraising.map((e) => [e.name, e.count])).toEqual([['Donald Trump', 4], ['Vladimir Putin', 1]]);
    expect(r.mostCritical.map((e) => [e.name, e.count])).toEqual([['Joe Biden', 2], ['The Kremlin', 1]]);
    expect(r.mostPraised[0]).toEqual({ id: 'vladimir-putin', name: 'Vladimir Putin', count: 4, praise: 4, criticism: 2, neutral: 0, net: 2, partners: 2 });
  });

  test('an empty graph has empty rankings; a bad limit is a programmer mistake', () => {
    expect(rankings(EMPTY)).toEqual({ mostPraised: [], mostCriticised: [], mostPraising: [], mostCritical: [] });
    expect(() => rankings(corpus, { limit: -1 })).toThrow(PlauditError);
  });
});

describe('bootstrapAsymmetry', () => {
  test('the same seed gives the same interval; the interval holds the index', () => {
    const a = bootstrapAsymmetry([summit, sanctions], 'Trump', 'Putin', { samples: 500, seed: 7 });
    const b = bootstrapAsymmetry([summit, sanctions], 'Trump', 'Putin', { samples: 500, seed: 7 });
    expect(a).toEqual(b);
    expect(a.index).toBe(asymmetry(corpus, 'Trump', 'Putin').index);
    expect(a.low).toBeLessThanOrEqual(a.index);
    expect(a.high).toBeGreaterThanOrEqual(a.index);
    expect(a.units).toBe(6);
    expect(a.low).toBeGreaterThanOrEqual(-1);
    expect(a.high).toBeLessThanOrEqual(1);
  });

  test('another seed draws other resamples', () => {
    // Few samples, so the seed shows in the quantiles of a small, discrete data set.
    const draws = [1, 2, 3, 4, 5].map((seed) => bootstrapAsymmetry([summit, sanctions], 'Trump', 'Putin', { samples: 20, seed, level: 0.5 }));
    expect(new Set(draws.map((d) => `${d.low},${d.high}`)).size).toBeGreaterThan(1);
  });

  test('a graph resamples stances and agrees with its own asymmetry', () => {
    const r = bootstrapAsymmetry(corpus, 'Biden', 'Putin', { samples: 300, seed: 1 });
    expect(r.index).toBe(asymmetry(corpus, 'Biden', 'Putin').index);
    expect(r.units).toBe(3);
    expect(bootstrapAsymmetry(corpus, 'Biden', 'Putin', { samples: 300, seed: 1 })).toEqual(r);
  });

  test('more evidence of the same kind narrows the interval', () => {
    const few = bootstrapAsymmetry([summit], 'Trump', 'Putin', { seed: 3 });
    const many = bootstrapAsymmetry(Array.from({ length: 8 }, () => summit).map((a, i) => ({ ...a, id: `c${i}` })), 'Trump', 'Putin', { seed: 3 });
    expect(many.index).toBe(few.index);
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
  });

  test.each([
    ['an unknown name', 'Trump', 'Angela Merkel'],
    ['a pair without stances', 'Trump', 'Kremlin'],
    ['one entity with itself', 'Putin', 'Vladimir Putin'],
  ])('is [0, 0] without evidence: %s', (_, a, b) => {
    expect(bootstrapAsymmetry([summit, sanctions], a, b)).toMatchObject({ index: 0, low: 0, high: 0, units: 0 });
    expect(bootstrapAsymmetry(corpus, a, b)).toMatchObject({ index: 0, low: 0, high: 0, units: 0 });
  });

  test.each([[{ samples: 0 }], [{ samples: 1.5 }], [{ level: 1 }], [{ level: 0 }], [{ seed: 0.5 }]])('%j is a programmer mistake', (options) => {
    expect(() => bootstrapAsymmetry(corpus, 'Trump', 'Putin', options)).toThrow(PlauditError);
  });
});

describe('asymmetries', () => {
  test('every pair with stances, the warmer first, most lopsided and best attested first', () => {
    expect(asymmetries(corpus)).toEqual([
      { a: 'vladimir-putin', b: 'joe-biden', aToB: 0, bToA: -1, index: 1, stances: { aToB: 1, bToA: 2 } },
      { a: 'joe-biden', b: 'kremlin', aToB: 0, bToA: -1, index: 1, stances: { aToB: 0, bToA: 1 } },
      { a: 'donald-trump', b: 'vladimir-putin', aToB: 1, bToA: 0, index: 4 / 6, stances: { aToB: 4, bToA: 2 } },
    ]);
  });

  test('agrees with asymmetry() for each pair', () => {
    for (const p of asymmetries(corpus)) {
      const { aToB, bToA, index, stances } = asymmetry(corpus, p.a, p.b);
      expect({ aToB, bToA, index, stances }).toEqual({ aToB: p.aToB, bToA: p.bToA, index: p.index, stances: p.stances });
    }
  });

  test('minStances and limit narrow the list', () => {
    expect(asymmetries(corpus, { minStances: 3 }).map((p) => p.a)).toEqual(['vladimir-putin', 'donald-trump']);
    expect(asymmetries(corpus, { limit: 1 })).toHaveLength(1);
    expect(() => asymmetries(corpus, { minStances: -1 })).toThrow(PlauditError);
  });

  test.each([
    ['an empty graph', EMPTY],
    ['a graph with only a self loop', buildPraiseGraph(makeAnalysis({ entities: [TRUMP], quotes: [{ sentence: '"I alone can fix it," Trump said.', speaker: 'donald-trump', stances: [['donald-trump', 'praise', 0.5, 'fix']] }] }))],
  ])('has no pairs in %s', (_, g) => {
    expect(asymmetries(g)).toEqual([]);
  });
});
