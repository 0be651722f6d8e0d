import { escapeXml } from '../util/escapeXml.js';
import { CRITICISM_COLOUR, EVEN_COLOUR, PRAISE_COLOUR, netColour, strokeWidth } from './graphStyle.js';
import type { PraiseGraph } from '../model/graph.js';
import { DOT_GAP, EMPTY_NOTE, EMPTY_SIZE, FONT, LEFT_HEADER, PAD, RIGHT_HEADER, TITLE_FONT, graphLayout, type GraphLayoutOptions } from './graphLayout.js';
import { f, svgDocument } from './svg.js';
import { volumeOf } from '../5-graph/busiestEdges.js';
import { hash, signed } from './text.js';

export interface GraphSvgOptions extends GraphLayoutOptions {}

/**
 * The praise graph as an SVG drawing that stays legible at corpus scale: speakers in a left
 * column (most stances given first), the entities they speak of in a right column, one curve per
 * relation coloured by net praise (green praise, red criticism, grey even) and as wide as its
 * number of stances. Labels are horizontal, one per row, so they never collide; the size of the
 * drawing follows from the longest label and the number of rows, so nothing is clipped.
 *
 * At most `maxNodes` entities (default 40) are drawn, those with the most stances, each with at
 * least `minStances` (default 1); the caption under the title says how many of how many are
 * shown. Hovering a curve or a name shows its counts. Names are escaped, cleared of control and
 * bidirectional-override characters (which could make a label read backwards) and cut to
 * `maxLabel` characters (default 40), the full name being in the tooltip. Element ids derive from
 * the content, so several drawings on one page do not share markers by accident.
 *
 * An empty graph gives a small drawing that says so.
 *
 * @example
 * graphToSvg(graph, { maxNodes: 25, minStances: 2 }); // '<svg xmlns="http://www.w3.org/2000/svg" width="…'
 */
export function graphToSvg(graph: PraiseGraph, options: GraphSvgOptions = {}): string {
  const layout = graphLayout(graph, options);
  const { width, height } = layout;
  const title = `${layout.titleLines.join(' ')}: ${layout.captionLines.join(' ')}`;
  if (layout.selection.entities.length === 0) {
    return svgDocument(EMPTY_SIZE.width, EMPTY_SIZE.height, title, `<text x="${EMPTY_SIZE.width / 2}" y="24" text-anchor="middle" fill="#757575">${EMPTY_NOTE}</text>`);
  }
  const uid = `pl${hash(JSON.stringify([layout.left.map((c) => c.tally.node.id), layout.right.map((c) => c.tally.node.id), graph.edges.length]))}`;
  const markers = [
    ['p', PRAISE_COLOUR],
    ['c', CRITICISM_COLOUR],
    ['e', EVEN_COLOUR],
  ]
    .map(([k, colour]) => `<marker id="${uid}-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="${colour}"/></marker>`)
    .join('');
  const curves = layout.edges
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => volumeOf(a.edge) - volumeOf(b.edge) || a.i - b.i)
    .map(({ edge: e, from, to }) => {
      const x0 = from.x + 4;
      const x1 = to.x - 5;
      const mx = (x0 + x1) / 2;
      const d = `M${f(x0)},${f(from.y)}C${f(mx)},${f(from.y)} ${f(mx)},${f(to.y)} ${f(x1)},${f(to.y)}`;
      const key = e.net > 0 ? 'p' : e.net < 0 ? 'c' : 'e';
      const tip = `${from.tally.node.name} \u2192 ${to.tally.node.name}: ${e.praise} praise, ${e.criticism} criticism, ${e.neutral} neutral (mean ${signed(e.meanScore)})`;
      return `<path d="${d}" fill="none" stroke="${netColour(e.net)}" stroke-width="${f(strokeWidth(volumeOf(e)))}" stroke-opacity="0.6" marker-end="url(#${uid}-${key})"><title>${escapeXml(tip)}</title></path>`;
    })
    .join('');
  const entry = (side: 'left' | 'right') => (c: (typeof layout.left)[number]): string => {
    const t = c.tally;
    const tip = `${t.node.name} (${t.node.type}): gives ${t.praiseGiven} praise, ${t.criticismGiven} criticism in ${t.stancesGiven} stances; receives ${t.praiseReceived} praise, ${t.criticismReceived} criticism in ${t.stancesReceived} stances`;
    const lx = side === 'left' ? c.x - DOT_GAP : c.x + DOT_GAP;
    return (
      `<g><title>${escapeXml(tip)}</title><circle cx="${f(c.x)}" cy="${f(c.y)}" r="3.5" fill="#eceff1" stroke="#455a64" stroke-width="1.2"/>` +
      `<text x="${f(lx)}" y="${f(c.y + 4)}" text-anchor="${side === 'left' ? 'end' : 'start'}" fill="#212121">${escapeXml(c.label)}</text></g>`
    );
  };
  const lines = (ls: readonly string[], y: number, step: number, attrs: string): string =>
    ls.map((l, i) => `<text x="${PAD}" y="${f(y + i * step)}"${attrs}>${escapeXml(l)}</text>`).join('');
  const xLeft = layout.left[0]?.x ?? layout.right[0]!.x;
  const xRight = layout.right[0]?.x ?? xLeft;
  const head =
    lines(layout.titleLines, layout.titleY, TITLE_FONT + 4, ` font-size="${TITLE_FONT}" font-weight="bold" fill="#212121"`) +
    lines(layout.captionLines, layout.captionY, FONT + 4, ' fill="#616161"') +
    `<text x="${f(xLeft - DOT_GAP)}" y="${f(layout.headerY)}" text-anchor="end" font-weight="bold" fill="#424242">${LEFT_HEADER}</text>` +
    `<text x="${f(xRight + DOT_GAP)}" y="${f(layout.headerY)}" font-weight="bold" fill="#424242">${RIGHT_HEADER}</text>`;
  const legend = lines(layout.legendLines, layout.legendY, FONT + 3, ` font-size="${FONT - 1}" fill="#616161"`);
  return svgDocument(
    width,
    height,
    title,
    `<rect width="${f(width)}" height="${f(height)}" fill="#ffffff"/><defs>${markers}</defs>${head}<g>${curves}</g><g>${layout.left.map(entry('left')).join('')}</g><g>${layout.right.map(entry('right')).join('')}</g>${legend}`,
  );
}
