import { asymmetries } from '../5-graph/asymmetries.js';
import type { Asymmetry } from '../5-graph/asymmetry.js';
import { INDEX_DEFINITION, TONE_DEFINITION, signedCount, signedRatio } from '../5-graph/asymmetryDefinition.js';
import type { PraiseGraph } from '../model/graph.js';

/**
 * The "who gives whom more net praise" section shared by the text and HTML renderers: the same
 * columns, the same definitions and the same sentences everywhere.
 */

/** Title of the section. */
export const ASYMMETRY_TITLE = 'Who gives whom more net praise';

/** Title of the one-sided pairs, listed apart. */
export const ONE_SIDED_TITLE = 'Only one side speaks of the other';

/** The legend under the title, one line each: what the index and the columns mean. */
export const ASYMMETRY_LEGEND: readonly string[] = [INDEX_DEFINITION, TONE_DEFINITION, 'a verdict only where the bootstrap interval excludes 0'];

/** Column headers, in order. */
export const ASYMMETRY_HEADERS = ['a', 'b', 'a\u2192b +', '\u2212', '0', 'net', 'tone', 'b\u2192a +', '\u2212', '0', 'net', 'tone', 'index', 'interval'] as const;

/** A tone as printed: signed ratio, or `–` for a direction without stances. */
export function toneText(tone: number | null): string {
  return tone === null ? '\u2013' : signedRatio(tone);
}

/** The interval as printed: `−0.33 … +1.00`, or `–`. */
export function intervalText(p: Asymmetry): string {
  return p.interval ? `${signedRatio(p.interval.low)} \u2026 ${signedRatio(p.interval.high)}` : '\u2013';
}

/** One row of cells per pair, as text, in the order of `ASYMMETRY_HEADERS`. */
export function asymmetryCells(p: Asymmetry, name: (s: string) => string = (s) => s): string[] {
  const d = (x: Asymmetry['aToB']): string[] => [String(x.praise), String(x.criticism), String(x.neutral), signedCount(x.net), toneText(x.tone)];
  return [name(p.a), name(p.b), ...d(p.aToB), ...d(p.bToA), p.index === null ? '\u2013' : signedRatio(p.index), intervalText(p)];
}

/** The pairs a graph view lists: two-sided pairs ranked, then one-sided pairs apart. */
export function pairsToShow(graph: PraiseGraph, max: number): { pairs: Asymmetry[]; oneSided: Asymmetry[] } {
  const limit = Math.max(0, max);
  if (limit === 0) return { pairs: [], oneSided: [] };
  return { pairs: asymmetries(graph, { limit }), oneSided: asymmetries(graph, { oneSided: 'only', limit }) };
}
