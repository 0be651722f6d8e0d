import { escapeXml } from '../util/escapeXml.js';
import { CRITICISM_COLOUR, EVEN_COLOUR, PRAISE_COLOUR, netColour, strokeWidth } from './graphStyle.js';
import { PlauditError } from '../model/errors.js';
import type { PraiseGraph } from '../model/graph.js';
import { f, pickNodes, svgDocument, volumeOf } from './svg.js';
import { hash, signed, terminalText, truncate } from './text.js';

export interface GraphSvgOptions {
  /** Width (and height of the circle) in pixels. Default 640. */
  readonly width?: number;
  /** Most entities drawn, the busiest kept. Default 30. */
  readonly maxNodes?: number;
  /** Also draw entities without stances. Default false. */
  readonly includeIsolated?: boolean;
}

/**
 * The praise graph as an SVG drawing: entities on a circle in graph order (a layout that needs no
 * simulation, so the same graph always gives the same picture), an arrow per relation, curved so
 * that a→b and b→a stay apart, coloured by net praise (green praise, red criticism, grey even)
 * and as wide as its volume of stances. Hovering an arrow or a node shows its counts. Names are
 * escaped, cleared of control and bidirectional-override characters (which could make a label
 * read backwards) and cut to 20 characters, the full name being in the node's tooltip. Element
 * ids are derived from the content, so several drawings on one page do not share markers by
 * accident.
 *
 * An empty graph gives a small drawing that says so.
 *
 * @example
 * graphToSvg(graph, { width: 480 }); // '<svg xmlns="http://www.w3.org/2000/svg" width="480" …'
 */
