import { PlauditError } from '../model/errors.js';
import { direction } from '../5-graph/asymmetryDefinition.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { nodesOnEdges } from './nodesOnEdges.js';

export interface ToCsvOptions {
  /**
   * `edges` (default): one row per relation with every count, its tone and its evidence, which
   * stays small at corpus scale; `matrix`: the adjacency matrix, a row per source and a column per
   * target, named.
   */
  readonly layout?: 'matrix' | 'edges';
  /** For `matrix`: what a cell holds. Default `net`; `stances` is praise + criticism + neutral. */
  readonly value?: 'net' | 'praise' | 'criticism' | 'neutral' | 'stances' | 'meanScore';
  /** For `matrix`: also give entities without stances a row and a column. Default false. */
  readonly includeIsolated?: boolean;
}

/** The header of the edge list. */
export const CSV_EDGE_COLUMNS = ['source', 'target', 'source_name', 'target_name', 'praise', 'criticism', 'neutral', 'net', 'tone', 'mean_score', 'articles', 'evidence'] as const;

/**
 * A CSV text field: always quoted, quotes doubled, control characters and bidirectional overrides
 * made spaces, lone surrogates U+FFFD, and a leading `= + - @` prefixed with `'`, so a
 * spreadsheet shows a name such as `=HYPERLINK(…)` as text instead of running it as a formula.
 */
export function csvField(text: string): string {
  let s = String(text)
    .replace(/[\u0000-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The praise graph as CSV (RFC 4180, CRLF line ends), for spreadsheets and data frames.
 *
 * The edge list (default) has one row per relation: node ids and names of source and target,
 * praise, criticism, neutral and net (praise − criticism) counts, tone (net ÷ all stances, as
 * `asymmetry()` defines it), mean stance score, number of articles, and the evidence: the ids of
 * the utterances that carry the relation (`articleId:utteranceId`), separated by spaces.
 *
 * In the matrix (`layout: 'matrix'`) the first column and the header row hold node names, only
 * entities with stances unless `includeIsolated`, and a cell without an edge holds 0 (empty for
 * `meanScore`, which has no value without stances).
 *
 * @example
 * toCsv(graph);
 * // source,target,source_name,target_name,praise,criticism,neutral,net,tone,mean_score,articles,evidence
 * // "donald-trump","vladimir-putin","Donald Trump","Vladimir Putin",4,0,0,4,1,0.65,1,"a:u1 a:u2 a:u3 a:u4"
 */
export function toCsv(graph: PraiseGraph, options: ToCsvOptions = {}): string {
  const layout = options.layout ?? 'edges';
  const value = options.value ?? 'net';
  if (layout !== 'matrix' && layout !== 'edges') throw new PlauditError('invalid-options', `plaudit: toCsv layout must be 'matrix' or 'edges', got ${String(layout)}`);
  if (!['net', 'praise', 'criticism', 'neutral', 'stances', 'meanScore'].includes(value)) {
    throw new PlauditError('invalid-options', `plaudit: toCsv value must be net, praise, criticism, neutral, stances or meanScore, got ${String(value)}`);
  }
  const rows: string[] = [];
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  if (layout === 'edges') {
    rows.push(CSV_EDGE_COLUMNS.join(','));
    for (const e of graph.edges) {
      const tone = direction(e).tone;
      rows.push(
        [
          csvField(e.source), csvField(e.target), csvField(names.get(e.source) ?? e.source), csvField(names.get(e.target) ?? e.target),
          e.praise, e.criticism, e.neutral, e.net, tone === null ? '' : tone, e.meanScore, e.articleIds.length, csvField(e.utteranceIds.join(' ')),
        ].join(','),
      );
    }
  } else {
    const nodes = options.includeIsolated ? graph.nodes : nodesOnEdges(graph);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const cells: (GraphEdge | undefined)[][] = nodes.map(() => nodes.map(() => undefined));
    for (const e of graph.edges) {
      const s = index.get(e.source);
      const t = index.get(e.target);
      if (s !== undefined && t !== undefined) cells[s]![t] = e;
    }
    const cell = (e: GraphEdge | undefined): string => {
      if (value === 'meanScore') return e ? String(e.meanScore) : '';
      if (!e) return '0';
      return String(value === 'stances' ? e.praise + e.criticism + e.neutral : e[value]);
    };
    rows.push(['""', ...nodes.map((n) => csvField(n.name))].join(','));
    nodes.forEach((n, i) => rows.push([csvField(n.name), ...cells[i]!.map(cell)].join(',')));
  }
  return `${rows.join('\r\n')}\r\n`;
}
