/**
 * Analyses and praise graphs for people to read: plain-text tables for a terminal
 * (`formatAnalysis`, `formatGraph`, `formatAsymmetries`), HTML tables (`analysisToHtml`,
 * `graphToHtml`, `asymmetriesToHtml`), SVG drawings
 * (`graphToSvg`, `heatmapSvg`), and the Deno Jupyter display (`withDisplay`, `withGraphDisplay`)
 * for plain data that did not come straight from `analyze()` or `praiseGraph()`, such as an
 * analysis read back from JSON. All article text is escaped for its target.
 *
 * @packageDocumentation
 * @module plaudit/present
 * @example
 * import { analyze } from 'plaudit';
 * import { formatAnalysis } from 'plaudit/present';
 * console.log(formatAnalysis(analyze(text)));
 */
export { analysisToHtml } from './present/analysisToHtml.js';
export { formatAnalysis, type FormatOptions } from './present/formatAnalysis.js';
export { asymmetriesToHtml, formatAsymmetries } from './present/formatAsymmetries.js';
export { formatGraph, type FormatGraphOptions } from './present/formatGraph.js';
export { graphToHtml } from './present/graphToHtml.js';
export { graphToSvg, type GraphSvgOptions } from './present/graphToSvg.js';
export { heatmapSvg, type HeatmapOptions } from './present/heatmapSvg.js';
export type { EntityFilter } from './present/selectEntities.js';
export type { MimeBundle } from './present/jupyter.js';
export { withDisplay } from './present/withDisplay.js';
export { withGraphDisplay } from './present/withGraphDisplay.js';
