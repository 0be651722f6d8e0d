/**
 * Scores analyses against gold annotations: `parseGoldArticle` checks a gold file (the
 * `GoldArticle` schema), `evaluate` compares one analysis with its gold article (utterances,
 * speakers, stances, asymmetries), `evaluateCorpus` pools the counts and `formatEvaluation`
 * prints them as a table.
 *
 * @packageDocumentation
 * @module plaudit/evaluate
 * @example
 * import { analyze } from 'plaudit';
 * import { evaluate, evaluateCorpus, formatEvaluation, parseGoldArticle } from 'plaudit/evaluate';
 * const article = evaluate(parseGoldArticle(goldJson), analyze(articleText));
 * console.log(formatEvaluation(evaluateCorpus([article])));
 */
export { evaluate, type ArticleEvaluation, type StanceTriple } from './evaluate/evaluate.js';
export { evaluateCorpus, type CorpusEvaluation } from './evaluate/evaluateCorpus.js';
export { formatEvaluation } from './evaluate/formatEvaluation.js';
export { GoldArticle, GoldAsymmetry, GoldEntity, GoldNotSpeech, GoldStance, GoldUtterance, parseGoldArticle, type GoldArticleInput } from './evaluate/goldArticle.js';
export type { EvaluationCounts, EvaluationScores } from './evaluate/scores.js';
