import { PlauditError } from '../model/errors.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { asymmetryIndex, edgeBalance, type Asymmetry } from './asymmetry.js';

/** The asymmetry of one pair, oriented so that `a` is the warmer of the two (`index` ≥ 0). */
export interface PairAsymmetry extends Asymmetry {
  /** Node id of the warmer entity (the one whose praise is returned less). */
  readonly a: string;
  /** Node id of the other entity. */
  readonly b: string;
}

export interface AsymmetriesOptions {
  /** Leave out pairs with fewer stances, both directions together. Default 1. */
  readonly minStances?: number;
  /** Longest list returned. Default: all pairs. */
  readonly limit?: number;
}

/**
 * Who praises whom more, for every pair of distinct entities with a stance between them: the
 * `asymmetry()` of each pair, turned so that the warmer entity is `a` (a pair with index 0 keeps
 * the order in which the graph first saw it), most lopsided first, then the best attested. Self
 * loops are not pairs. Linear in the number of edges, plus the sort. An empty graph gives `[]`.
 *
 * @example
 * asymmetries(graph)[0];
 * // { a: 'donald-trump', b: 'vladimir-putin', aToB: 1, bToA: 0, index: 0.667, stances: { aToB: 4, bToA: 2 } }
 */
export function asymmetries(graph: PraiseGraph, options: AsymmetriesOptions = {}): PairAsymmetry[] {
  const minStances = options.minStances ?? 1;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (typeof minStances !== 'number' || !(minStances >= 0)) throw new PlauditError('invalid-options', `plaudit: asymmetries minStances must be a number of at least 0, got ${String(minStances)}`);
  if (typeof limit !== 'number' || !(limit >= 0)) throw new PlauditError('invalid-options', `plaudit: asymmetries limit must be a number of at least 0, got ${String(limit)}`);
  const byPair = new Map<string, GraphEdge>();
  for (const e of graph.edges) byPair.set(JSON.stringify([e.source, e.target]), e);
  const seen = new Set<string>();
  const out: { p: PairAsymmetry; order: number }[] = [];
  const count = (e: GraphEdge | undefined): number => (e ? e.praise + e.criticism + e.neutral : 0);
  graph.edges.forEach((e, order) => {
    if (e.source === e.target) return;
    const key = JSON.stringify(e.source < e.target ? [e.source, e.target] : [e.target, e.source]);
    if (seen.has(key)) return;
    seen.add(key);
    const back = byPair.get(JSON.stringify([e.target, e.source]));
    if (count(e) + count(back) < minStances) return;
    const aToB = edgeBalance(e);
    const bToA = edgeBalance(back);
    const index = asymmetryIndex(e, back);
    const p: PairAsymmetry =
      index >= 0
        ? { a: e.source, b: e.target, aToB, bToA, index, stances: { aToB: count(e), bToA: count(back) } }
        : { a: e.target, b: e.source, aToB: bToA, bToA: aToB, index: -index, stances: { aToB: count(back), bToA: count(e) } };
    out.push({ p, order });
  });
  const total = (p: PairAsymmetry): number => p.stances.aToB + p.stances.bToA;
  return out
    .sort((x, y) => y.p.index - x.p.index || total(y.p) - total(x.p) || x.order - y.order)
    .slice(0, limit)
    .map(({ p }) => p);
}
