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

const dir = (praise: number, criticism: number, neutral: number) => {
  const stances = praise + criticism + neutral;
  return { praise, criticism, neutral, net: praise - criticism, polar: praise + criticism, stances, tone: stances ? (praise - criticism) / stances : null };
};

describe('asymmetry', () => {
  test('Trump → Putin 4 praises against Putin → Trump 1 praise and 1 criticism: Trump gives more net praise', () => {
    const a = asymmetry(corpus, 'Donald Trump', 'Vladimir Putin');
    expect(a).toMatchObject({ a: 'Donald Trump', b: 'Vladimir Putin', aId: 'donald-trump', bId: 'vladimir-putin', aToB: dir(4, 0, 0), bToA: dir(1, 1, 0), oneSided: false });
    // index = (net 4 − net 0) ÷ (4 + 2 praise and criticism)
    expect(a.index).toBe(4 / 6);
    expect(a.interval).toMatchObject({ level: 0.95, samples: 1000, seed: 1, units: 6 });
    expect(a.interval!.low).toBeLessThanOrEqual(a.index!);
    expect(a.interval!.high).toBeGreaterThanOrEqual(a.index!);
  });

  test('a verdict only when the interval excludes 0, in the terms of the columns', () => {
    const many: Stance[] = [];
    const add = (s: string, t: string, polarity: StancePolarity, n: number) => {
      for (let i = 0; i < n; i++) many.push({ id: `s${many.length}`, utteranceId: `u${many.length}`, source: { entityId: s, name: s }, target: { entityId: t, name: t }, polarity, score: polarity === 'praise' ? 0.5 : -0.5, evidence: [] });
    };
    add('Anna Berg', 'Carl Dahl', 'praise', 12);
    add('Carl Dahl', 'Anna Berg', 'praise', 1);
    add('Carl Dahl', 'Anna Berg', 'criticism', 6);
    const g = buildPraiseGraph(many);
    const x = asymmetry(g, 'Anna Berg', 'Carl Dahl');
    expect(x.interval!.low).toBeGreaterThan(0);
    expect(x.verdict).toBe('Anna Berg gives Carl Dahl more net praise (+12 against \u22125)');
    expect(x.summary).toBe(x.verdict);
    expect(asymmetry(g, 'Carl Dahl', 'Anna Berg').verdict).toBe('Anna Berg gives Carl Dahl more net praise (+12 against \u22125)');
    // the seed-like case: +3 against +1 on few stances is no verdict
    const few = asymmetry(corpus, 'Trump', 'Putin', { samples: 2000 });
    expect(few.verdict).toBeNull();
    expect(few.summary).toMatch(/^no clear difference: net \+4 Donald Trump → Vladimir Putin against 0 back, index \+0\.67 with a 95% interval from .+ to .+, which includes 0$/);
  });

  test.each([
    ['Trump', 'Putin'],
    ['Biden', 'Putin'],
    ['Putin', 'Biden'],
  ])('is antisymmetric for %s and %s, interval mirrored', (a, b) => {
    const ab = asymmetry(corpus, a, b);
    const ba = asymmetry(corpus, b, a);
    expect(ab.index! + ba.index!).toBe(0);
    expect([ab.aToB, ab.bToA]).toEqual([ba.bToA, ba.aToB]);
    expect([ab.interval!.low, ab.interval!.high].map((x) => x + 0)).toEqual([-ba.interval!.high + 0, -ba.interval!.low + 0]);
  });

  test('one-sided pairs say what one side said and that the other is silent', () => {
    const x = asymmetry(corpus, 'Kremlin', 'Biden');
    expect(x).toMatchObject({ oneSided: true, verdict: null, aToB: dir(0, 1, 0), bToA: dir(0, 0, 0), index: -1 });
    expect(x.bToA.tone).toBeNull();
    expect(x.summary).toBe('The Kremlin criticises Joe Biden once; Joe Biden never speaks of The Kremlin here');
    expect(asymmetry(corpus, 'Biden', 'Kremlin').summary).toBe(x.summary);
  });

  test('a pair without stances has index, tone and interval null: silence is not neutrality', () => {
    const x = asymmetry(corpus, 'Trump', 'Kremlin');
    expect(x).toMatchObject({ index: null, interval: null, verdict: null, oneSided: false, aToB: dir(0, 0, 0), bToA: dir(0, 0, 0) });
    expect(x.summary).toBe('neither Donald Trump nor The Kremlin speaks of the other here');
  });

  test('neutral stances dilute a direction\'s tone, and do not count in the index', () => {
    // Putin → Biden: one neutral stance; Biden → Putin: two criticisms. index = (0 − (−2)) ÷ (0 + 2)
    const x = asymmetry(corpus, 'Putin', 'Biden');
    expect(x).toMatchObject({ aToB: dir(0, 0, 1), bToA: dir(0, 2, 0), index: 1 });
    expect(x.aToB.tone).toBe(0);
  });

  test.each([
    ['an unknown name', corpus, 'Nobody Atall', 'Putin', /no entity named "Nobody Atall" in the graph$/],
    ['a misspelt name, with near matches', corpus, 'Trump', 'Vladimir Puttin', /no entity named "Vladimir Puttin" in the graph; near matches: "Vladimir Putin"$/],
    ['a shared word', corpus, 'Hunter Biden', 'Trump', /near matches: "Joe Biden"$/],
    ['an empty graph', EMPTY, 'Trump', 'Putin', /no entity named "Trump" in the graph; the graph is empty$/],
  ])('is an unknown-entity PlauditError for %s', (_, graph, a, b, message) => {
    let error: unknown;
    try {
      asymmetry(graph, a, b);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlauditError);
    expect((error as PlauditError).code).toBe('unknown-entity');
    expect((error as PlauditError).message).toMatch(message);
  });

  test('one entity named twice is a programmer mistake', () => {
    expect(() => asymmetry(corpus, 'Trump', 'donald-trump')).toThrow(/same entity/);
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
      fc.property(fc.array(stance, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (list, i, j) => {
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
        const known = new Set(g.nodes.map((n) => n.name));
        if (i === j || !known.has(names[i]!) || !known.has(names[j]!)) return true;
        const ab = asymmetry(g, names[i]!, names[j]!, { samples: 50 });
        const ba = asymmetry(g, names[j]!, names[i]!, { samples: 50 });
        if (ab.index === null) return ba.index === null && ab.interval === null;
        const tones = [ab.aToB.tone, ab.bToA.tone].filter((t): t is number => t !== null);
        return ab.index + ba.index! === 0 && Math.abs(ab.index) <= 1 && tones.every((t) => Math.abs(t) <= 1) && ab.interval!.low <= ab.index && ab.index <= ab.interval!.high;
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
    expect(a.low).toBeLessThanOrEqual(a.index!);
    expect(a.high).toBeGreaterThanOrEqual(a.index!);
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

  test('a pair without stances is [0, 0] with index null; an unknown name or one entity twice is a PlauditError', () => {
    expect(bootstrapAsymmetry([summit, sanctions], 'Trump', 'Kremlin')).toMatchObject({ index: null, low: 0, high: 0, units: 0 });
    expect(bootstrapAsymmetry(corpus, 'Trump', 'Kremlin')).toMatchObject({ index: null, low: 0, high: 0, units: 0 });
    for (const input of [corpus, [summit, sanctions]]) {
      expect(() => bootstrapAsymmetry(input, 'Trump', 'Angela Merkel')).toThrow(/no entity named "Angela Merkel"/);
      expect(() => bootstrapAsymmetry(input, 'Putin', 'Vladimir Putin')).toThrow(/same entity/);
    }
  });

  test.each([[{ samples: 0 }], [{ samples: 1.5 }], [{ level: 1 }], [{ level: 0 }], [{ seed: 0.5 }]])('%j is a programmer mistake', (options) => {
    expect(() => bootstrapAsymmetry(corpus, 'Trump', 'Putin', options)).toThrow(PlauditError);
  });
});

describe('asymmetries', () => {
  test('two-sided pairs, named, the one giving more net praise first; one-sided pairs apart', () => {
    expect(asymmetries(corpus).map((p) => [p.a, p.b, p.index])).toEqual([
      ['Vladimir Putin', 'Joe Biden', 1],
      ['Donald Trump', 'Vladimir Putin', 4 / 6],
    ]);
    expect(asymmetries(corpus, { oneSided: 'only' }).map((p) => [p.aId, p.bId, p.summary])).toEqual([
      ['kremlin', 'joe-biden', 'The Kremlin criticises Joe Biden once; Joe Biden never speaks of The Kremlin here'],
    ]);
    expect(asymmetries(corpus, { oneSided: 'include' })).toHaveLength(3);
  });

  test('agrees with asymmetry() for each pair', () => {
    for (const p of asymmetries(corpus, { oneSided: 'include' })) expect(asymmetry(corpus, p.a, p.b)).toEqual(p);
  });

  test('ranks by how surely a is ahead: a well-attested lead before a lopsided pair on one stance each', () => {
    const list: Stance[] = [];
    const add = (s: string, t: string, polarity: StancePolarity, n: number) => {
      for (let i = 0; i < n; i++) list.push({ id: `s${list.length}`, utteranceId: `u${list.length}`, source: { entityId: s, name: s }, target: { entityId: t, name: t }, polarity, score: 0, evidence: [] });
    };
    add('Ada Lind', 'Bo Nyberg', 'praise', 1);
    add('Bo Nyberg', 'Ada Lind', 'criticism', 1);
    add('Cleo Moss', 'Dan Holm', 'praise', 15);
    add('Dan Holm', 'Cleo Moss', 'praise', 2);
    add('Dan Holm', 'Cleo Moss', 'criticism', 3);
    const ranked = asymmetries(buildPraiseGraph(list));
    expect(ranked.map((p) => p.a)).toEqual(['Cleo Moss', 'Ada Lind']);
    expect(ranked[0]!.verdict).toBe('Cleo Moss gives Dan Holm more net praise (+15 against \u22121)');
    // one praise against one criticism resamples to +1 every time: shown, but too little for a verdict
    expect(ranked[1]!.interval).toMatchObject({ low: 1, high: 1 });
    expect(ranked[1]!.verdict).toBeNull();
    expect(ranked[1]!.summary).toBe('too little to tell: net +1 Ada Lind \u2192 Bo Nyberg against \u22121 back rests on 2 praise and criticism (a verdict needs 5)');
  });

  test('minStances, limit and oneSided narrow the list; bad values are programmer mistakes', () => {
    expect(asymmetries(corpus, { minStances: 4 }).map((p) => p.a)).toEqual(['Donald Trump']);
    expect(asymmetries(corpus, { limit: 1 })).toHaveLength(1);
    expect(() => asymmetries(corpus, { minStances: -1 })).toThrow(PlauditError);
    expect(() => asymmetries(corpus, { oneSided: 'some' as 'only' })).toThrow(PlauditError);
    expect(() => asymmetries(corpus, { samples: 0 })).toThrow(PlauditError);
  });

  test.each([
    ['an empty graph', EMPTY],
    ['a graph with only a self loop', buildPraiseGraph(makeAnalysis({ entities: [TRUMP], quotes: [{ sentence: '"I alone can fix it," Trump said.', speaker: 'donald-trump', stances: [['donald-trump', 'praise', 0.5, 'fix']] }] }))],
  ])('has no pairs in %s', (_, g) => {
    expect(asymmetries(g)).toEqual([]);
  });
});
