import { PlauditError } from '../model/errors.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';

export interface ToCsvOptions {
  /**
   * `matrix` (default): the adjacency matrix, a row per source and a column per target, named;
   * `edges`: one row per edge with every count.
   */
  readonly layout?: 'matrix' | 'edges';
  /** For `matrix`: what a cell holds. Default `net`; `stances` is praise + criticism + neutral. */
  readonly value?: 'net' | 'praise' | 'criticism' | 'neutral' | 'stances' | 'meanScore';
}

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
 * The praise graph as CSV (RFC 4180, CRLF line ends), for spreadsheets and data frames. In the
 * matrix the first column and the header row hold node names, and a cell without an edge holds 0
 * (empty for `meanScore`, which has no value without stances).
 *
 * @example
 * toCsv(graph);
 * // "","Donald Trump","Vladimir Putin"
 * // "Donald Trump",0,4
 * // "Vladimir Putin",0,0
 */
export function toCsv(graph: PraiseGraph, options: ToCsvOptions = {}): string {
  const layout = options.layout ?? 'matrix';
  const value = options.value ?? 'net';
  if (layout !== 'matrix' && layout !== 'edges') throw new PlauditError('invalid-options', `plaudit: toCsv layout must be 'matrix' or 'edges', got ${String(layout)}`);
  if (!['net', 'praise', 'criticism', 'neutral', 'stances', 'meanScore'].includes(value)) {
    throw new PlauditError('invalid-options', `plaudit: toCsv value must be net, praise, criticism, neutral, stances or meanScore, got ${String(value)}`);
  }
  const rows: string[] = [];
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  if (layout === 'edges') {
    rows.push('source,target,sourceName,targetName,praise,criticism,neutral,net,meanScore,utterances');
    for (const e of graph.edges) {
      rows.push([csvField(e.source), csvField(e.target), csvField(names.get(e.source) ?? e.source), csvField(names.get(e.target) ?? e.target), e.praise, e.criticism, e.neutral, e.net, e.meanScore, e.utteranceIds.length].join(','));
    }
  } else {
    const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const cells: (GraphEdge | undefined)[][] = graph.nodes.map(() => graph.nodes.map(() => undefined));
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
    rows.push(['""', ...graph.nodes.map((n) => csvField(n.name))].join(','));
    graph.nodes.forEach((n, i) => rows.push([csvField(n.name), ...cells[i]!.map(cell)].join(',')));
  }
  return `${rows.join('\r\n')}\r\n`;
}
