import { asymmetries } from '../5-graph/asymmetries.js';
import type { PraiseGraph } from '../model/graph.js';
import { busiestEdges } from './svg.js';
import { htmlTable } from './html.js';
import { signed } from './text.js';

/**
 * A praise graph as HTML tables: one row per relation, the busiest first, with praise, criticism,
 * neutral and net counts (net coloured), mean score and articles; then the pairs where one side is
 * the warmer (`asymmetries()` with index > 0, at most `maxPairs`, default 20). Names are escaped.
 *
 * @example
 * graphToHtml(graph); // '<div class="plaudit-graph"><table …><caption …>Relations (1)</caption>…'
 */
export function graphToHtml(graph: PraiseGraph, options: { readonly maxEdges?: number; readonly maxPairs?: number } = {}): string {
  const maxEdges = options.maxEdges ?? 200;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = busiestEdges(graph, maxEdges);
  const caption = `Relations (${graph.edges.length}) among ${graph.nodes.length} entities${edges.length < graph.edges.length ? `, ${edges.length} shown` : ''}`;
  const table = htmlTable(
    caption,
    ['source', 'target', 'praise', 'criticism', 'neutral', 'net', 'mean score', 'articles'],
    edges.map((e) => [
      names.get(e.source) ?? e.source,
      names.get(e.target) ?? e.target,
      e.praise,
      e.criticism,
      e.neutral,
      { text: e.net > 0 ? `+${e.net}` : String(e.net), style: `text-align:right;${e.net > 0 ? 'color:#2e7d32' : e.net < 0 ? 'color:#c62828' : ''}` },
      { text: signed(e.meanScore), style: 'text-align:right' },
      e.articleIds.length,
    ]),
  );
  const pairs = asymmetries(graph).filter((p) => p.index > 0).slice(0, Math.max(0, options.maxPairs ?? 20));
  const warmer = pairs.length
    ? htmlTable(
        'Who praises whom more (net praise per stance each way; index = half the difference)',
        ['warmer', 'other', 'warmer \u2192 other', 'stances', 'other \u2192 warmer', 'stances', 'index'],
        pairs.map((p) => [
          names.get(p.a) ?? p.a,
          names.get(p.b) ?? p.b,
          { text: signed(p.aToB), style: 'text-align:right' },
          p.stances.aToB,
          { text: signed(p.bToA), style: 'text-align:right' },
          p.stances.bToA,
          { text: signed(p.index), style: 'text-align:right' },
        ]),
      )
    : '';
  return `<div class="plaudit-graph">${table}${warmer}</div>`;
}
