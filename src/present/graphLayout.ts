import { volumeOf } from '../5-graph/busiestEdges.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';
import { resolveFilter, selectEntities, selectionCaption, type EntityFilter, type EntityTally, type Selection } from './selectEntities.js';
import { terminalText, truncate } from './text.js';
import { horizontalBox, textWidth, wrapText, type LabelBox } from './textWidth.js';

/** Geometry shared by the layout and the renderer. */
export const FONT = 12;
export const TITLE_FONT = 14;
const ROW = 20;
/** Margin of the drawing, and gap between a dot and its label. */
export const PAD = 16;
export const DOT_GAP = 8;
/** Headers of the two columns. */
export const LEFT_HEADER = 'who speaks';
export const RIGHT_HEADER = 'of whom';

export interface GraphLayoutOptions extends EntityFilter {
  /** Longest name drawn, in characters; the full name is in the tooltip. Default 40. */
  readonly maxLabel?: number;
}

/** One entity in a column: who speaks (left) or who is spoken of (right). */
export interface ColumnEntry {
  readonly tally: EntityTally;
  /** The label drawn: the name and its count of stances given (left) or received (right). */
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/**
 * A layered drawing of the praise graph, as plain data: speakers in a left column, the entities
 * they speak of in a right column, one curve per relation from left to right. Labels are
 * horizontal, one per row, so they never collide; the size follows from the longest label and
 * the number of rows.
 */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly selection: Selection;
  /** The title, wrapped, and the caption that says what is shown. */
  readonly titleLines: readonly string[];
  readonly captionLines: readonly string[];
  readonly left: readonly ColumnEntry[];
  readonly right: readonly ColumnEntry[];
  readonly edges: readonly { readonly edge: GraphEdge; readonly from: ColumnEntry; readonly to: ColumnEntry }[];
  readonly legendLines: readonly string[];
  /** Y of the first baseline of each text block. */
  readonly titleY: number;
  readonly captionY: number;
  readonly headerY: number;
  readonly legendY: number;
  /** Every label's box, titles and legend included: none overlaps another, none leaves the view box. */
  readonly boxes: readonly LabelBox[];
}

/** What a drawing without stances is: a small note that says so. */
export const EMPTY_SIZE = { width: 320, height: 40 } as const;
export const EMPTY_NOTE = 'no stances';
const EMPTY_LAYOUT = {
  ...EMPTY_SIZE,
  left: [],
  right: [],
  edges: [],
  legendLines: [],
  titleY: 0,
  captionY: 0,
  headerY: 0,
  legendY: 0,
  boxes: [horizontalBox(EMPTY_NOTE, EMPTY_SIZE.width / 2, 24, FONT, 'middle')],
};

export const LEGEND = 'Each curve: the entity on the left speaks of the one on the right. Colour: net praise (green), net criticism (red), even (grey). Width: number of stances.';

/**
 * Lays the graph out in two columns. Speakers are ordered by stances given, most first; the
 * entities spoken of by the mean row of their speakers (weighted by stances), which keeps most
 * curves short and few crossing, ties by stances received. Deterministic: the same graph gives
 * the same layout.
 */
