import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { findNode } from './findNode.js';

/** How much more `a` praises `b` than `b` praises `a`. */
export interface Asymmetry {
  /** Net praise of a toward b per stance: (praise − criticism) / (praise + criticism + neutral); 0 without stances. In [-1, 1]. */
  readonly aToB: number;
  /** The same from b toward a. */
  readonly bToA: number;
  /**
   * (net a→b − net b→a) / (polar stances a→b + polar stances b→a), where net = praise − criticism
   * and polar = praise + criticism. In [-1, 1]: > 0 when a praises b more (or criticises less)
   * than b praises a; 1 when a only praises b and b never praises a.
   */
  readonly index: number;
  /** How many stances each direction rests on: the evidence behind the figures. */
  readonly stances: { readonly aToB: number; readonly bToA: number };
}

/** The per-stance net praise of an edge: (praise − criticism) / stances, 0 without stances. */
export function edgeBalance(edge: Pick<GraphEdge, 'praise' | 'criticism' | 'neutral'> | undefined): number {
  if (!edge) return 0;
  const n = edge.praise + edge.criticism + edge.neutral;
  return n === 0 ? 0 : (edge.praise - edge.criticism) / n;
}

type Counts = Pick<GraphEdge, 'praise' | 'criticism'> | undefined;

/** The asymmetry index of two directions: (net a→b − net b→a) / (polar a→b + polar b→a), 0 without praise or criticism. */
export function asymmetryIndex(ab: Counts, ba: Counts): number {
  const net = (e: Counts): number => (e ? e.praise - e.criticism : 0);
  const polar = (e: Counts): number => (e ? e.praise + e.criticism : 0);
  const weight = polar(ab) + polar(ba);
  return weight === 0 ? 0 : (net(ab) - net(ba)) / weight || 0;
}

/**
 * Who praises whom more, between two entities of a praise graph.
 *
 * Each direction's tone is its net praise per stance, `aToB = (praise − criticism) / stances`
 * (neutral stances dilute it). The index compares the two directions by volume: the difference
 * of their net praise over all their praise and criticism, `(netAB − netBA) / (polarAB + polarBA)`,
 * so three praises against one weigh more than one against one, and neutral mentions, which
 * judge nobody, do not count. It lies in [-1, 1], is antisymmetric
 * (`asymmetry(g, a, b).index === -asymmetry(g, b, a).index`) and is 0 without evidence, when
 * either name is unknown, and when `a` and `b` are the same node. How sure the index is depends
 * on `stances`; `bootstrapAsymmetry` gives a confidence interval.
 *
 * `a` and `b` are node ids, names or aliases (see `findNode`).
 *
 * @example
 * // Trump → Putin: 4 praises; Putin → Trump: 1 praise, 1 criticism
 * asymmetry(graph, 'Donald Trump', 'Putin');
 * // { aToB: 1, bToA: 0, index: 0.667, stances: { aToB: 4, bToA: 2 } }  (index (4 − 0) / (4 + 2))
 */
export function asymmetry(graph: PraiseGraph, a: string, b: string): Asymmetry {
  const na = findNode(graph, a);
  const nb = findNode(graph, b);
  if (!na || !nb) return { aToB: 0, bToA: 0, index: 0, stances: { aToB: 0, bToA: 0 } };
  const ab = graph.edges.find((e) => e.source === na.id && e.target === nb.id);
  const ba = graph.edges.find((e) => e.source === nb.id && e.target === na.id);
  const aToB = edgeBalance(ab);
  const bToA = edgeBalance(ba);
  const count = (e: GraphEdge | undefined): number => (e ? e.praise + e.criticism + e.neutral : 0);
  const index = na.id === nb.id ? 0 : asymmetryIndex(ab, ba);
  return { aToB, bToA, index, stances: { aToB: count(ab), bToA: count(ba) } };
}
