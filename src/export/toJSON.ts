import type { PraiseGraph } from '../model/graph.js';

export interface ToJSONOptions {
  /** Indentation, as for `JSON.stringify`. Default 2. */
  readonly indent?: number | string;
}

/**
 * The praise graph as JSON text: only its data, `{ "nodes": […], "edges": […] }`, whatever object
 * it comes on, so it parses back (`PraiseGraph.parse(JSON.parse(text))`) to an equal graph.
 *
 * @example
 * toJSON(graph, { indent: 0 }); // '{"nodes":[…],"edges":[…]}'
 */
export function toJSON(graph: PraiseGraph, options: ToJSONOptions = {}): string {
  const indent = options.indent ?? 2;
  return JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, indent === 0 ? undefined : indent);
}
