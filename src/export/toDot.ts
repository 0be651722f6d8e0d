import type { PraiseGraph } from '../model/graph.js';
import { netColour, strokeWidth } from '../present/graphStyle.js';
import { nodesOnEdges } from './nodesOnEdges.js';

export interface ToDotOptions {
  /** Graph name. Default `praise`. */
  readonly name?: string;
  /** Also list entities without stances. Default false: only entities on a relation. */
  readonly includeIsolated?: boolean;
}

/**
 * Escapes a string for a DOT double-quoted string: `"` and `\` are escaped (a lone backslash
 * would otherwise start a Graphviz escape such as `\N` or `\G`); control characters (line
 * breaks included) and bidirectional overrides (which make a label read backwards) become
 * spaces, so a name can never end the string or the statement; lone surrogates, which UTF-8
 * cannot carry, become U+FFFD.
 */
export function dotString(text: string): string {
  const clean = String(text)
    .replace(/[\u0000-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * The praise graph in Graphviz DOT. Only entities on a relation are listed, unless
 * `includeIsolated`. Nodes carry their name as label and their type; edges carry
 * their counts as attributes (`praise`, `criticism`, `neutral`, `net`, `meanScore`), a label such
 * as `+4 −1`, a colour by net praise (green, red, grey) and a pen width by volume. Every id and
 * label is a quoted, escaped string.
 *
 * @example
 * toDot(graph);
 * // digraph "praise" {
 * //   "donald-trump" [label="Donald Trump", type="person"];
 * //   "donald-trump" -> "vladimir-putin" [label="+4 −0", praise=4, criticism=0, …];
 * // }
 */
export function toDot(graph: PraiseGraph, options: ToDotOptions = {}): string {
  const lines = [`digraph ${dotString(options.name ?? 'praise')} {`, '  node [shape=box, style=rounded];'];
  for (const n of options.includeIsolated ? graph.nodes : nodesOnEdges(graph)) {
    lines.push(`  ${dotString(n.id)} [label=${dotString(n.name)}, type=${dotString(n.type)}];`);
  }
  for (const e of graph.edges) {
    const volume = e.praise + e.criticism + e.neutral;
    const attrs = [
      `label=${dotString(`+${e.praise} \u2212${e.criticism}${e.neutral ? ` \u00b7${e.neutral}` : ''}`)}`,
      `praise=${e.praise}`,
      `criticism=${e.criticism}`,
      `neutral=${e.neutral}`,
      `net=${e.net}`,
      `meanScore=${e.meanScore}`,
      `color=${dotString(netColour(e.net))}`,
      `penwidth=${round(strokeWidth(volume))}`,
    ];
    lines.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
