import { PlauditError } from '../model/errors.js';
import type { GraphEdge, GraphNode, PraiseGraph } from '../model/graph.js';
import { pairAsymmetry, type Asymmetry } from './asymmetry.js';
import { asymmetryIndex, direction, isOneSided } from './asymmetryDefinition.js';
import { resolveIntervalOptions, type IntervalOptions } from './bootstrapAsymmetry.js';

/** The asymmetry of one pair as `asymmetries()` lists it: the same record as `asymmetry()` gives. */
export type PairAsymmetry = Asymmetry;

export interface AsymmetriesOptions extends IntervalOptions {
  /** Leave out pairs with fewer stances, both directions together. Default 1. */
  readonly minStances?: number;
  /** Longest list returned. Default: all pairs. */
  readonly limit?: number;
  /**
   * Pairs where only one side ever speaks of the other: `exclude` (default) leaves them out, since
   * their index is ±1 by construction and would lead the ranking; `only` lists just them, the
   * speaker as `a`, most stances first; `include` ranks them with the rest.
   */
  readonly oneSided?: 'exclude' | 'include' | 'only';
}

/**
 * Who gives whom more net praise, for every pair of distinct entities with a praise or a
 * criticism between them: the `asymmetry()` of each pair, named (`a`, `b`; ids in `aId`, `bId`),
 * turned so that `a` gives more net praise (`index` ≥ 0; a tie keeps the order in which the graph
 * first saw the pair). Pairs with a verdict first, then by how surely `a` is ahead: the lower
 * bound of the interval, then the index, then the stances. Pairs with only neutral stances (index `null`) are left out;
 * so are one-sided pairs unless asked for (`oneSided`). Self loops are not pairs. Linear in the
 * edges times the bootstrap samples, plus the sort. An empty graph gives `[]`.
 *
 * @example
 * asymmetries(graph)[0].summary; // 'Donald Trump gives Vladimir Putin more net praise (+4 against 0)'
 * asymmetries(graph, { oneSided: 'only' })[0].summary; // 'Joe Biden criticises Kremlin once; Kremlin never speaks of Joe Biden here'
 */
export function asymmetries(graph: PraiseGraph, options: AsymmetriesOptions = {}): PairAsymmetry[] {
  const minStances = options.minStances ?? 1;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const oneSided = options.oneSided ?? 'exclude';
  if (typeof minStances !== 'number' || !(minStances >= 0)) throw new PlauditError('invalid-options', `plaudit: asymmetries minStances must be a number of at least 0, got ${String(minStances)}`);
  if (typeof limit !== 'number' || !(limit >= 0)) throw new PlauditError('invalid-options', `plaudit: asymmetries limit must be a number of at least 0, got ${String(limit)}`);
  if (!['exclude', 'include', 'only'].includes(oneSided)) throw new PlauditError('invalid-options', `plaudit: asymmetries oneSided must be 'exclude', 'include' or 'only', got ${String(oneSided)}`);
  const interval = resolveIntervalOptions(options);
  const nodes = new Map<string, Pick<GraphNode, 'id' | 'name'>>(graph.nodes.map((n) => [n.id, n]));
  const byPair = new Map<string, GraphEdge>();
  for (const e of graph.edges) byPair.set(JSON.stringify([e.source, e.target]), e);
  const seen = new Set<string>();
  const out: { p: PairAsymmetry; order: number }[] = [];
  graph.edges.forEach((e, order) => {
    if (e.source === e.target) return;
    const key = JSON.stringify(e.source < e.target ? [e.source, e.target] : [e.target, e.source]);
    if (seen.has(key)) return;
    seen.add(key);
    const back = byPair.get(JSON.stringify([e.target, e.source]));
    const na = nodes.get(e.source) ?? { id: e.source, name: e.source };
    const nb = nodes.get(e.target) ?? { id: e.target, name: e.target };
    const ab = direction(e);
    const ba = direction(back);
    const index = asymmetryIndex(ab, ba);
    if (index === null || ab.stances + ba.stances < minStances) return;
    const lone = isOneSided(ab, ba);
    if (oneSided === 'exclude' ? lone : oneSided === 'only' ? !lone : false) return;
    // turn the pair: the one giving more net praise first; a one-sided pair, the speaker first
    const flip = lone ? ab.stances === 0 : index < 0;
    const p = flip ? pairAsymmetry(nb, na, back, e, interval) : pairAsymmetry(na, nb, e, back, interval);
    out.push({ p, order });
  });
  const total = (p: PairAsymmetry): number => p.aToB.stances + p.bToA.stances;
  const low = (p: PairAsymmetry): number => p.interval?.low ?? 0;
  const sorted =
    oneSided === 'only'
      ? out.sort((x, y) => total(y.p) - total(x.p) || x.order - y.order)
      : out.sort((x, y) => Number(y.p.verdict !== null) - Number(x.p.verdict !== null) || low(y.p) - low(x.p) || (y.p.index ?? 0) - (x.p.index ?? 0) || total(y.p) - total(x.p) || x.order - y.order);
  return sorted.slice(0, limit).map(({ p }) => p);
}
