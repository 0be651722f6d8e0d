import { escapeXml } from '../util/escapeXml.js';

/** Shared pieces of the SVG renderers. */

/** A coordinate with one decimal: short output, and the same text on every platform. */
export function f(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** An SVG document with a title for screen readers; `body` must already be escaped. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" ` +
    `font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" role="img">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}
