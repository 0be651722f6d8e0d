import type { GraphEdge, PraiseGraph } from '../model/graph.js';

/** The stances on an edge, of every polarity: how busy a relation is. */
export function volumeOf(e: Pick<GraphEdge, 'praise' | 'criticism' | 'neutral'>): number {
  return e.praise + e.criticism + e.neutral;
}

/**
 * The `max` edges with the most praise and criticism, then the most stances, ties in graph order:
 * what the tables show first. (A relation of neutral mentions only never pushes one that praises
 * or criticises out of a cut table.) No edges for a `max` below 1.
 */
export function busiestEdges(graph: PraiseGraph, max: number): GraphEdge[] {
  return graph.edges
    .map((e, i) => ({ e, i }))
    .sort((x, y) => y.e.praise + y.e.criticism - (x.e.praise + x.e.criticism) || volumeOf(y.e) - volumeOf(x.e) || x.i - y.i)
    .slice(0, Math.max(0, max))
    .map(({ e }) => e);
}
