import { buildPraiseGraph } from '../5-graph/buildPraiseGraph.js';
import type { PraiseGraphInput } from '../5-graph/collectStances.js';
import type { PraiseGraph, PraiseGraphOptions } from '../model/graph.js';
import { withGraphDisplay } from './withGraphDisplay.js';

/**
 * Who praises or criticises whom, pooled over one analysis, many, or bare stances: the public
 * entry to the graph stage. The graph is `buildPraiseGraph`'s plain data (see there for how
 * nodes merge and edges count) on an object that draws itself in a Deno Jupyter notebook; it
 * lives here, in the presentation layer, because the drawing does.
 *
 * Options: `from` and `to` (inclusive ISO 8601 dates) keep only articles and stances dated in
 * range; undated ones are kept unless `dropUndated` is set. Analyses without an id are named
 * `#1`, `#2` … by position.
 *
 * @example
 * const graph = praiseGraph([analyze(a, { id: 'a' }), analyze(b, { id: 'b' })]);
 * asymmetry(graph, 'Donald Trump', 'Vladimir Putin').index; // 0.5
 * graph.edges[0].utteranceIds; // ['a:u1', 'a:u3', 'b:u2']
 */
export function praiseGraph(input: PraiseGraphInput, options?: PraiseGraphOptions): PraiseGraph {
  return withGraphDisplay(buildPraiseGraph(input, options));
}
