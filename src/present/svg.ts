import { escapeXml } from '../util/escapeXml.js';
import type { GraphEdge, PraiseGraph } from '../model/graph.js';

/** Shared pieces of the SVG renderers. */

/** A coordinate with one decimal: short output, and the same text on every platform. */
export function f(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export function volumeOf(e: Pick<GraphEdge, 'praise' | 'criticism' | 'neutral'>): number {
  return e.praise + e.criticism + e.neutral;
}

/**
 * The `max` edges with the most praise and criticism, then the most stances, ties in graph order:
 * what the tables show first. (A relation of neutral mentions only never pushes one that praises
 * or criticises out of a cut table.)
 */
export function busiestEdges(graph: PraiseGraph, max: number): GraphEdge[] {
  return graph.edges
    .map((e, i) => ({ e, i }))
    .sort((x, y) => y.e.praise + y.e.criticism - (x.e.praise + x.e.criticism) || volumeOf(y.e) - volumeOf(x.e) || x.i - y.i)
    .slice(0, Math.max(0, max))
    .map(({ e }) => e);
}

/** An SVG document with a title for screen readers; `body` must already be escaped. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" ` +
    `font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" role="img">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}
