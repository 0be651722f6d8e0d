/**
 * Text helpers shared by the renderers. Article text may hold anything; these make it safe and
 * short before it reaches a terminal or a drawing.
 */

/**
 * Makes article text safe for a terminal cell: control characters (ESC starts colour and cursor
 * sequences, so a hostile article could rewrite the screen), line breaks and bidirectional
 * overrides (which reorder what a reader sees) become spaces; runs of space collapse.
 */
export function terminalText(text: string): string {
  return String(text)
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Shortens to at most `max` code points, ending in `…` when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}\u2026`;
}

/** A signed number with fixed decimals: `+0.80`, `−0.25` (true minus sign), `0.00`; `signedRatio` of the asymmetry tables. */
export { signedRatio as signed } from '../5-graph/asymmetryDefinition.js';

/** Code-point length, the width a terminal gives most text. */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * A plain-text table: a header, a rule, and rows, columns padded to their widest cell; the last
 * column is not padded. Cells must already be terminal-safe.
 */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)));
        if (align[i] === 'right') return pad + c;
        return i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A short deterministic hash (FNV-1a, base 36) used to give each drawing its own element ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
