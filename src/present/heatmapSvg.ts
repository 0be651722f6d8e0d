import { direction, signedCount } from '../5-graph/asymmetryDefinition.js';
import { escapeXml } from '../util/escapeXml.js';
import { PlauditError } from '../model/errors.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { EMPTY_NOTE, EMPTY_SIZE } from './graphLayout.js';
import { CRITICISM_COLOUR, PRAISE_COLOUR } from './graphStyle.js';
import { resolveFilter, selectEntities, selectionCaption, type EntityFilter, type EntityTally, type Selection } from './selectEntities.js';
import { f, svgDocument } from './svg.js';
import { volumeOf } from '../5-graph/busiestEdges.js';
import { hash, signed, terminalText, truncate } from './text.js';
import { horizontalBox, rotatedBox, textWidth, wrapText, type LabelBox } from './textWidth.js';

export interface HeatmapOptions extends EntityFilter {
  /** Side of a cell in pixels. Default 28. */
  readonly cell?: number;
  /** Longest name drawn, in characters; the full name is in the tooltip. Default 32. */
  readonly maxLabel?: number;
}

/** The heat map as plain data: rows, columns, cells and every label's box. */
export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  readonly selection: Selection;
  /** Speakers, most praise given first. */
  readonly rows: readonly EntityTally[];
  /** Entities spoken of, most praise received first. */
  readonly columns: readonly EntityTally[];
  readonly cell: number;
  readonly gridX: number;
  readonly gridY: number;
  /** Baselines of the colour scale and of the legend. */
  readonly scaleY: number;
  readonly legendY: number;
  readonly titleLines: readonly string[];
  readonly captionLines: readonly string[];
  readonly legendLines: readonly string[];
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** Every label's box: none overlaps another, none leaves the view box. */
  readonly boxes: readonly LabelBox[];
}

const FONT = 12;
const TITLE_FONT = 14;
const PAD = 16;
const ANGLE = -45;
export const HEATMAP_LEGEND = 'Row speaks of column. Cell colour: tone, net ÷ stances (green praise, red criticism, white even; grey: no stances); number: net (praise − criticism). Names: (+praise −criticism) given by a row, received by a column; rows sorted by praise given, columns by praise received.';

/** Mixes white toward a `#rrggbb` colour by t in [0, 1]. */
function tint(hex: string, t: number): string {
  const c = [1, 3, 5].map((i) => Math.round(255 + (parseInt(hex.slice(i, i + 2), 16) - 255) * Math.max(0, Math.min(1, t))));
  return `rgb(${c.join(',')})`;
}

/**
 * Lays the praise matrix out: a row per speaker, sorted by praise given (most first, then net
 * given, then stances given), a column per entity spoken of, sorted by praise received. Row names
 * are right-aligned; column names run up at 45°, one per column, so no two touch; the size
 * follows from the names and the number of rows and columns.
 */
