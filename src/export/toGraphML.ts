import type { PraiseGraph } from '../model/graph.js';
import { escapeXml } from '../util/escapeXml.js';

const KEYS = [
  ['name', 'node', 'string'],
  ['type', 'node', 'string'],
  ['aliases', 'node', 'string'],
  ['nodeArticleIds', 'node', 'string'],
  ['praise', 'edge', 'int'],
  ['criticism', 'edge', 'int'],
  ['neutral', 'edge', 'int'],
  ['net', 'edge', 'int'],
  ['meanScore', 'edge', 'double'],
  ['utteranceIds', 'edge', 'string'],
  ['articleIds', 'edge', 'string'],
] as const;

/**
 * The praise graph in GraphML, readable by Gephi, yEd, Cytoscape, NetworkX and igraph. Every
 * field of the graph is kept: lists (aliases, article and utterance ids) as JSON arrays in string
 * attributes, so the export reads back losslessly. All text is XML-escaped (`escapeXml`), so
 * names such as `]]>` or `</data>` stay text, and characters XML cannot carry become U+FFFD.
 *
 * @example
 * toGraphML(graph);
 * // <?xml version="1.0" encoding="UTF-8"?>
 * // <graphml xmlns="http://graphml.graphdrawing.org/xmlns"> … <node id="donald-trump"><data key="name">Donald Trump</data> …
 */
export function toGraphML(graph: PraiseGraph): string {
  const x = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [id, scope, type] of KEYS) {
    const name = id === 'nodeArticleIds' ? 'articleIds' : id;
    lines.push(`  <key id="${id}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`);
  }
  lines.push('  <graph id="praise" edgedefault="directed">');
  const data = (key: string, value: string | number): string => `<data key="${key}">${x(String(value))}</data>`;
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${x(n.id)}">${data('name', n.name)}${data('type', n.type)}${data('aliases', JSON.stringify(n.aliases))}${data('nodeArticleIds', JSON.stringify(n.articleIds))}</node>`,
    );
  }
  graph.edges.forEach((e, i) => {
    lines.push(
      `    <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}">` +
        `${data('praise', e.praise)}${data('criticism', e.criticism)}${data('neutral', e.neutral)}${data('net', e.net)}` +
        `${data('meanScore', e.meanScore)}${data('utteranceIds', JSON.stringify(e.utteranceIds))}${data('articleIds', JSON.stringify(e.articleIds))}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
