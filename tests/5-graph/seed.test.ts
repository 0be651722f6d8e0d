import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { asymmetry } from '../../src/5-graph/asymmetry.js';
import { praiseGraph } from '../../src/index.js';

const seed = readFileSync(new URL('../../corpus/seed-trump-putin.txt', import.meta.url), 'utf8');

describe('the seed article (issue 5 acceptance)', () => {
  const graph = praiseGraph(analyze(seed, { id: 'seed' }));

  test('Trump praises Putin more than Putin praises Trump', () => {
    expect(asymmetry(graph, 'Donald Trump', 'Vladimir Putin').index).toBeGreaterThan(0);
    expect(asymmetry(graph, 'Vladimir Putin', 'Donald Trump').index).toBeLessThan(0);
  });

  test('the Trump → Putin edge carries its evidence utterances', () => {
    const edge = graph.edges.find((e) => e.source === 'donald-trump' && e.target === 'vladimir-putin');
    expect(edge?.praise).toBeGreaterThanOrEqual(2);
    expect(edge?.utteranceIds.length).toBeGreaterThanOrEqual(edge!.praise);
    expect(edge?.utteranceIds.every((id) => id.startsWith('seed:'))).toBe(true);
  });
});
