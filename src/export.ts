/**
 * The praise graph in the formats other tools read: `toCsv` (spreadsheets), `toDot`
 * (Graphviz), `toGraphML` (Gephi, yEd, Cytoscape), `toJSON` (D3, Cytoscape.js, vis) and
 * `toMermaid` (Markdown pages). Each takes a `PraiseGraph` from the main entry's `praiseGraph()`
 * and returns a string; names and labels are escaped for the target format.
 *
 * @packageDocumentation
 * @module plaudit/export
 * @example
 * import { analyze, praiseGraph } from 'plaudit';
 * import { toDot } from 'plaudit/export';
 * const dot = toDot(praiseGraph(analyze(text)));
 */
export { toCsv, type ToCsvOptions } from './export/toCsv.js';
export { toDot, type ToDotOptions } from './export/toDot.js';
export { toGraphML } from './export/toGraphML.js';
export { toJSON, type ToJSONOptions } from './export/toJSON.js';
export { toMermaid, type ToMermaidOptions } from './export/toMermaid.js';
