import type { ArticleEvaluation } from './evaluate.js';
import { addCounts, emptyCounts, scoresOf, type EvaluationCounts, type EvaluationScores } from './scores.js';

/** The pooled scores of a corpus, with each article's evaluation. */
export interface CorpusEvaluation extends EvaluationScores {
  /** Number of articles. */
  docs: number;
  counts: EvaluationCounts;
  articles: ArticleEvaluation[];
}

/**
 * Pools per-article evaluations into corpus scores by micro-averaging: counts are summed, then
 * precision, recall and F1 are computed once, as the shared scorer does. A corpus of no
 * articles scores 1 everywhere except F1 (nothing to find, nothing wrong).
 *
 * @example
 * // golds: gold articles with their text (loadGoldDir in the CLI reads a folder of them)
 * const corpus = evaluateCorpus(golds.map((g) => evaluate(g, analyze(g.text, { id: g.id }))));
 * corpus.docs; // golds.length
 * corpus.quoteAttribution; // { precision: …, recall: …, f1: … } over all articles' counts
 */
export function evaluateCorpus(articles: readonly ArticleEvaluation[]): CorpusEvaluation {
  const counts = articles.reduce((sum, a) => addCounts(sum, a.counts), emptyCounts());
  return { docs: articles.length, counts, ...scoresOf(counts), articles: [...articles] };
}
