import { volumeOf } from '../5-graph/busiestEdges.js';
import { PlauditError } from '../model/errors.js';
import type { GraphEdge, GraphNode, PraiseGraph } from '../model/graph.js';

/** Which entities a drawing shows: the best attested, so a corpus graph stays legible. */
export interface EntityFilter {
  /** Most entities shown, those with the most stances (given and received) kept. Default 40. */
  readonly maxNodes?: number;
  /** Leave out entities with fewer stances, given and received together. Default 1. */
  readonly minStances?: number;
}

/** Per entity: what it gives and receives, self loops counted once. */
export interface EntityTally {
  readonly node: GraphNode;
  /** Graph order. */
  readonly order: number;
  readonly praiseGiven: number;
  readonly criticismGiven: number;
  readonly stancesGiven: number;
  readonly praiseReceived: number;
  readonly criticismReceived: number;
  readonly stancesReceived: number;
  /** Stances given and received. */
  readonly stances: number;
}

/** The entities chosen, the relations among them, and the counts a title needs to tell the truth. */
export interface Selection {
  readonly entities: readonly EntityTally[];
  readonly edges: readonly GraphEdge[];
  /** Entities in the graph. */
  readonly totalEntities: number;
  /** Entities with at least one stance. */
  readonly entitiesWithStances: number;
  readonly totalEdges: number;
  readonly maxNodes: number;
  readonly minStances: number;
  /** Whether the filter left anything with stances out. */
  readonly filtered: boolean;
}

/** Checks the filter options and gives them with their defaults. */
export function resolveFilter(options: EntityFilter, what: string): Required<EntityFilter> {
  const maxNodes = options.maxNodes ?? 40;
  const minStances = options.minStances ?? 1;
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new PlauditError('invalid-options', `plaudit: ${what} maxNodes must be a positive integer, got ${String(maxNodes)}`);
  if (!Number.isInteger(minStances) || minStances < 0) throw new PlauditError('invalid-options', `plaudit: ${what} minStances must be a non-negative integer, got ${String(minStances)}`);
  return { maxNodes, minStances };
}

/**
 * The entities with at least `minStances` stances, at most `maxNodes` of them, the best attested
 * first (ties in graph order), and the relations among them.
 */
export function selectEntities(graph: PraiseGraph, filter: Required<EntityFilter>): Selection {
  const tally = new Map<string, { -readonly [k in Exclude<keyof EntityTally, 'node' | 'order'>]: number }>();
  const get = (id: string) => {
    let t = tally.get(id);
    if (!t) tally.set(id, (t = { praiseGiven: 0, criticismGiven: 0, stancesGiven: 0, praiseReceived: 0, criticismReceived: 0, stancesReceived: 0, stances: 0 }));
    return t;
  };
  for (const e of graph.edges) {
    const v = volumeOf(e);
    const s = get(e.source);
    s.praiseGiven += e.praise;
    s.criticismGiven += e.criticism;
    s.stancesGiven += v;
    s.stances += v;
    const t = get(e.target);
    t.praiseReceived += e.praise;
    t.criticismReceived += e.criticism;
    t.stancesReceived += v;
    if (e.target !== e.source) t.stances += v;
  }
  const all = graph.nodes
    .map((node, order) => ({ node, order, t: tally.get(node.id) }))
    .filter((x): x is { node: GraphNode; order: number; t: NonNullable<typeof x.t> } => x.t !== undefined && x.t.stances > 0);
  const kept = all
    .filter((x) => x.t.stances >= filter.minStances)
    .sort((a, b) => b.t.stances - a.t.stances || a.order - b.order)
    .slice(0, filter.maxNodes);
  const ids = new Set(kept.map((x) => x.node.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return {
    entities: kept.map((x) => ({ node: x.node, order: x.order, ...x.t })),
    edges,
    totalEntities: graph.nodes.length,
    entitiesWithStances: all.length,
    totalEdges: graph.edges.length,
    maxNodes: filter.maxNodes,
    minStances: filter.minStances,
    filtered: kept.length < all.length,
  };
}

/** The sentence under a drawing's title that says what is shown and what is not. */
export function selectionCaption(s: Selection, drawn = s.entities.length): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const shown = `${plural(drawn, 'entity', 'entities')} of ${s.entitiesWithStances} with stances, ${s.edges.length} of ${plural(s.totalEdges, 'relation', 'relations')}`;
  const rule = s.filtered
    ? `; taken from ${s.minStances > 1 ? `entities with at least ${s.minStances} stances, ` : ''}the ${s.maxNodes} with most stances${s.entities.length < s.maxNodes ? ' (fewer qualify)' : ''}`
    : '';
  const quiet = s.totalEntities - s.entitiesWithStances;
  return `${shown}${rule}${quiet > 0 ? `; ${quiet} more ${quiet === 1 ? 'entity is' : 'entities are'} only mentioned` : ''}`;
}
