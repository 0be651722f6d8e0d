/**
 * plaudit: who said what, and who praises or criticises whom, in political news.
 * This file is the table of contents: it only re-exports.
 */
export { analyze } from './analyze.js';
export { builtinKnowledge, mergeKnowledge } from './2-entities/knowledge/index.js';
export { scoreSentiment, scoreStances, sentimentToward, stanceBetween, type StanceInput } from './4-stance/index.js';
export { asymmetries, type AsymmetriesOptions, type PairAsymmetry } from './5-graph/asymmetries.js';
export { asymmetry, type Asymmetry } from './5-graph/asymmetry.js';
export { bootstrapAsymmetry, type AsymmetryInterval, type BootstrapOptions } from './5-graph/bootstrapAsymmetry.js';
export { buildPraiseGraph } from './5-graph/buildPraiseGraph.js';
export type { PraiseGraphInput } from './5-graph/collectStances.js';
export { escapeXml } from './5-graph/escapeXml.js';
export { findNode } from './5-graph/findNode.js';
export { normalizeName } from './5-graph/normalizeName.js';
export { oneSided, type OneSidedRelation } from './5-graph/oneSided.js';
export { rankings, type RankingEntry, type Rankings, type RankingsOptions } from './5-graph/rankings.js';
export { reciprocity, type Reciprocity } from './5-graph/reciprocity.js';
export { toCsv, type ToCsvOptions } from './5-graph/toCsv.js';
export { toDot, type ToDotOptions } from './5-graph/toDot.js';
export { toGraphML } from './5-graph/toGraphML.js';
export { toJSON, type ToJSONOptions } from './5-graph/toJSON.js';
export { toMermaid } from './5-graph/toMermaid.js';
export { analysisToHtml } from './6-present/analysisToHtml.js';
export { formatAnalysis, type FormatOptions } from './6-present/formatAnalysis.js';
export { formatGraph, type FormatGraphOptions } from './6-present/formatGraph.js';
export { graphToHtml } from './6-present/graphToHtml.js';
export { graphToSvg, type GraphSvgOptions } from './6-present/graphToSvg.js';
export { heatmapSvg, type HeatmapOptions } from './6-present/heatmapSvg.js';
export { jupyterDisplay, type MimeBundle } from './6-present/jupyter.js';
export { praiseGraph } from './6-present/praiseGraph.js';
export { withDisplay } from './6-present/withDisplay.js';
export { withGraphDisplay } from './6-present/withGraphDisplay.js';
export { analyzeMany, AnalyzeManyOptions, type ArticleInput } from './7-scale/analyzeMany.js';
export { evaluate, type ArticleEvaluation, type StanceTriple } from './evaluate/evaluate.js';
export { evaluateCorpus, type CorpusEvaluation } from './evaluate/evaluateCorpus.js';
export { formatEvaluation } from './evaluate/formatEvaluation.js';
export { GoldArticle, GoldAsymmetry, GoldEntity, GoldNotSpeech, GoldStance, GoldUtterance, parseGoldArticle, type GoldArticleInput } from './evaluate/goldArticle.js';
export type { EvaluationCounts, EvaluationScores } from './evaluate/scores.js';
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