export function graphToSvg(graph: PraiseGraph, options: GraphSvgOptions = {}): string {
  const width = options.width ?? 640;
  const maxNodes = options.maxNodes ?? 30;
  if (!(Number.isFinite(width) && width >= 100)) throw new PlauditError('invalid-options', `plaudit: graphToSvg width must be a number of at least 100, got ${String(width)}`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new PlauditError('invalid-options', `plaudit: graphToSvg maxNodes must be a positive integer, got ${String(maxNodes)}`);
  const nodes = pickNodes(graph, maxNodes, options.includeIsolated ?? false);
  const title = `Praise graph: ${graph.nodes.length} entities, ${graph.edges.length} relations`;
  if (nodes.length === 0) {
    return svgDocument(width, 40, title, `<text x="${f(width / 2)}" y="24" text-anchor="middle" fill="#757575">no stances</text>`);
  }
  const uid = `pl${hash(JSON.stringify([nodes.map((n) => n.id), graph.edges.length, width]))}`;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const margin = Math.min(140, width * 0.22);
  const radius = nodes.length === 1 ? 0 : width / 2 - margin;
  const cx = width / 2;
  const cy = radius + 44;
  const height = 2 * radius + 110;
  const load = new Map<string, number>();
  for (const e of graph.edges) {
    load.set(e.source, (load.get(e.source) ?? 0) + volumeOf(e));
    if (e.target !== e.source) load.set(e.target, (load.get(e.target) ?? 0) + volumeOf(e));
  }
  const place = new Map(
    nodes.map((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      const r = 6 + Math.min(10, 2 * Math.log2(1 + (load.get(n.id) ?? 0)));
      return [n.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle, r }] as const;
    }),
  );

  const markers = [
    ['p', PRAISE_COLOUR],
    ['c', CRITICISM_COLOUR],
    ['e', EVEN_COLOUR],
  ]
    .map(
      ([k, colour]) =>
        `<marker id="${uid}-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="${colour}"/></marker>`,
    )
    .join('');

  const drawn = graph.edges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => place.has(e.source) && place.has(e.target))
    .sort((a, b) => volumeOf(a.e) - volumeOf(b.e) || a.i - b.i);
  const edgeSvg = drawn
    .map(({ e }) => {
      const s = place.get(e.source)!;
      const t = place.get(e.target)!;
      let d: string;
      if (e.source === e.target) {
        // a loop points to the centre, away from the node's label
        const ux = nodes.length === 1 ? 0 : -Math.cos(s.angle);
        const uy = nodes.length === 1 ? 1 : -Math.sin(s.angle);
        const rot = (a: number, k: number): [number, number] => {
          const x = ux * Math.cos(a) - uy * Math.sin(a);
          const y = ux * Math.sin(a) + uy * Math.cos(a);
          return [s.x + x * k, s.y + y * k];
        };
        const [x0, y0] = rot(0.5, s.r);
        const [x1, y1] = rot(0.7, s.r + 34);
        const [x2, y2] = rot(-0.7, s.r + 34);
        const [x3, y3] = rot(-0.5, s.r + 2);
        d = `M${f(x0)},${f(y0)}C${f(x1)},${f(y1)} ${f(x2)},${f(y2)} ${f(x3)},${f(y3)}`;
      } else {
        const dx = t.x - s.x;
        const dy = t.y - s.y;
        const len = Math.hypot(dx, dy) || 1;
        const qx = (s.x + t.x) / 2 - (dy / len) * len * 0.12;
        const qy = (s.y + t.y) / 2 + (dx / len) * len * 0.12;
        const toward = (px: number, py: number, k: number): [number, number] => {
          const l = Math.hypot(qx - px, qy - py) || 1;
          return [px + ((qx - px) / l) * k, py + ((qy - py) / l) * k];
        };
        const [sx, sy] = toward(s.x, s.y, s.r);
        const [tx, ty] = toward(t.x, t.y, t.r + 1);
        d = `M${f(sx)},${f(sy)}Q${f(qx)},${f(qy)} ${f(tx)},${f(ty)}`;
      }
      const key = e.net > 0 ? 'p' : e.net < 0 ? 'c' : 'e';
      const tip = `${names.get(e.source) ?? e.source} \u2192 ${names.get(e.target) ?? e.target}: ${e.praise} praise, ${e.criticism} criticism, ${e.neutral} neutral (mean ${signed(e.meanScore)})`;
      return `<path d="${d}" fill="none" stroke="${netColour(e.net)}" stroke-width="${f(strokeWidth(volumeOf(e)))}" stroke-opacity="0.8" marker-end="url(#${uid}-${key})"><title>${escapeXml(tip)}</title></path>`;
    })
    .join('');

  const nodeSvg = nodes
    .map((n) => {
      const p = place.get(n.id)!;
      const cos = Math.cos(p.angle);
      const sin = Math.sin(p.angle);
      const anchor = nodes.length === 1 ? 'middle' : cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
      const lx = p.x + cos * (p.r + 6);
      const ly = nodes.length === 1 ? p.y - p.r - 8 : p.y + sin * (p.r + 6) + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 4);
      const tip = `${n.name} (${n.type}), ${load.get(n.id) ?? 0} stances`;
      return (
        `<g><title>${escapeXml(tip)}</title><circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(p.r)}" fill="#eceff1" stroke="#455a64" stroke-width="1.5"/>` +
        `<text x="${f(lx)}" y="${f(ly)}" text-anchor="${anchor}" fill="#212121">${escapeXml(truncate(terminalText(n.name), 20))}</text></g>`
      );
    })
    .join('');

  const candidates = pickNodes(graph, graph.nodes.length, options.includeIsolated ?? false).length;
  const hidden = candidates - nodes.length;
  const legendY = height - 10;
  const legend =
    `<g font-size="11" fill="#616161"><text x="8" y="${f(legendY)}">` +
    `<tspan fill="${PRAISE_COLOUR}">\u2014 net praise</tspan> \u00b7 <tspan fill="${CRITICISM_COLOUR}">\u2014 net criticism</tspan> \u00b7 <tspan fill="${EVEN_COLOUR}">\u2014 even</tspan> \u00b7 width: stances` +
    `${hidden > 0 ? ` \u00b7 ${nodes.length} of ${candidates} entities shown` : ''}</text></g>`;
  return svgDocument(width, height, title, `<defs>${markers}</defs><g>${edgeSvg}</g><g>${nodeSvg}</g>${legend}`);
}
