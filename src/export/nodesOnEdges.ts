import type { GraphNode, PraiseGraph } from '../model/graph.js';

/**
 * The nodes that take part in at least one relation, in graph order: what an export lists by
 * default, since a corpus graph holds hundreds of entities that were only mentioned.
 */
export function nodesOnEdges(graph: PraiseGraph): GraphNode[] {
  const used = new Set<string>();
  for (const e of graph.edges) {
    used.add(e.source);
    used.add(e.target);
  }
  return graph.nodes.filter((n) => used.has(n.id));
}
