import type { GraphEdge, PraiseGraph, PraiseGraphOptions } from '../model/graph.js';
import { collectStances, type PraiseGraphInput } from './collectStances.js';

/**
 * The praise graph as plain data: who praises or criticises whom, pooled over every stance of
 * the input. The main entry's `praiseGraph()` returns this graph on an object that also draws
 * itself in a notebook (see src/displayed.ts); the graph stage itself knows nothing of display.
 *
 * - Nodes: entities merged across articles by knowledge-base id or normalised name, in the order
 *   first seen, with every other name used for them in `aliases`. Every entity of an analysis is
 *   a node, with stances or not.
 * - Edges: one per ordered (source, target) pair that has stances, in the order first seen;
 *   `net` is praise − criticism, `meanScore` the mean of the stance scores. Self loops (a speaker
 *   about themself, or two names merged into one node) are kept as edges; the measures ignore
 *   them where a pair of distinct entities is meant.
 * - `utteranceIds` are `articleId:utteranceId`, listed once each.
 *
 * Linear in the number of entities and stances. An empty input gives `{ nodes: [], edges: [] }`.
 *
 * @example
 * const g = buildPraiseGraph([analysisA, analysisB], { from: '2024-01-01' });
 * g.edges[0]; // { source: 'donald-trump', target: 'vladimir-putin', praise: 4, criticism: 0, … }
 */
export function buildPraiseGraph(input: PraiseGraphInput, options?: PraiseGraphOptions): PraiseGraph {
  const { nodes, records } = collectStances(input, options);
  interface Acc {
    edge: GraphEdge;
    sum: number;
    n: number;
    utterances: Set<string>;
    articles: Set<string>;
  }
  const byPair = new Map<string, Acc>();
  const accs: Acc[] = [];
  for (const r of records) {
    const key = `${r.source},${r.target}`;
    let acc = byPair.get(key);
    if (!acc) {
      acc = {
        edge: { source: nodes[r.source]!.id, target: nodes[r.target]!.id, praise: 0, criticism: 0, neutral: 0, net: 0, meanScore: 0, utteranceIds: [], articleIds: [] },
        sum: 0,
        n: 0,
        utterances: new Set(),
        articles: new Set(),
      };
      byPair.set(key, acc);
      accs.push(acc);
    }
    if (r.polarity === 'praise') acc.edge.praise++;
    else if (r.polarity === 'criticism') acc.edge.criticism++;
    else acc.edge.neutral++;
    acc.sum += r.score;
    acc.n++;
    acc.utterances.add(r.utterance);
    acc.articles.add(r.articleId);
  }
  const edges = accs.map(({ edge, sum, n, utterances, articles }) => ({
    ...edge,
    net: edge.praise - edge.criticism,
    meanScore: n === 0 ? 0 : sum / n,
    utteranceIds: [...utterances],
    articleIds: [...articles],
  }));
  return { nodes, edges };
}
