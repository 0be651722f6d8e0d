/**
 * plaudit: who said what, and who praises or criticises whom, in political news.
 * This file is the table of contents: it only re-exports.
 */
export { analyze } from './analyze.js';
export { analyzeMany, AnalyzeManyOptions, type ArticleInput } from './7-scale/analyzeMany.js';
export { evaluate, type ArticleEvaluation } from './evaluate/evaluate.js';
export { evaluateCorpus, type CorpusEvaluation } from './evaluate/evaluateCorpus.js';
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
