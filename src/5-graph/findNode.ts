import type { GraphNode, PraiseGraph } from '../model/graph.js';
import { normalizeName } from './normalizeName.js';

/**
 * The node a user means by `query`: its id, its name or any alias, case-insensitive and with the
 * same normalisation as node merging ("the Kremlin" finds "Kremlin"). Ids win over names and
 * names over aliases, so a surname shared by two nodes goes to the one that is called so, and
 * among equals the node first seen wins. Undefined when nothing matches.
 *
 * @example
 * findNode(graph, 'trump')?.id; // 'donald-trump'
 */
export function findNode(graph: PraiseGraph, query: string): GraphNode | undefined {
  if (typeof query !== 'string') return undefined;
  const nodes = graph.nodes;
  const exact = nodes.find((n) => n.id === query);
  if (exact) return exact;
  const lower = query.toLowerCase();
  const norm = normalizeName(query);
  const tiers: ((n: GraphNode) => boolean)[] = [
    (n) => n.id.toLowerCase() === lower,
    (n) => n.name.toLowerCase() === lower,
    (n) => norm !== '' && normalizeName(n.name) === norm,
    (n) => n.aliases.some((a) => a.toLowerCase() === lower),
    (n) => norm !== '' && n.aliases.some((a) => normalizeName(a) === norm),
  ];
  for (const test of tiers) {
    const hit = nodes.find(test);
    if (hit) return hit;
  }
  return undefined;
}
