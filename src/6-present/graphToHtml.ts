import type { PraiseGraph } from '../model/graph.js';
import { htmlTable } from './html.js';
import { signed } from './text.js';

/**
 * A praise graph as an HTML table, one row per relation, the busiest first: praise, criticism,
 * neutral and net counts (net coloured), mean score and articles. Names are escaped.
 *
 * @example
 * graphToHtml(graph); // '<div class="plaudit-graph"><table …><caption …>Relations (1)</caption>…'
 */
export function graphToHtml(graph: PraiseGraph, options: { readonly maxEdges?: number } = {}): string {
  const maxEdges = options.maxEdges ?? 200;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const volume = (e: PraiseGraph['edges'][number]): number => e.praise + e.criticism + e.neutral;
  const edges = graph.edges
    .map((e, i) => ({ e, i }))
    .sort((x, y) => volume(y.e) - volume(x.e) || x.i - y.i)
    .slice(0, Math.max(0, maxEdges))
    .map(({ e }) => e);
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
  return `<div class="plaudit-graph">${table}</div>`;
}
