/**
 * Text measurement for drawings that must place labels without a browser: an estimate of the
 * width of a string in a sans-serif font, per character class, on the wide side (the figures
 * are those of DejaVu Sans, the widest of the common sans-serif fallbacks), so a label that fits
 * here fits in Helvetica, Arial or Segoe UI too.
 */

/** Width of a character as a share of the font size. */
function charWidth(ch: string): number {
  if (/[ilj.,:;'|!`\u00b7]/.test(ch)) return 0.32;
  if (ch === ' ') return 0.33;
  if (/[frt()[\]{}\-"]/.test(ch)) return 0.42;
  if (/[mwMW@%\u2014]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9+\u2212=<>#$_~^*?]/.test(ch)) return 0.64;
  if (/[a-z]/.test(ch)) return 0.61;
  // letters of other scripts, accents, symbols: as wide as a capital; CJK and emoji a full em
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2e80) return 1;
  return 0.74;
}

/** Estimated width in pixels of `text` at `fontSize` (bold adds 8%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize * (bold ? 1.08 : 1);
}

/** Breaks `text` at spaces into lines no wider than `max` pixels (a word wider than `max` stands alone). */
export function wrapText(text: string, fontSize: number, max: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A label's box: the four corners of the (possibly rotated) rectangle its text occupies. */
export interface LabelBox {
  readonly text: string;
  readonly corners: readonly (readonly [number, number])[];
}

/** The box of a horizontal label whose baseline starts at (x, y), anchored `start`, `middle` or `end`. */
export function horizontalBox(text: string, x: number, y: number, fontSize: number, anchor: 'start' | 'middle' | 'end', bold = false): LabelBox {
  const w = textWidth(text, fontSize, bold);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const top = y - fontSize * 0.95;
  const bottom = y + fontSize * 0.3;
  return { text, corners: [[left, top], [left + w, top], [left + w, bottom], [left, bottom]] };
}

/** The box of a label starting at (x, y), rotated by `degrees` (negative: up to the right), anchored at its start. */
export function rotatedBox(text: string, x: number, y: number, fontSize: number, degrees: number): LabelBox {
  const w = textWidth(text, fontSize);
  const a = (degrees * Math.PI) / 180;
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  // the text's "up" direction, perpendicular to the baseline
  const vx = Math.sin(a);
  const vy = -Math.cos(a);
  const up = fontSize * 0.95;
  const down = fontSize * 0.3;
  const p = (along: number, across: number): [number, number] => [x + ux * along + vx * across, y + uy * along + vy * across];
  return { text, corners: [p(0, -down), p(w, -down), p(w, up), p(0, up)] };
}

/** True when two convex boxes overlap (separating-axis test); touching edges do not count. */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  for (const poly of [a.corners, b.corners]) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i]!;
      const [x2, y2] = poly[(i + 1) % poly.length]!;
      const nx = y2 - y1;
      const ny = x1 - x2;
      const project = (c: readonly (readonly [number, number])[]): [number, number] => {
        let lo = Infinity;
        let hi = -Infinity;
        for (const [x, y] of c) {
          const d = x * nx + y * ny;
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
        return [lo, hi];
      };
      const [alo, ahi] = project(a.corners);
      const [blo, bhi] = project(b.corners);
      if (ahi <= blo + 1e-6 || bhi <= alo + 1e-6) return false;
    }
  }
  return true;
}

/** True when every corner of the box lies within a `width` × `height` view box. */
export function boxInside(box: LabelBox, width: number, height: number): boolean {
  return box.corners.every(([x, y]) => x >= -1e-6 && y >= -1e-6 && x <= width + 1e-6 && y <= height + 1e-6);
}
