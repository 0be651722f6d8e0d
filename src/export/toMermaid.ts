import type { PraiseGraph } from '../model/graph.js';
import { netColour, strokeWidth } from '../present/graphStyle.js';
import { nodesOnEdges } from './nodesOnEdges.js';

export interface ToMermaidOptions {
  /** Also list entities without stances. Default false: only entities on a relation. */
  readonly includeIsolated?: boolean;
}

/**
 * A Mermaid-safe quoted label: letters, digits, spaces and `. , ' -` pass; every other character
 * becomes a Mermaid entity code (`#60;` for `<`, `#34;` for `"`), so no text can close the label,
 * start a directive, a comment (`%%`) or a link, or reach the renderer as markup. Bidirectional
 * overrides, which would make a label read backwards, become spaces.
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of String(text).replace(/[\u202A-\u202E\u2066-\u2069]/g, ' ')) {
    if (/^[\p{L}\p{M}\p{N} .,'-]$/u.test(ch)) out += ch;
    else out += `#${ch.codePointAt(0)};`;
  }
  return `"${out}"`;
}

/**
 * The praise graph as a Mermaid flowchart, for Markdown that renders Mermaid (GitHub, GitLab,
 * many notebooks). Node ids are generated (`n0`, `n1` …), never taken from text; names go into
 * quoted labels through `mermaidLabel`. Only entities on a relation are listed, unless
 * `includeIsolated`. Edges are labelled `+praise −criticism` and styled by net
 * praise (colour) and volume (width).
 *
 * @example
 * toMermaid(graph);
 * // flowchart LR
 * //   n0["Donald Trump"]
 * //   n1["Vladimir Putin"]
 * //   n0 -->|"+4 #8722;0"| n1
 */
export function toMermaid(graph: PraiseGraph, options: ToMermaidOptions = {}): string {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  (options.includeIsolated ? graph.nodes : nodesOnEdges(graph)).forEach((n, i) => {
    ids.set(n.id, `n${i}`);
    lines.push(`  n${i}[${mermaidLabel(n.name)}]`);
  });
  const styles: string[] = [];
  let k = 0;
  for (const e of graph.edges) {
    const s = ids.get(e.source);
    const t = ids.get(e.target);
    if (s === undefined || t === undefined) continue;
    lines.push(`  ${s} -->|${mermaidLabel(`+${e.praise} \u2212${e.criticism}`)}| ${t}`);
    const width = Math.round(strokeWidth(e.praise + e.criticism + e.neutral) * 10) / 10;
    styles.push(`  linkStyle ${k++} stroke:${netColour(e.net)},stroke-width:${width}px`);
  }
  return `${[...lines, ...styles].join('\n')}\n`;
}
