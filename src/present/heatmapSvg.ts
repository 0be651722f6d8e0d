import { escapeXml } from '../util/escapeXml.js';
import { PlauditError } from '../model/errors.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { f, pickNodes, svgDocument, volumeOf } from './svg.js';
import { hash, signed, terminalText, truncate } from './text.js';

export interface HeatmapOptions {
  /** Most entities in the matrix, the busiest kept. Default 25. */
  readonly maxNodes?: number;
  /** Side of a cell in pixels. Default 28. */
  readonly cell?: number;
}

/** Mixes white toward a colour by t in [0, 1]. */
function tint(hex: readonly [number, number, number], t: number): string {
  const c = hex.map((v) => Math.round(255 + (v - 255) * Math.max(0, Math.min(1, t))));
  return `rgb(${c.join(',')})`;
}
const GREEN = [46, 125, 50] as const;
const RED = [198, 40, 40] as const;

/**
 * The praise matrix as an SVG heat map: a row per source, a column per target, each cell coloured
 * by the edge's net praise per stance (deep green: all praise, deep red: all criticism, white:
 * even; light grey: no stances) and labelled with its net count. Hovering a cell shows its
 * counts. Names are escaped, cleared of control and bidirectional-override characters, and cut to
 * 24 characters.
 *
 * An empty graph gives a small drawing that says so.
 *
 * @example
 * heatmapSvg(graph); // '<svg xmlns="http://www.w3.org/2000/svg" …><title>Praise matrix …'
 */
export function heatmapSvg(graph: PraiseGraph, options: HeatmapOptions = {}): string {
  const maxNodes = options.maxNodes ?? 25;
  const size = options.cell ?? 28;
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new PlauditError('invalid-options', `plaudit: heatmapSvg maxNodes must be a positive integer, got ${String(maxNodes)}`);
  if (!(Number.isFinite(size) && size >= 8)) throw new PlauditError('invalid-options', `plaudit: heatmapSvg cell must be a number of at least 8, got ${String(size)}`);
  const nodes = pickNodes(graph, maxNodes, false);
  const title = `Praise matrix: ${nodes.length} entities, ${graph.edges.length} relations`;
  if (nodes.length === 0) return svgDocument(200, 40, title, `<text x="100" y="24" text-anchor="middle" fill="#757575">no stances</text>`);
  const uid = `pl${hash(JSON.stringify(nodes.map((n) => n.id)))}`;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const cells = new Map<string, GraphEdge>();
  for (const e of graph.edges) if (index.has(e.source) && index.has(e.target)) cells.set(`${index.get(e.source)},${index.get(e.target)}`, e);
  const labelWidth = 170;
  const top = 130;
  const width = Math.max(440, labelWidth + nodes.length * size + 130);
  const height = top + nodes.length * size + 56;
  const parts: string[] = [];
  nodes.forEach((n, i) => {
    const name = escapeXml(truncate(terminalText(n.name), 24));
    parts.push(`<text x="${f(labelWidth - 6)}" y="${f(top + i * size + size / 2 + 4)}" text-anchor="end">${name}</text>`);
    const x = labelWidth + i * size + size / 2;
    parts.push(`<text x="${f(x)}" y="${f(top - 6)}" transform="rotate(-45 ${f(x)} ${f(top - 6)})">${name}</text>`);
  });
  for (let r = 0; r < nodes.length; r++) {
    for (let c = 0; c < nodes.length; c++) {
      const e = cells.get(`${r},${c}`);
      const x = labelWidth + c * size;
      const y = top + r * size;
      if (!e || volumeOf(e) === 0) {
        parts.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(size)}" height="${f(size)}" fill="#f5f5f5" stroke="#fff"/>`);
        continue;
      }
      const balance = (e.praise - e.criticism) / volumeOf(e);
      const fill = balance > 0 ? tint(GREEN, balance) : balance < 0 ? tint(RED, -balance) : '#ffffff';
      const ink = Math.abs(balance) > 0.55 ? '#ffffff' : '#212121';
      const tip = `${nodes[r]!.name} \u2192 ${nodes[c]!.name}: ${e.praise} praise, ${e.criticism} criticism, ${e.neutral} neutral (mean ${signed(e.meanScore)})`;
      parts.push(
        `<g><title>${escapeXml(tip)}</title><rect x="${f(x)}" y="${f(y)}" width="${f(size)}" height="${f(size)}" fill="${fill}" stroke="#e0e0e0"/>` +
          `<text x="${f(x + size / 2)}" y="${f(y + size / 2 + 4)}" text-anchor="middle" font-size="11" fill="${ink}">${e.net > 0 ? `+${e.net}` : e.net < 0 ? `\u2212${-e.net}` : '0'}</text></g>`,
      );
    }
  }
  const ly = top + nodes.length * size + 22;
  const legend =
    `<defs><linearGradient id="${uid}-scale"><stop offset="0" stop-color="${tint(RED, 1)}"/><stop offset="0.5" stop-color="#ffffff"/><stop offset="1" stop-color="${tint(GREEN, 1)}"/></linearGradient></defs>` +
    `<g font-size="11" fill="#616161"><text x="8" y="${f(ly + 28)}">row \u2192 column: net praise per stance; number: net count</text>` +
    `<rect x="${f(labelWidth)}" y="${f(ly)}" width="120" height="10" fill="url(#${uid}-scale)" stroke="#e0e0e0"/>` +
    `<text x="${f(labelWidth - 4)}" y="${f(ly + 9)}" text-anchor="end">\u22121</text><text x="${f(labelWidth + 124)}" y="${f(ly + 9)}">+1</text></g>`;
  return svgDocument(width, height, title, `${parts.join('')}${legend}`);
}
