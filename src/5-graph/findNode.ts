import type { GraphEdge, GraphNode, PraiseGraph } from '../model/graph.js';
import { PlauditError } from '../model/errors.js';
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

/** Edit distance (Levenshtein) between two short strings, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Names of the graph close to `query`, best first, at most `limit`: a name or alias within a few
 * edits (a third of the query's length, at least 2), or one sharing a word of three letters or
 * more ("Johnson" finds "Boris Johnson"). Ranked by edits, then by shared words; each node once,
 * under its name. Used to say "did you mean" when a name is not found.
 *
 * @example
 * nearNames(graph, 'Vladimir Puttin'); // ['Vladimir Putin']
 */
export function nearNames(graph: PraiseGraph, query: string, limit = 3): string[] {
  const q = normalizeName(String(query));
  const words = new Set(q.split(/[\s'-]+/).filter((w) => w.length >= 3));
  const max = Math.max(2, Math.floor(q.length / 3));
  const scored: { name: string; d: number; shared: number; i: number }[] = [];
  graph.nodes.forEach((n, i) => {
    let d = max + 1;
    let shared = 0;
    for (const label of [n.name, ...n.aliases]) {
      const l = normalizeName(label);
      d = Math.min(d, editDistance(q, l, max));
      shared = Math.max(shared, l.split(/[\s'-]+/).filter((w) => words.has(w)).length);
    }
    if (d <= max || shared > 0) scored.push({ name: n.name, d, shared, i });
  });
  return scored
    .sort((x, y) => x.d - y.d || y.shared - x.shared || x.i - y.i)
    .slice(0, limit)
    .map((s) => s.name);
}

/**
 * `findNode`, or a `PlauditError` (`unknown-entity`) that says which name was not found and
 * lists near matches: a measure asked about a name the graph lacks has no answer, not a 0.
 */
export function requireNode(graph: PraiseGraph, query: string, what: string): GraphNode {
  if (typeof query !== 'string') throw new PlauditError('invalid-argument', `plaudit: ${what} needs entity names as strings, got ${typeof query}`);
  const node = findNode(graph, query);
  if (node) return node;
  const near = nearNames(graph, query);
  const hint = near.length ? `; near matches: ${near.map((n) => JSON.stringify(n)).join(', ')}` : graph.nodes.length === 0 ? '; the graph is empty' : '';
  throw new PlauditError('unknown-entity', `plaudit: ${what}: no entity named ${JSON.stringify(query)} in the graph${hint}`);
}

/** The two nodes of a pair measure, each found with `requireNode`; one entity named twice is a `PlauditError` too. */
export function requirePair(graph: PraiseGraph, a: string, b: string, what: string): [GraphNode, GraphNode] {
  const na = requireNode(graph, a, what);
  const nb = requireNode(graph, b, what);
  if (na.id === nb.id) {
    throw new PlauditError('invalid-argument', `plaudit: ${what}: ${JSON.stringify(a)} and ${JSON.stringify(b)} are the same entity (${JSON.stringify(na.name)}); a pair needs two`);
  }
  return [na, nb];
}

/** The edges a→b and b→a of a pair of nodes, each `undefined` when the graph has none. */
export function pairEdges(graph: PraiseGraph, a: GraphNode, b: GraphNode): [GraphEdge | undefined, GraphEdge | undefined] {
  return [graph.edges.find((e) => e.source === a.id && e.target === b.id), graph.edges.find((e) => e.source === b.id && e.target === a.id)];
}
