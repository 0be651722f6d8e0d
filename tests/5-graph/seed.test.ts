import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { asymmetry } from '../../src/5-graph/asymmetry.js';
import { praiseGraph } from '../../src/index.js';

const seed = readFileSync(new URL('../../corpus/seed-trump-putin.txt', import.meta.url), 'utf8');

describe('the seed article (issue 5 acceptance)', () => {
  const graph = praiseGraph(analyze(seed, { id: 'seed' }));

  test('Trump gives Putin more net praise than Putin gives Trump, and the sentence says so only in the terms of the columns', () => {
    const x = asymmetry(graph, 'Donald Trump', 'Vladimir Putin');
    expect(x.index!).toBeGreaterThan(0);
    expect(asymmetry(graph, 'Vladimir Putin', 'Donald Trump').index!).toBeLessThan(0);
    // index = (net a→b − net b→a) ÷ (praise + criticism both ways), checkable by hand from the columns
    expect(x.index!).toBeCloseTo((x.aToB.net - x.bToA.net) / (x.aToB.polar + x.bToA.polar), 12);
    expect(x.aToB.net).toBeGreaterThan(x.bToA.net);
    expect(x.a).toBe('Donald Trump');
    expect(x.oneSided).toBe(false);
    // the sentence never contradicts the columns: a verdict names Trump as the one giving more
    if (x.verdict) expect(x.verdict).toMatch(/^Donald Trump gives Vladimir Putin more net praise \(\+\d+ against [+\u2212]?\d+\)$/);
    else expect(x.summary).toMatch(/^(no clear difference|too little to tell): net \+\d+ Donald Trump → Vladimir Putin against/);
  });

  test('a name the seed does not hold is an error that names it, with near matches', () => {
    expect(() => asymmetry(graph, 'Nobody Atall', 'Putin')).toThrow(/no entity named "Nobody Atall"/);
    expect(() => asymmetry(graph, 'Vladimir Puttin', 'Trump')).toThrow(/near matches: "Vladimir Putin"/);
  });

  test('the Trump → Putin edge carries its evidence utterances', () => {
    const edge = graph.edges.find((e) => e.source === 'donald-trump' && e.target === 'vladimir-putin');
    expect(edge?.praise).toBeGreaterThanOrEqual(2);
    expect(edge?.utteranceIds.length).toBeGreaterThanOrEqual(edge!.praise);
    expect(edge?.utteranceIds.every((id) => id.startsWith('seed:'))).toBe(true);
  });
});