export function heatmapLayout(graph: PraiseGraph, options: HeatmapOptions = {}): HeatmapLayout {
  const filter = resolveFilter({ maxNodes: options.maxNodes ?? 30, minStances: options.minStances }, 'heatmapSvg');
  const cell = options.cell ?? 28;
  if (!(Number.isFinite(cell) && cell >= 16)) throw new PlauditError('invalid-options', `plaudit: heatmapSvg cell must be a number of at least 16, got ${String(cell)}`);
  const maxLabel = options.maxLabel ?? 32;
  const selection = selectEntities(graph, filter);
  const from = new Set(selection.edges.map((e) => e.source));
  const to = new Set(selection.edges.map((e) => e.target));
  const rows = selection.entities
    .filter((t) => from.has(t.node.id))
    .sort((a, b) => b.praiseGiven - a.praiseGiven || b.praiseGiven - b.criticismGiven - (a.praiseGiven - a.criticismGiven) || b.stancesGiven - a.stancesGiven || a.order - b.order);
  const columns = selection.entities
    .filter((t) => to.has(t.node.id))
    .sort((a, b) => b.praiseReceived - a.praiseReceived || b.praiseReceived - b.criticismReceived - (a.praiseReceived - a.criticismReceived) || b.stancesReceived - a.stancesReceived || a.order - b.order);
  const name = (t: EntityTally): string => truncate(terminalText(t.node.name), maxLabel);
  const rowLabels = rows.map((t) => `${name(t)} (+${t.praiseGiven} \u2212${t.criticismGiven})`);
  const columnLabels = columns.map((t) => `${name(t)} (+${t.praiseReceived} \u2212${t.criticismReceived})`);
  const rowW = Math.max(40, ...rowLabels.map((l) => textWidth(l, FONT)));
  const colW = Math.max(0, ...columnLabels.map((l) => textWidth(l, FONT)));
  const s = Math.SQRT1_2;
  const gridX = PAD + rowW + 8;
  const gridW = columns.length * cell;
  // the last column's name runs up and right beyond the grid
  const overflow = columns.length ? colW * s + FONT * s : 0;
  const minText = 420;
  const width = Math.ceil(Math.max(gridX + gridW + Math.max(0, overflow - cell / 2) + PAD, PAD * 2 + minText));
  const textMax = width - 2 * PAD;
  const titleLines = wrapText(`Praise matrix: who praises or criticises whom (${graph.nodes.length} entities, ${graph.edges.length} relations in all)`, TITLE_FONT, textMax, true);
  const drawn = new Set([...rows, ...columns].map((t) => t.node.id)).size;
  const captionLines = wrapText(selectionCaption(selection, drawn), FONT, textMax);
  const legendLines = wrapText(HEATMAP_LEGEND, FONT - 1, textMax);
  const titleY = PAD + TITLE_FONT;
  const captionY = titleY + (titleLines.length - 1) * (TITLE_FONT + 4) + FONT + 8;
  const labelsTop = captionY + (captionLines.length - 1) * (FONT + 4) + 12;
  const gridY = Math.ceil(labelsTop + colW * s + FONT + 8);
  const scaleY = gridY + rows.length * cell + 12;
  const legendY = scaleY + 34;
  const height = Math.ceil(legendY + (legendLines.length - 1) * (FONT + 3) + 4 + PAD);
  if (rows.length === 0) {
    return { ...EMPTY_SIZE, selection, rows, columns, cell, gridX: 0, gridY: 0, scaleY: 0, legendY: 0, titleLines, captionLines, legendLines: [], rowLabels, columnLabels, boxes: [horizontalBox(EMPTY_NOTE, EMPTY_SIZE.width / 2, 24, FONT, 'middle')] };
  }
  const boxes: LabelBox[] = [
    ...titleLines.map((l, i) => horizontalBox(l, PAD, titleY + i * (TITLE_FONT + 4), TITLE_FONT, 'start', true)),
    ...captionLines.map((l, i) => horizontalBox(l, PAD, captionY + i * (FONT + 4), FONT, 'start')),
    ...rowLabels.map((l, i) => horizontalBox(l, gridX - 6, gridY + i * cell + cell / 2 + 4, FONT, 'end')),
    ...columnLabels.map((l, i) => rotatedBox(l, gridX + i * cell + cell / 2, gridY - 6, FONT, ANGLE)),
    horizontalBox('tone \u22121', PAD, scaleY + 9, 11, 'start'),
    horizontalBox('+1', PAD + 178, scaleY + 9, 11, 'start'),
    ...legendLines.map((l, i) => horizontalBox(l, PAD, legendY + i * (FONT + 3), FONT - 1, 'start')),
  ];
  return { width, height, selection, rows, columns, cell, gridX, gridY, scaleY, legendY, titleLines, captionLines, legendLines, rowLabels, columnLabels, boxes };
}

/**
 * The praise matrix as an SVG heat map that stays legible at corpus scale: a row per speaker,
 * sorted by praise given, a column per entity spoken of, sorted by praise received, each cell
 * coloured by the tone of the relation (net ÷ stances: deep green all praise, deep red all
 * criticism, white even; light grey no stances) and labelled with its net count. Each name carries
 * its praise and criticism given (rows) or received (columns). At most `maxNodes` entities
 * (default 30), those with the most stances, each with at least `minStances`; the caption says how
 * many of how many are shown. Hovering a cell shows its counts. Names are escaped, cleared of
 * control and bidirectional-override characters, and cut to `maxLabel` characters.
 *
 * An empty graph gives a small drawing that says so.
 *
 * @example
 * heatmapSvg(graph, { maxNodes: 20 }); // '<svg xmlns="http://www.w3.org/2000/svg" …><title>Praise matrix …'
 */