export function graphLayout(graph: PraiseGraph, options: GraphLayoutOptions = {}): GraphLayout {
  const filter = resolveFilter(options, 'graphToSvg');
  const maxLabel = options.maxLabel ?? 40;
  const selection = selectEntities(graph, filter);
  const name = (t: EntityTally): string => truncate(terminalText(t.node.name), maxLabel);
  const drawnFrom = new Set(selection.edges.map((e) => e.source));
  const drawnTo = new Set(selection.edges.map((e) => e.target));
  const speakers = selection.entities.filter((t) => drawnFrom.has(t.node.id)).sort((a, b) => b.stancesGiven - a.stancesGiven || a.order - b.order);
  const rowOf = new Map(speakers.map((t, i) => [t.node.id, i]));
  const weight = new Map<string, { sum: number; n: number }>();
  for (const e of selection.edges) {
    const w = weight.get(e.target) ?? { sum: 0, n: 0 };
    const v = volumeOf(e);
    w.sum += (rowOf.get(e.source) ?? 0) * v;
    w.n += v;
    weight.set(e.target, w);
  }
  const centre = (t: EntityTally): number => {
    const w = weight.get(t.node.id);
    return w && w.n ? w.sum / w.n : Infinity;
  };
  const spoken = selection.entities
    .filter((t) => drawnTo.has(t.node.id))
    .sort((a, b) => centre(a) - centre(b) || b.stancesReceived - a.stancesReceived || a.order - b.order);

  const leftLabels = speakers.map((t) => `${name(t)} (${t.stancesGiven})`);
  const rightLabels = spoken.map((t) => `(${t.stancesReceived}) ${name(t)}`);
  const leftW = Math.max(textWidth(LEFT_HEADER, FONT, true), ...leftLabels.map((l) => textWidth(l, FONT)), 60);
  const rightW = Math.max(textWidth(RIGHT_HEADER, FONT, true), ...rightLabels.map((l) => textWidth(l, FONT)), 60);
  const rows = Math.max(speakers.length, spoken.length, 1);
  const middle = Math.max(220, Math.min(420, rows * 9));
  const width = Math.ceil(PAD + leftW + DOT_GAP * 2 + middle + DOT_GAP * 2 + rightW + PAD);
  const textMax = width - 2 * PAD;
  const title = `Praise graph: who praises or criticises whom (${graph.nodes.length} entities, ${graph.edges.length} relations in all)`;
  const titleLines = wrapText(title, TITLE_FONT, textMax, true);
  const captionLines = wrapText(selectionCaption(selection, new Set([...drawnFrom, ...drawnTo]).size), FONT, textMax);
  const legendLines = wrapText(LEGEND, FONT - 1, textMax);
  const titleY = PAD + TITLE_FONT;
  const captionY = titleY + (titleLines.length - 1) * (TITLE_FONT + 4) + FONT + 8;
  const headerY = captionY + (captionLines.length - 1) * (FONT + 4) + FONT + 16;
  const firstRow = headerY + ROW;
  const xLeftDot = PAD + leftW + DOT_GAP;
  const xRightDot = xLeftDot + DOT_GAP + middle + DOT_GAP;
  // both columns centred on the same middle row, so a short column does not hang at the top
  const offset = (n: number): number => ((rows - n) * ROW) / 2;
  const left = speakers.map((tally, i) => ({ tally, label: leftLabels[i]!, x: xLeftDot, y: firstRow + offset(speakers.length) + i * ROW }));
  const right = spoken.map((tally, i) => ({ tally, label: rightLabels[i]!, x: xRightDot, y: firstRow + offset(spoken.length) + i * ROW }));
  const legendY = firstRow + rows * ROW + 8;
  const height = Math.ceil(legendY + (legendLines.length - 1) * (FONT + 3) + PAD);
  const byLeft = new Map(left.map((c) => [c.tally.node.id, c]));
  const byRight = new Map(right.map((c) => [c.tally.node.id, c]));
  const edges = selection.edges
    .map((edge) => ({ edge, from: byLeft.get(edge.source)!, to: byRight.get(edge.target)! }))
    .filter((e) => e.from && e.to);

  if (left.length === 0) return { ...EMPTY_LAYOUT, selection, titleLines, captionLines };
  const boxes: LabelBox[] = [
    ...titleLines.map((l, i) => horizontalBox(l, PAD, titleY + i * (TITLE_FONT + 4), TITLE_FONT, 'start', true)),
    ...captionLines.map((l, i) => horizontalBox(l, PAD, captionY + i * (FONT + 4), FONT, 'start')),
    horizontalBox(LEFT_HEADER, xLeftDot - DOT_GAP, headerY, FONT, 'end', true),
    horizontalBox(RIGHT_HEADER, xRightDot + DOT_GAP, headerY, FONT, 'start', true),
    ...left.map((c) => horizontalBox(c.label, c.x - DOT_GAP, c.y + 4, FONT, 'end')),
    ...right.map((c) => horizontalBox(c.label, c.x + DOT_GAP, c.y + 4, FONT, 'start')),
    ...legendLines.map((l, i) => horizontalBox(l, PAD, legendY + i * (FONT + 3), FONT - 1, 'start')),
  ];
  return { width, height, selection, titleLines, captionLines, left, right, edges, legendLines, titleY, captionY, headerY, legendY, boxes };
}
