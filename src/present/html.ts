import { escapeXml } from '../util/escapeXml.js';
import { CRITICISM_COLOUR, PRAISE_COLOUR } from './graphStyle.js';

/** Shared pieces of the HTML renderers; every cell goes through `escapeXml`. */

export const TABLE_STYLE = 'border-collapse:collapse;font:13px/1.4 system-ui,sans-serif;margin:0.5em 0';
const CELL = 'border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top';

/** A cell that is text (escaped) or a number (right-aligned). */
export type Cell = string | number | { readonly text: string; readonly style?: string };

/** An HTML table with a caption and a header row; all text escaped. */
export function htmlTable(caption: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const th = headers.map((h) => `<th style="${CELL}">${escapeXml(h)}</th>`).join('');
  const td = (c: Cell): string => {
    if (typeof c === 'number') return `<td style="${CELL};text-align:right">${escapeXml(String(c))}</td>`;
    if (typeof c === 'string') return `<td style="${CELL}">${escapeXml(c)}</td>`;
    return `<td style="${CELL}${c.style ? `;${escapeXml(c.style)}` : ''}">${escapeXml(c.text)}</td>`;
  };
  const body = rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('');
  return `<table style="${TABLE_STYLE}"><caption style="text-align:left;font-weight:600">${escapeXml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The colour of a polarity in tables. */
export function polarityStyle(polarity: string): string {
  return polarity === 'praise' ? `color:${PRAISE_COLOUR}` : polarity === 'criticism' ? `color:${CRITICISM_COLOUR}` : 'color:#616161';
}
