import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import type { PraiseGraph } from '../../src/model/index.js';
import { graphLayout } from '../../src/present/graphLayout.js';
import { graphToSvg } from '../../src/present/graphToSvg.js';
import { heatmapLayout, heatmapSvg } from '../../src/present/heatmapSvg.js';
import { boxInside, boxesOverlap, horizontalBox, rotatedBox, textWidth, type LabelBox } from '../../src/present/textWidth.js';
import { hostileAnalysis, sanctions, summit } from '../5-graph/fixtures.js';
import { parseXml } from '../5-graph/xml.js';

/** A corpus-sized graph of invented entities, some with very long names, edges from a seeded generator. */
function bigGraph(): PraiseGraph {
  const first = ['Anneliese', 'Bartholomew', 'Chidi', 'Dagny', 'Eero', 'Fatoumata', 'Grzegorz', 'Hyun-woo', 'Ingrid', 'Józef'];
  const last = ['Vandermeersch', 'Oyelaran', 'Østergaard-Lindqvist', 'Nakamura', 'Papadopoulou', 'Quispe', 'Rautenbach', 'Szczepański', 'Wiśniewska', 'Zeller'];
  const offices = ['Ministry of Coastal Infrastructure and Fisheries', 'Standing Committee on Regional Development', 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 'Mmmm Mmmm Mmmm Mmmm Mmmm Mmmm'];
  const names = [...offices];
  for (let i = 0; names.length < 300; i++) names.push(`${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i >= 100 ? ` ${i}` : ''}`);
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodes = names.map((name, i) => ({ id: `e${i}`, name, type: 'person' as const, aliases: [], articleIds: ['a'] }));
  const pairs = new Map<string, PraiseGraph['edges'][number]>();
  for (let k = 0; k < 900; k++) {
    // a few busy speakers and targets, a long tail
    const s = Math.floor(random() ** 3 * names.length);
    const t = Math.floor(random() ** 2 * names.length);
    const key = `${s},${t}`;
    const e = pairs.get(key) ?? { source: `e${s}`, target: `e${t}`, praise: 0, criticism: 0, neutral: 0, net: 0, meanScore: 0, utteranceIds: [], articleIds: ['a'] };
    const r = random();
    if (r < 0.4) e.praise++;
    else if (r < 0.7) e.criticism++;
    else e.neutral++;
    e.net = e.praise - e.criticism;
    pairs.set(key, e);
  }
  return { nodes, edges: [...pairs.values()] };
}

function expectLegible(boxes: readonly LabelBox[], width: number, height: number, svg: string): void {
  const root = parseXml(svg);
  expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`);
  for (const b of boxes) expect(boxInside(b, width, height), `"${b.text}" is clipped`).toBe(true);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(boxesOverlap(boxes[i]!, boxes[j]!), `"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`).toBe(false);
    }
  }
}

const graphs: [string, PraiseGraph][] = [
  ['two invented articles', buildPraiseGraph([summit, sanctions])],
  ['a hostile article', buildPraiseGraph(hostileAnalysis())],
  ['300 invented entities, 900 stances', bigGraph()],
];

describe('text boxes', () => {
  test('wider text is wider; boxes that share space overlap, boxes side by side do not', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    const a = horizontalBox('Anneliese', 10, 20, 12, 'start');
    expect(boxesOverlap(a, horizontalBox('Bartholomew', 30, 24, 12, 'start'))).toBe(true);
    expect(boxesOverlap(a, horizontalBox('Bartholomew', 10, 40, 12, 'start'))).toBe(false);
    expect(boxesOverlap(rotatedBox('Chidi Nakamura', 100, 100, 12, -45), rotatedBox('Dagny Quispe', 128, 100, 12, -45))).toBe(false);
    expect(boxesOverlap(rotatedBox('Chidi Nakamura', 100, 100, 12, -45), rotatedBox('Dagny Quispe', 104, 100, 12, -45))).toBe(true);
    expect(boxInside(horizontalBox('Zeller', 2, 5, 12, 'start'), 100, 100)).toBe(false);
  });
});

describe.each(graphs)('labels of %s', (_, graph) => {
  test.each([[{}], [{ maxNodes: 120 }], [{ maxNodes: 10, minStances: 3 }]])('graphToSvg %j: no label overlaps another or leaves the drawing', (options) => {
    const layout = graphLayout(graph, options);
    expect(layout.boxes.length).toBeGreaterThan(0);
    expectLegible(layout.boxes, layout.width, layout.height, graphToSvg(graph, options));
  });

  test.each([[{}], [{ maxNodes: 60 }]])('heatmapSvg %j: no label overlaps another or leaves the drawing', (options) => {
    const layout = heatmapLayout(graph, options);
    expectLegible(layout.boxes, layout.width, layout.height, heatmapSvg(graph, options));
  });
});

describe('at corpus scale', () => {
  const big = bigGraph();

  test('the caption tells what is shown of how much', () => {
    const layout = graphLayout(big);
    const withStances = new Set(big.edges.flatMap((e) => [e.source, e.target])).size;
    expect(layout.titleLines.join(' ')).toContain(`(300 entities, ${big.edges.length} relations in all)`);
    const shown = new Set([...layout.left, ...layout.right].map((c) => c.tally.node.id)).size;
    expect(layout.captionLines.join(' ')).toMatch(new RegExp(`^${shown} entities of ${withStances} with stances, ${layout.edges.length} of ${big.edges.length} relations; taken from the 40 with most stances; \\d+ more entities are only mentioned$`));
  });

  test('the size follows the content: more rows, a taller drawing; names are never cut below maxLabel', () => {
    const few = graphLayout(big, { maxNodes: 10 });
    const many = graphLayout(big, { maxNodes: 120 });
    expect(many.height).toBeGreaterThan(few.height);
    const label = graphLayout(big).left.find((c) => c.tally.node.name.startsWith('Ministry'));
    expect(label).toBeDefined();
    // 40 characters: 39 of the name and the ellipsis, then the count of stances given
    expect(label!.label).toMatch(/^Ministry of Coastal Infrastructure and \u2026 \(\d+\)$/);
  });

  test('heat map rows run by praise given, columns by praise received', () => {
    const layout = heatmapLayout(big);
    const given = layout.rows.map((t) => t.praiseGiven);
    const received = layout.columns.map((t) => t.praiseReceived);
    expect(given).toEqual(given.slice().sort((a, b) => b - a));
    expect(received).toEqual(received.slice().sort((a, b) => b - a));
  });
});
