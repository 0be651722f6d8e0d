import { signedCount } from '../5-graph/asymmetryDefinition.js';
import { pairsToShow } from './asymmetryTable.js';
import { formatAsymmetries } from './formatAsymmetries.js';
import type { PraiseGraph } from '../model/graph.js';
import { busiestEdges } from '../5-graph/busiestEdges.js';
import { signed, terminalText, textTable, truncate } from './text.js';

export interface FormatGraphOptions {
  /** Most edges listed, those with most praise and criticism first, then most stances. Default 50. */
  readonly maxEdges?: number;
  /** Longest name, in characters. Default 40. */
  readonly maxText?: number;
  /** Most pairs listed under "Who gives whom more net praise", and most one-sided pairs. Default 10; 0 leaves both out. */
  readonly maxPairs?: number;
}

/**
 * A praise graph as a plain-text table for a terminal: one row per edge, those with most praise
 * and criticism first (then most stances), with
 * its praise, criticism, neutral and net counts, mean score and number of articles; then who gives
 * whom more net praise (`asymmetries()`): the definition of the index, a row per pair with both
 * directions' counts, net and tone, the index and its interval, and one sentence per pair (a
 * verdict only when the interval excludes 0); then the one-sided pairs apart, one sentence each.
 * Names are terminal-safe and cut to `maxText`.
 *
 * @example
 * console.log(formatGraph(graph));
 * // 2 entities, 1 relation
 * // source        target          +  −  0  net   mean  articles
 * // …
 * // Donald Trump  Vladimir Putin  4  0  0   +4  +0.70         2
 */
export function formatGraph(graph: PraiseGraph, options: FormatGraphOptions = {}): string {
  const maxEdges = options.maxEdges ?? 50;
  const max = options.maxText ?? 40;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const name = (id: string): string => truncate(terminalText(names.get(id) ?? id), max);
  const edges = busiestEdges(graph, maxEdges);
  const head = `${graph.nodes.length} ${graph.nodes.length === 1 ? 'entity' : 'entities'}, ${graph.edges.length} ${graph.edges.length === 1 ? 'relation' : 'relations'}`;
  if (graph.edges.length === 0) return `${head}\n(no stances)`;
  const table = textTable(
    ['source', 'target', '+', '\u2212', '0', 'net', 'mean', 'articles'],
    edges.map((e) => [name(e.source), name(e.target), String(e.praise), String(e.criticism), String(e.neutral), signedCount(e.net), signed(e.meanScore), String(e.articleIds.length)]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const more = graph.edges.length > edges.length ? `\n(${graph.edges.length - edges.length} more relations not shown)` : '';
  const { pairs, oneSided } = pairsToShow(graph, options.maxPairs ?? 10);
  const section = formatAsymmetries([...pairs, ...oneSided], { maxText: max });
  return `${head}\n${table}${more}${section ? `\n\n${section}` : ''}`;
}
