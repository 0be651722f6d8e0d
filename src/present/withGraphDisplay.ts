import type { PraiseGraph as PraiseGraphData } from '../model/graph.js';
import { formatGraph } from './formatGraph.js';
import { graphToHtml } from './graphToHtml.js';
import { graphToSvg } from './graphToSvg.js';
import { assignData, jupyterDisplay, safeBundle, type MimeBundle } from './jupyter.js';

/**
 * A praise graph that draws itself in a Deno Jupyter notebook. Named `PraiseGraph` so that
 * `console.log` and the notebook's plain view say what it is; the data is the plain
 * `PraiseGraph` type's, as own fields.
 */
const DisplayedGraph = class PraiseGraph {
  [jupyterDisplay](): MimeBundle {
    const graph = this as unknown as PraiseGraphData;
    return safeBundle(
      () => {
        const svg = graphToSvg(graph);
        return { 'text/plain': formatGraph(graph), 'text/html': `${svg}${graphToHtml(graph)}`, 'image/svg+xml': svg };
      },
      () => `PraiseGraph: ${graph.nodes?.length ?? 0} entities, ${graph.edges?.length ?? 0} relations`,
    );
  }
};

/**
 * The same graph data on an object that renders in a Deno Jupyter notebook: `text/plain` (the
 * terminal table), `text/html` (the drawing and the table) and `image/svg+xml` (the drawing).
 * `JSON.stringify`, `toEqual` and `structuredClone` see only the plain data.
 *
 * @example
 * const g = withGraphDisplay({ nodes, edges });
 * JSON.stringify(g) === JSON.stringify({ nodes, edges }); // true
 */
export function withGraphDisplay(graph: PraiseGraphData): PraiseGraphData {
  return assignData(new DisplayedGraph(), graph) as unknown as PraiseGraphData;
}