export function heatmapSvg(graph: PraiseGraph, options: HeatmapOptions = {}): string {
  const layout = heatmapLayout(graph, options);
  const { rows, columns, cell: size, gridX, gridY, width, height } = layout;
  const title = `${layout.titleLines.join(' ')}: ${layout.captionLines.join(' ')}`;
  if (rows.length === 0) return svgDocument(EMPTY_SIZE.width, EMPTY_SIZE.height, title, `<text x="${EMPTY_SIZE.width / 2}" y="24" text-anchor="middle" fill="#757575">${EMPTY_NOTE}</text>`);
  const uid = `pl${hash(JSON.stringify([rows.map((t) => t.node.id), columns.map((t) => t.node.id)]))}`;
  const cells = new Map<string, GraphEdge>();
  for (const e of layout.selection.edges) cells.set(JSON.stringify([e.source, e.target]), e);
  const parts: string[] = [`<rect width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`];
  const lines = (ls: readonly string[], y: number, step: number, attrs: string): string =>
    ls.map((l, i) => `<text x="${PAD}" y="${f(y + i * step)}"${attrs}>${escapeXml(l)}</text>`).join('');
  const titleY = PAD + TITLE_FONT;
  const captionY = titleY + (layout.titleLines.length - 1) * (TITLE_FONT + 4) + FONT + 8;
  parts.push(lines(layout.titleLines, titleY, TITLE_FONT + 4, ` font-size="${TITLE_FONT}" font-weight="bold" fill="#212121"`));
  parts.push(lines(layout.captionLines, captionY, FONT + 4, ' fill="#616161"'));
  rows.forEach((t, i) => {
    parts.push(`<text x="${f(gridX - 6)}" y="${f(gridY + i * size + size / 2 + 4)}" text-anchor="end" fill="#212121"><title>${escapeXml(t.node.name)}</title>${escapeXml(layout.rowLabels[i]!)}</text>`);
  });
  columns.forEach((t, i) => {
    const x = gridX + i * size + size / 2;
    parts.push(`<text x="${f(x)}" y="${f(gridY - 6)}" transform="rotate(${ANGLE} ${f(x)} ${f(gridY - 6)})" fill="#212121"><title>${escapeXml(t.node.name)}</title>${escapeXml(layout.columnLabels[i]!)}</text>`);
  });
  rows.forEach((r, i) => {
    columns.forEach((c, j) => {
      const e = cells.get(JSON.stringify([r.node.id, c.node.id]));
      const x = gridX + j * size;
      const y = gridY + i * size;
      if (!e || volumeOf(e) === 0) {
        parts.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(size)}" height="${f(size)}" fill="#f5f5f5" stroke="#fff"/>`);
        return;
      }
      const tone = direction(e).tone ?? 0;
      const fill = tone > 0 ? tint(PRAISE_COLOUR, tone) : tone < 0 ? tint(CRITICISM_COLOUR, -tone) : '#ffffff';
      const ink = Math.abs(tone) > 0.55 ? '#ffffff' : '#212121';
      const tip = `${r.node.name} \u2192 ${c.node.name}: ${e.praise} praise, ${e.criticism} criticism, ${e.neutral} neutral (net ${e.net}, tone ${signed(tone)}, mean score ${signed(e.meanScore)})`;
      parts.push(
        `<g><title>${escapeXml(tip)}</title><rect x="${f(x)}" y="${f(y)}" width="${f(size)}" height="${f(size)}" fill="${fill}" stroke="#e0e0e0"/>` +
          `<text x="${f(x + size / 2)}" y="${f(y + size / 2 + 4)}" text-anchor="middle" font-size="11" fill="${ink}">${signedCount(e.net)}</text></g>`,
      );
    });
  });
  const ly = layout.scaleY;
  parts.push(
    `<defs><linearGradient id="${uid}-scale"><stop offset="0" stop-color="${tint(CRITICISM_COLOUR, 1)}"/><stop offset="0.5" stop-color="#ffffff"/><stop offset="1" stop-color="${tint(PRAISE_COLOUR, 1)}"/></linearGradient></defs>` +
      `<g font-size="11" fill="#616161"><text x="${PAD}" y="${f(ly + 9)}">tone \u22121</text>` +
      `<rect x="${PAD + 52}" y="${f(ly)}" width="120" height="10" fill="url(#${uid}-scale)" stroke="#e0e0e0"/>` +
      `<text x="${PAD + 178}" y="${f(ly + 9)}">+1</text></g>`,
  );
  parts.push(lines(layout.legendLines, layout.legendY, FONT + 3, ` font-size="${FONT - 1}" fill="#616161"`));
  return svgDocument(width, height, title, parts.join(''));
}
