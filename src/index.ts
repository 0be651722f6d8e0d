/**
 * Who said what, and who praises or criticises whom, in political news: `analyze()` an article,
 * pool analyses into a `praiseGraph()`, and measure it (`asymmetry`, `asymmetries`,
 * `bootstrapAsymmetry`, `reciprocity`, `oneSided`, `rankings`). The zod schemas of the results
 * carry the names of their types.
 *
 * Exports, drawings and evaluation have their own entry points: `plaudit/export` (CSV, DOT,
 * GraphML, JSON, Mermaid), `plaudit/present` (text tables, HTML, SVG, notebook display) and
 * `plaudit/evaluate` (scores against gold annotations).
 *
 * @packageDocumentation
 * @module plaudit
 * @example
 * import { analyze, praiseGraph, asymmetry } from 'plaudit';
 * const graph = praiseGraph([analyze(a, { id: 'a' }), analyze(b, { id: 'b' })]);
 * asymmetry(graph, 'Donald Trump', 'Vladimir Putin').index;
 */
export { analyze, analyzeMany, praiseGraph } from './displayed.js';
export { builtinKnowledge } from './2-entities/knowledge/builtin.js';
export { mergeKnowledge } from './2-entities/knowledge/merge.js';
export { sentimentToward, stanceBetween } from './4-stance/stance.js';
export type { PraiseGraphInput } from './5-graph/collectStances.js';
export { asymmetries, type AsymmetriesOptions, type PairAsymmetry } from './5-graph/asymmetries.js';
export { asymmetry, type Asymmetry, type AsymmetryBounds, type Direction } from './5-graph/asymmetry.js';
export { bootstrapAsymmetry, type AsymmetryInterval, type BootstrapOptions, type IntervalOptions } from './5-graph/bootstrapAsymmetry.js';
export { oneSided, type OneSidedRelation } from './5-graph/oneSided.js';
export { rankings, type RankingEntry, type Rankings, type RankingsOptions } from './5-graph/rankings.js';
export { reciprocity, type Reciprocity } from './5-graph/reciprocity.js';
export { AnalyzeManyOptions, type ArticleInput } from './batch/analyzeMany.js';
export * from './model/span.js';
export * from './model/entity.js';
export * from './model/utterance.js';
export * from './model/stance.js';
export * from './model/issue.js';
export * from './model/analysis.js';
export * from './model/knowledge.js';
export { AnalyzeOptions, DEFAULT_MAX_LENGTH } from './model/options.js';
export * from './model/errors.js';
export * from './model/graph.js';
