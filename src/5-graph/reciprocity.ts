import type { PraiseGraph } from '../model/graph.js';

/** How often relations in a praise graph run both ways. */
export interface Reciprocity {
  /** Directed edges between two distinct nodes (self loops left out). */
  readonly edges: number;
  /** Of those, the edges whose reverse edge exists too. */
  readonly reciprocated: number;
  /** reciprocated / edges; 0 for a graph without such edges. */
  readonly ratio: number;
  /** Edges with at least one praise. */
  readonly praiseEdges: number;
  /** Of those, the edges whose reverse also carries praise. */
  readonly praiseReciprocated: number;
  /** praiseReciprocated / praiseEdges; 0 when nobody praises anybody. */
  readonly praiseRatio: number;
}

/**
 * Reciprocity of a praise graph: the share of directed relations that are returned (any stance
 * back), and the share of praise that is returned with praise. Self loops are left out, since a
 * loop would count as returning itself. Degenerate graphs (empty, one node, only loops) give 0
 * for both ratios, as graphology-metrics does for density.
 *
 * @example
 * reciprocity(graph); // { edges: 6, reciprocated: 4, ratio: 0.667, praiseEdges: 3, praiseReciprocated: 1, praiseRatio: 0.333 }
 */
export function reciprocity(graph: PraiseGraph): Reciprocity {
  const byPair = new Map<string, { praise: number }>();
  for (const e of graph.edges) if (e.source !== e.target) byPair.set(pair(e.source, e.target), e);
  let edges = 0;
  let reciprocated = 0;
  let praiseEdges = 0;
  let praiseReciprocated = 0;
  for (const [key, e] of byPair) {
    const [s, t] = JSON.parse(key) as [string, string];
    const back = byPair.get(pair(t, s));
    edges++;
    if (back) reciprocated++;
    if (e.praise > 0) {
      praiseEdges++;
      if (back && back.praise > 0) praiseReciprocated++;
    }
  }
  return {
    edges,
    reciprocated,
    ratio: edges === 0 ? 0 : reciprocated / edges,
    praiseEdges,
    praiseReciprocated,
    praiseRatio: praiseEdges === 0 ? 0 : praiseReciprocated / praiseEdges,
  };
}

function pair(s: string, t: string): string {
  return JSON.stringify([s, t]);
}
