import { ASYMMETRY_HEADERS, ASYMMETRY_LEGEND, ASYMMETRY_TITLE, ONE_SIDED_TITLE, asymmetryCells, pairsToShow } from './asymmetryTable.js';
import { escapeXml } from '../util/escapeXml.js';
import type { PraiseGraph } from '../model/graph.js';
import { busiestEdges } from './svg.js';
import { htmlTable } from './html.js';
import { signed } from './text.js';

/**
 * A praise graph as HTML tables: one row per relation, the busiest first, with praise, criticism,
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
      { text: e.net > 0 ? `+${e.net}` : String(e.net), style: `text-align:right;${e.net > 0 ? 'color:#2e7d32' : e.net < 0 ? 'color:#c62828' : ''}` },
      { text: signed(e.meanScore), style: 'text-align:right' },
      e.articleIds.length,
    ]),
  );
  const { pairs, oneSided } = pairsToShow(graph, options.maxPairs ?? 20);
  const right = 'text-align:right';
  const warmer = pairs.length
    ? htmlTable(
        `${ASYMMETRY_TITLE}. ${ASYMMETRY_LEGEND.join('. ')}`,
        [...ASYMMETRY_HEADERS, 'reading'],
        pairs.map((p) => {
          const cells = asymmetryCells(p);
          return [cells[0]!, cells[1]!, ...cells.slice(2).map((text) => ({ text, style: right })), { text: p.summary, style: p.verdict ? 'font-weight:600' : 'color:#616161' }];
        }),
      )
    : '';
  const lone = oneSided.length
    ? `<p style="margin:0.5em 0 0.2em;font:600 13px system-ui,sans-serif">${escapeXml(ONE_SIDED_TITLE)}</p><ul style="margin:0;font:13px/1.4 system-ui,sans-serif">${oneSided.map((p) => `<li>${escapeXml(p.summary)}</li>`).join('')}</ul>`
    : '';
  return `<div class="plaudit-graph">${table}${warmer}${lone}</div>`;
}
