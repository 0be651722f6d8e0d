import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildPraiseGraph } from '../../src/5-graph/buildPraiseGraph.js';
import { analyze } from '../../src/analyze.js';
import { graphLayout } from '../../src/present/graphLayout.js';
import { graphToSvg } from '../../src/present/graphToSvg.js';
import { heatmapLayout, heatmapSvg } from '../../src/present/heatmapSvg.js';

/**
 * The corpus drawings rendered to PNG by a real rasteriser (librsvg's rsvg-convert, Debian package
 * librsvg2-bin, installed by .ci/run): the SVG must be valid for it and come out at the size the
 * layout computed. Skipped where rsvg-convert is missing, except in CI.
 */
const rsvg = spawnSync('rsvg-convert', ['--version'], { encoding: 'utf8' });
const available = rsvg.status === 0;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function rasterise(svg: string): Buffer {
  const run = spawnSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr?.toString()).toBe(0);
  return run.stdout;
}

describe.skipIf(!available && !process.env.CI)('the corpus drawings rasterise (rsvg-convert)', () => {
  const dir = fileURLToPath(new URL('../../corpus/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const graph = buildPraiseGraph(files.map((f) => analyze(readFileSync(join(dir, f), 'utf8'), { id: f.replace(/\.txt$/, '') })));

  test('the corpus has enough to draw', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(graph.edges.length).toBeGreaterThanOrEqual(20);
  });

  test.each([
    ['graphToSvg', () => graphToSvg(graph), () => graphLayout(graph)],
    ['heatmapSvg', () => heatmapSvg(graph), () => heatmapLayout(graph)],
  ])('%s renders to a PNG of the computed size', (_, draw, layout) => {
    const { width, height } = pngSize(rasterise(draw()));
    const l = layout();
    expect([width, height]).toEqual([l.width, l.height]);
    expect(width).toBeGreaterThanOrEqual(400);
    expect(height).toBeGreaterThanOrEqual(300);
    expect(width).toBeLessThanOrEqual(4000);
    expect(height).toBeLessThanOrEqual(4000);
  });
});
