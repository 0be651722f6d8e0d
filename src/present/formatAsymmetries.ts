import type { Asymmetry } from '../5-graph/asymmetry.js';
import { escapeXml } from '../util/escapeXml.js';
import { ASYMMETRY_HEADERS, ASYMMETRY_LEGEND, ASYMMETRY_TITLE, ONE_SIDED_TITLE, asymmetryCells } from './asymmetryTable.js';
import { htmlTable } from './html.js';
import { terminalText, textTable, truncate } from './text.js';

/** The pairs both sides speak in (with an index), and the one-sided pairs, listed apart. */
function bySides(pairs: readonly Asymmetry[]): { two: Asymmetry[]; one: Asymmetry[] } {
  return { two: pairs.filter((p) => !p.oneSided && p.index !== null), one: pairs.filter((p) => p.oneSided) };
}

/**
 * Asymmetries from `asymmetries()` or `asymmetry()` as a plain-text section for a terminal: the
 * title, the definition of the index and of tone, a table with both directions' counts, net and
 * tone, the index and its interval, one sentence per pair (a verdict only where the interval
 * excludes 0); then the one-sided pairs apart, one sentence each. Names are terminal-safe and cut
 * to `maxText` characters (default 40). No pairs give ''.
 *
 * @example
 * console.log(formatAsymmetries([...asymmetries(graph), ...asymmetries(graph, { oneSided: 'only' })]));
 * // Who gives whom more net praise
 * // index = (net a→b − net b→a) ÷ (praise + criticism, both ways): …
 */
export function formatAsymmetries(pairs: readonly Asymmetry[], options: { readonly maxText?: number } = {}): string {
  const max = options.maxText ?? 40;
  const { two, one } = bySides(pairs);
  const sentence = (text: string): string => `  - ${terminalText(text)}`;
  const parts: string[] = [];
  if (two.length) {
    const table = textTable(
      [...ASYMMETRY_HEADERS],
      two.map((p) => asymmetryCells(p, (n) => truncate(terminalText(n), max))),
      ['left', 'left', ...Array<'right'>(12).fill('right')],
    );
    parts.push(`${ASYMMETRY_TITLE}\n${ASYMMETRY_LEGEND.join('\n')}\n${table}\n${two.map((p) => sentence(p.summary)).join('\n')}`);
  }
  if (one.length) parts.push(`${ONE_SIDED_TITLE}\n${one.map((p) => sentence(p.summary)).join('\n')}`);
  return parts.join('\n\n');
}

/**
 * The same section as HTML: a table captioned with the definitions, each pair with its sentence,
 * then the one-sided pairs as a list. All text escaped. No pairs give ''.
 *
 * @example
 * asymmetriesToHtml(asymmetries(graph)); // '<table …><caption …>Who gives whom more net praise. index = …'
 */
export function asymmetriesToHtml(pairs: readonly Asymmetry[]): string {
  const { two, one } = bySides(pairs);
  const right = 'text-align:right';
  const table = two.length
    ? htmlTable(
        `${ASYMMETRY_TITLE}. ${ASYMMETRY_LEGEND.join('. ')}`,
        [...ASYMMETRY_HEADERS, 'reading'],
        two.map((p) => {
          const cells = asymmetryCells(p);
          return [cells[0]!, cells[1]!, ...cells.slice(2).map((text) => ({ text, style: right })), { text: p.summary, style: p.verdict ? 'font-weight:600' : 'color:#616161' }];
        }),
      )
    : '';
  const list = one.length
    ? `<p style="margin:0.5em 0 0.2em;font:600 13px system-ui,sans-serif">${escapeXml(ONE_SIDED_TITLE)}</p><ul style="margin:0;font:13px/1.4 system-ui,sans-serif">${one.map((p) => `<li>${escapeXml(p.summary)}</li>`).join('')}</ul>`
    : '';
  return `${table}${list}`;
}
