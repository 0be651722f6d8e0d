import { pairsToShow } from './asymmetryTable.js';
import { asymmetriesToHtml } from './formatAsymmetries.js';
import type { PraiseGraph } from '../model/graph.js';
import { busiestEdges } from '../5-graph/busiestEdges.js';
import { CRITICISM_COLOUR, PRAISE_COLOUR } from './graphStyle.js';
import { htmlTable } from './html.js';
import { signed } from './text.js';

/**
 * A praise graph as HTML tables: one row per relation, most praise and criticism first, with praise, criticism,
 * neutral and net counts (net coloured), mean score and articles; then who gives whom more net
 * praise (`asymmetries()`, at most `maxPairs`, default 20), captioned with the definition of the
 * index, each pair followed by its sentence; then the one-sided pairs apart. Names are escaped.
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
      { text: e.net > 0 ? `+${e.net}` : String(e.net), style: `text-align:right;${e.net > 0 ? `color:${PRAISE_COLOUR}` : e.net < 0 ? `color:${CRITICISM_COLOUR}` : ''}` },
      { text: signed(e.meanScore), style: 'text-align:right' },
      e.articleIds.length,
    ]),
  );
  const { pairs, oneSided } = pairsToShow(graph, options.maxPairs ?? 20);
  return `<div class="plaudit-graph">${table}${asymmetriesToHtml([...pairs, ...oneSided])}</div>`;
}
